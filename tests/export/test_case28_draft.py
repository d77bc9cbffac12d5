"""case28's tests on its hand-written inspections (`tests.export.case28_inspection`):
issue 15's repetition (no area says another's sentence but for a number) and tester
27's A13."""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.sameness import near_same, runs
from exporters.draft.trace import normal
from exporters.model import ReportModel, Section, Sentence
from tests.export import case28_inspection as insp
from tests.export.small import Small


def _report(s: Small) -> ReportModel:
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _areas(report: ReportModel) -> list[Section]:
    return [x for x in report.sections if x.kind == "area"]


def _said(sec: Section) -> list[Sentence]:
    return [x for p in sec.paragraphs for x in p.sentences]


@pytest.mark.parametrize("open_in", [0, 1])
def test_eight_areas_count_their_escalations_each_in_its_own_words(
    tmp_path: Path, open_in: int
) -> None:
    """Eight areas, each with concerns escalated on two to four of its six cases (with
    `open_in`, one of them still to be escalated): each section says how many, and no two
    sections say it in the same words but the number (there were five ways of saying it,
    six with one still open, so the sixth or seventh area said the first again)."""
    areas = _areas(_report(insp.build_escalations(tmp_path / "e.db", open_in)))
    assert len(areas) == 8
    counts = []
    for sec, n in zip(areas, insp.ESCALATED, strict=True):
        said = [x.text for x in _said(sec)
                if "senior managers" in x.text.lower() and x.role != "placeholder"]  # fmt: skip
        assert len(said) == 1, (sec.heading, [x.text for x in _said(sec)])
        assert ("two", "three", "four")[n - 2] in said[0], said
        counts.append(said[0])
    shingled = [runs(normal(t)) for t in counts]
    for k, a in enumerate(shingled):
        for j in range(k):
            assert not near_same(a, shingled[j]), (counts[k], counts[j])
