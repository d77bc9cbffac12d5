"""Tester 24's A16: a share of half the cases, or less, was listed among a section's
further strengths ("Other strengths include ... direct work with children (four of
eight)"), once the cases whose own notes say the child was not seen were counted
neither way (tester 23's A7).  A point is listed as a further strength only where more
than half the cases with a view on it show it (case24's patch).  Hand-written: two
areas of ten private law cases, each strong on four points and praised for its direct
work; in one area six children were not seen, by their own notes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Section
from tests.export.case24_inspection import DIRECT, SEEN, SPLIT_NOTES, UNSEEN
from tests.export.small import Small

AREAS = [("81", "Harwick", True), ("82", "Ellisford", True)]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReportModel]:
    s = Small(tmp_path_factory.mktemp("half") / "i.db", areas=AREAS)
    try:
        for area in ("81", "82"):
            for k in range(10):
                case = s.case(area=area, law="PRIVATE", age=("5-9", "10-13", "14-15")[k % 3])
                for crit in ("QP2", "QP3", "QP6", "QP7"):
                    s.ev(case, [crit], "strength", SPLIT_NOTES[crit][1])
                s.ev(case, ["QP5"], "strength", DIRECT[k % len(DIRECT)])
                if area == "81" and k < 6:
                    s.ev(case, ["QP8"], "development", UNSEEN[k % len(UNSEEN)])
                else:
                    s.ev(case, ["QP8"], "strength", SEEN[k % len(SEEN)])
        yield draft_report(load(s.store))
    finally:
        s.close()


def _strengths(report: ReportModel, code: str, crit: str) -> list[str]:
    section: Section = next(s for s in report.sections if s.kind == "area" and s.area_code == code)
    return [x.text for p in section.paragraphs for x in p.sentences
            if crit in x.criteria and x.direction == "for" and x.role == "claim"]  # fmt: skip


def test_four_of_ten_is_no_strength_to_list(report: ReportModel) -> None:
    said = _strengths(report, "81", "QP5")
    assert not [t for t in said if "direct work" in t], said
    assert any("analysis in reports" in t for t in _strengths(report, "81", "QP7"))


def test_direct_work_in_every_case_is_still_said(report: ReportModel) -> None:
    assert _strengths(report, "82", "QP5")  # "... practitioners work directly with the child well."
