"""A child's words are quoted after a claim only where the words themselves speak of
the claim's point (issue 15: "examples that fit"; children quoted only from their own
recorded words).

Independent tester, session 11: under "children are seen as often, and in the way,
that their needs require" the draft quoted "I like it when mummy reads to me", which
says nothing of being seen or of the practitioner: the note it was recorded with was
about seeing the child alone, the words were not.  The inspection here is written by
hand in the test: an area graded good whose cases show children seen alone, one of
them with a child's words from an interview."""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.childtold import ALONE
from exporters.model import Sentence
from tests.export.small import Small

SEEN = (
    "The FCA saw the child alone at school before writing the report; the visit is clearly recorded"
)


def _quotes(path: Path, words: str) -> tuple[list[Sentence], list[Sentence]]:
    """Area 6, graded good: seven cases where children are seen alone (QP8), the child
    in the fourth interviewed by an inspector and saying `words`.  The area section's
    quotations, and its claims on seeing children."""
    s = Small(path)
    for k in range(7):
        case = s.case(age="10-13")
        s.ev(case, ["QP8"], "strength", f"{SEEN} (file {k + 1}).")
        if k == 3:  # after the file notes, so that an example is drawn from those
            s.ev(case, ["QP8"], "strength", "Spoke to the child, who is seen alone.",
                 source="INT_CHILD", child_words=words)  # fmt: skip
    s.judge("J18-4A", "good", area="6")
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    area = next(x for x in report.sections if x.kind == "area" and x.area_code == "6")
    said = [x for p in area.paragraphs for x in p.sentences]
    return [x for x in said if x.role == "quote"], [
        x for x in said if x.role == "claim" and x.criteria == ["QP8"]
    ]


@pytest.mark.parametrize(
    "words",
    [
        "I like it when mummy reads to me",  # the tester's: nothing of being seen
        "I want to see daddy but not at his house",  # seeing daddy: contact, not the FCA
        "Next time I need help with my homework",  # everyday words only
    ],
)
def test_words_saying_nothing_of_the_point_are_not_quoted(tmp_path: Path, words: str) -> None:
    quotes, claims = _quotes(tmp_path / "n.db", words)
    assert claims, "the section says nothing of seeing children"
    # Never as the example of the claim on seeing children; a wish may be said in a
    # sentence of its own, as one among children's words (voice19, `childtold`).
    after = [q for q in quotes if q.basis != ALONE]
    assert not any(words.lower() in q.text.lower() for q in after), [q.text for q in after]


def test_words_about_being_seen_are_quoted_after_the_claim(tmp_path: Path) -> None:
    words = "She came to see me on my own at school so I could say what I really think"
    quotes, claims = _quotes(tmp_path / "y.db", words)
    assert any(words.lower() in q.text.lower() for q in quotes), [q.text for q in quotes]
