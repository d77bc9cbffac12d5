"""How sections open and which weaknesses they choose (the independent tester after
session 20, A3 and F18; case20's note on national sections), on the hand-written
`tests.export.case21_inspection`: Harrowdene (good, safeguarding weak in two of 16
cases), Marshby (requires improvement, safeguarding weak in ten of 14), Copperfield
(good, no safeguarding weakness), and the national private law section (good) over
Harrowdene's and Copperfield's cases.
"""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Section, Sentence
from tests.export import case21_inspection as insp


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    s = insp.build(tmp_path_factory.mktemp("case21") / "i.db")
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _area(report: ReportModel, code: str) -> Section:
    return next(s for s in report.sections if s.kind == "area" and s.area_code == code)


def _national(report: ReportModel, jid: str) -> Section:
    return next(s for s in report.sections if s.kind == "judgement" and s.judgement_id == jid)


def _sentences(section: Section) -> list[Sentence]:
    return [x for p in section.paragraphs for x in p.sentences]


def _marker(section: Section) -> str:
    return " ".join(x.text for x in _sentences(section) if x.role == "marker")


def _weakness_claims(section: Section) -> list[Sentence]:
    """The claims stating a weakness (wholly or beside a strength) on two or more cases."""
    return [x for x in _sentences(section) if x.role == "claim"
            and x.direction in ("against", "balanced") and len(x.case_refs) >= 2]  # fmt: skip


def test_a_good_national_section_drafts_its_heaviest_weakness(report: ReportModel) -> None:
    """Private law, good, evidence agreeing: analysis in reports falls short in six of
    its 28 cases; the advice to the court, representation and letters in three of four
    cases each.  The grade's number (three) went to the three points of three cases,
    the framework's group on safeguarding and welfare first, and the six cases were
    only in the marker; now the section chooses as an area does (`weakchoice`), by the
    weight of the cases."""
    private = _national(report, "J18-1")
    analysis = [x for x in _weakness_claims(private) if "QP7" in x.criteria]
    assert analysis, _marker(private)
    assert "against in 6" in analysis[0].basis  # its six cases, in the comment
    assert "analysis in reports" not in _marker(private)
    # Never more than the grade allows: three weaknesses for good.
    assert len(_weakness_claims(private)) <= 3
