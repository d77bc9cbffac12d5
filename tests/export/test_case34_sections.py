"""case34's tests on how an area section opens and what it lets stand beside its
weaknesses (tester 33's A10, A13 and A17), on the hand-written inspection
`tests.export.case34_inspection`."""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Section, Sentence
from tests.export import case34_inspection as insp


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    s = insp.build(tmp_path_factory.mktemp("case34") / "three.db")
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _area(report: ReportModel, code: str) -> list[Sentence]:
    sec: Section = next(x for x in report.sections if x.kind == "area" and x.area_code == code)
    return [s for p in sec.paragraphs for s in p.sentences]


def test_an_outstanding_area_opens_as_outstanding(report: ReportModel) -> None:
    """Kestrel, graded outstanding with a weakness worth stating in case recording, opens
    on its strongest practice, named, never "most children" or "some weaknesses", the
    words a good area opens with."""
    first = _area(report, "61")[0].text
    assert "strongest practice in" in first, first
    assert "avoiding delay" in first, first
    assert "most children" not in first and "some weaknesses" not in first, first


def test_a_good_area_opens_as_good_and_names_its_weakness(report: ReportModel) -> None:
    """Marsh, graded good, with children's wishes and feelings poorly gathered in eight of
    eleven cases, says the grade and that weakness in its first sentence; Heron,
    outstanding with nothing against, keeps an opening of its own grade's words."""
    first = _area(report, "62")[0].text
    assert "good" in first and "children's wishes and feelings" in first, first
    assert "weak" in first, first
    assert "consistently strong" in _area(report, "63")[0].text


def test_no_reassurance_on_safety_beside_escalated_concerns(report: ReportModel) -> None:
    """Marsh follows up safeguarding concerns well in 13 of 14 cases, but inspectors
    escalated two concerns there: no sentence says what its safeguarding means for
    children ("courts hear about risks in time"), while the share and the escalations
    stand.  Heron, with the same notes and no concern, says it."""
    marsh = _area(report, "62")
    safe = [s for s in marsh if s.role == "claim" and "SW1" in s.criteria]
    assert any(s.direction == "for" for s in safe), [s.text for s in safe]
    assert not [s.text for s in marsh if s.role == "impact" and "SW1" in s.criteria]
    assert any("escalat" in s.text or "senior managers" in s.text for s in marsh)
    heron = _area(report, "63")
    assert [s.text for s in heron if s.role == "impact" and "SW1" in s.criteria]


def test_no_child_praise_where_most_cases_fall_short(report: ReportModel) -> None:
    """The girl's "She really listened to me" is on a strength note about wishes and
    feelings in Marsh, where eight of the eleven cases read on them fall short: it is
    quoted nowhere in Marsh's section (nor left to soften the weakness elsewhere)."""
    marsh = _area(report, "62")
    assert not [s.text for s in marsh if "really listened" in s.text]


def test_joined_findings_give_each_point_its_own_count(report: ReportModel) -> None:
    """Reed's weaknesses on direct work and recording rest on three and two
    cases, every one weak: the sentence saying them together gives each its count,
    never "(two or three cases each)", which told the reader no point's count."""
    joined = [s for s in _area(report, "64") if s.role == "claim" and len(s.criteria) >= 2]
    assert joined, [s.text for s in _area(report, "64")]
    text = joined[0].text
    assert "cases each" not in text, text
    assert text.count("(three cases)") == 1 and text.count("(two cases)") == 1, text
