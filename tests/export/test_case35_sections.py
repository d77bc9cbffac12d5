"""case35's tests on the area sections (issue 15, tester 34's "Draft audit"), on the
hand-written inspection `tests.export.case35_inspection`."""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Sentence
from tests.export import case35_inspection as insp


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    s = insp.build(tmp_path_factory.mktemp("case35") / "areas.db")
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _area(report: ReportModel, code: str) -> list[Sentence]:
    sec = next(x for x in report.sections if x.kind == "area" and x.area_code == code)
    return [s for p in sec.paragraphs for s in p.sentences]


def _harm(said: list[Sentence]) -> list[Sentence]:
    return [s for s in said if s.role == "impact" and s.basis.startswith("What the weakness")]


def test_a_child_left_at_risk_is_said_in_the_past(report: ReportModel) -> None:
    """Alderney's note says the report left a girl at risk: the section says so, and
    never that the risk went on when inspectors read the file (A12)."""
    said = _area(report, "81")
    harm = _harm(said)
    assert len(harm) == 1, [s.text for s in said]
    assert "left the child at risk" in harm[0].text or "was left at risk" in harm[0].text
    assert not any("when inspectors read" in s.text or "still" in s.text for s in said)


def test_a_risk_the_escalated_concern_says_goes_on_is_said(report: ReportModel) -> None:
    """Brixham's escalated concern says the boy still stays where the assaults happened:
    the section says the child was still living with (or exposed to) the risk, traced to
    that note."""
    harm = _harm(_area(report, "82"))
    assert len(harm) == 1, [s.text for s in _area(report, "82")]
    assert "still" in harm[0].text and "when inspectors read the file" in harm[0].text
    assert len(harm[0].evidence_ids) == 1 and harm[0].case_refs == ["T-016"]


def test_one_record_one_point_and_the_example_holds_the_point(report: ReportModel) -> None:
    """Coverack's charity note is said in the views sentence: the claim on identity
    rests on the child's interview alone and names no partner agency; no sentence says
    the family's bakery or church, the part of the child's note that is no example of
    the attention given to identity (A13)."""
    said = _area(report, "83")
    texts = [s.text for s in said]
    views = [s for s in said if s.role == "views"]
    assert views and "partner" in views[0].text, texts
    on_identity = [s for s in said if s.role == "claim" and "LG9" in s.criteria]
    assert on_identity, texts
    for s in on_identity:
        assert "partner" not in s.text and not set(s.evidence_ids) & set(views[0].evidence_ids)
    assert not [t for t in texts if "bakery" in t or "church" in t.lower()], texts


def test_children_made_to_interpret_are_said_once(report: ReportModel) -> None:
    """Dunster's two notes saying a child interpreted for a parent, one from a father's
    interview, are said in one sentence, traced to those two notes and no other; it
    quotes neither note and says why it matters (A14)."""
    said = _area(report, "84")
    texts = [s.text for s in said]
    told = [s for s in said if "interpret" in s.text]
    assert len(told) == 1, texts
    s = told[0]
    assert "two cases" in s.text and "unheard" in s.text, s.text
    assert len(s.evidence_ids) == 2 and s.direction == "against"
    assert "daughter" not in s.text and "11" not in s.text and "call-outs" not in s.text
    assert not [t for t in texts if "interpret" in t and t is not s.text]
    assert not [s for s in _area(report, "83") if "interpret" in s.text and s.role == "claim"
                and "had to" in s.text]  # fmt: skip
