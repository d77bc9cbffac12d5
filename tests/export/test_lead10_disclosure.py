"""A child's words recorded with a safeguarding concern are never quoted in a draft
(independent tester, session 10: a child's disclosure about an adult at home was
quoted verbatim in an area section beside the area and the child's age band).  Words
another child said on the same point are quoted instead; where there are none, the
comment says why the disclosure is not quoted.  On a small inspection written here."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import ReportModel
from store.models import Evidence
from tests.export.small import Small, body, margin

WEAK = [
    "The assessment repeats the referral and never asks the boy what life at home is like.",
    "Wishes and feelings were not sought before the s.7 was filed; the report says why not.",
    "The guardian met the girl once, with her father in the room, and took his account.",
    "No direct work on the file; the report gives the parents' positions only.",
]
DISCLOSURE = "He hits me when mum goes to work and I am not allowed to say"
OTHER = "Nobody asked me anything, they only talked to my dad"


def _area(path: Path, other_child: bool) -> ReportModel:
    """Area 6, inadequate on wishes and feelings in four cases; one child's words are a
    disclosure the inspector escalated; with `other_child`, another child's words on
    the same point are recorded without any concern."""
    s = Small(path)
    for k, text in enumerate(WEAK):
        case = s.case(law="PRIVATE", age="10-13")
        s.ev(case, ["QP3"], "development", text)
        if k == 0:
            s.store.put_evidence(Evidence(
                case_id=case, criteria=["QP3"], source="INT_CHILD", polarity="development",
                text="Spoke with the boy at school about what he wants the judge to know.",
                child_words=DISCLOSURE, safeguarding="Disclosure of physical harm by an adult "
                "at home; not on the file.", escalation="escalated",
            ))  # fmt: skip
        if k == 1 and other_child:
            s.ev(case, ["QP3"], "development", "Talked with the girl after school about the "
                 "report and what it said about her wishes.", source="INT_CHILD",
                 child_words=OTHER)  # fmt: skip
        s.grade(case, "QP3", "inadequate")
    s.judge("J18-4A", "inadequate", area="6")
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def test_a_disclosure_is_not_quoted_and_another_child_is(tmp_path: Path) -> None:
    report = _area(tmp_path / "a.db", other_child=True)
    said = body(report)
    assert "He hits me" not in said and "not allowed to say" not in said
    assert OTHER in said, said


def test_with_no_other_words_the_comment_says_why(tmp_path: Path) -> None:
    report = _area(tmp_path / "b.db", other_child=False)
    assert "He hits me" not in body(report)
    assert "He hits me" not in margin(report)
    assert "recorded with a safeguarding concern, never quoted" in margin(report)
