"""A child's words that turn the other way after a "but" never illustrate a claim on
the first side (independent tester, session 10: "She's nice but I only saw her twice"
was quoted after "the child is listened to well").  Words that say the same throughout
are quoted instead; where there are none, the comment says why.  On a small inspection
written here."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.draft.childsays import turns
from exporters.model import ReportModel
from tests.export.small import Small, body, margin

STRONG = [
    "The report sets out the girl's wishes in her own words and explains what they mean for her.",
    "The guardian met the boy three times at school and his views shape the recommendation.",
    "Careful direct work; the child's worries about moving school are in the analysis.",
    "Wishes and feelings were gathered over two visits and the report says how they were weighed.",
]
TURNING = "She's nice but I only saw her twice"
PLAIN = "She listened to me and told the judge what I wanted"


def _area(path: Path, plain: bool) -> ReportModel:
    s = Small(path)
    for k, text in enumerate(STRONG):
        case = s.case(law="PRIVATE", age="14-15")
        s.ev(case, ["QP3"], "strength", text)
        if k == 0:
            s.ev(case, ["QP3"], "strength", "Spoke with the young person on the phone about "
                 "her guardian and the report.", source="INT_CHILD", child_words=TURNING)  # fmt: skip
        if k == 1 and plain:
            s.ev(case, ["QP3"], "strength", "Met the boy after school about the report and "
                 "what it said about his wishes.", source="INT_CHILD", child_words=PLAIN)  # fmt: skip
        s.grade(case, "QP3", "good")
    s.judge("J18-4A", "good", area="6")
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def test_words_that_turn_after_but_follow_no_strength() -> None:
    assert turns(TURNING, "strength") and not turns(PLAIN, "strength")
    assert not turns("I want to live with dad but see mum at weekends", "strength")
    assert turns("It was hard at first but she really listened", "development")


def test_the_plain_words_are_quoted_instead(tmp_path: Path) -> None:
    said = body(_area(tmp_path / "a.db", plain=True))
    assert "only saw her twice" not in said
    assert PLAIN in said, said


def test_with_none_other_the_comment_says_why(tmp_path: Path) -> None:
    report = _area(tmp_path / "b.db", plain=False)
    assert "only saw her twice" not in body(report)
    assert "turning the other way after a 'but'" in margin(report), margin(report)
