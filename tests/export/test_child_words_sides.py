"""A child's words quoted after a claim show the claim's side (issue 15, tester 12, Area 2:
"One child said to inspectors, 'I just want everyone to stop arguing.'" followed "the
work to understand what the child wishes and feels is not good enough": a wish, not
evidence that it was misunderstood).  After a weakness claim the words say what fell
short for the child ("Nobody asked me what I wanted"); after a strength claim they never
do ("I felt like the report was about someone else, not me" was recorded with a strength
on tester 12's inspection).

Measured on children's words written by hand for this
(`tests/fixtures/corpora/child_words_sides.toml`, 38 entries, the same words with either
polarity, since inspectors pair them loosely) and, held out from the cue list, on the
earlier corpus `child_words.toml` (written in an earlier session): `childsays.fault`
must agree with the hand label except for the listed misses, which are withheld, never
misquoted.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from exporters.draft import draft_area, load
from exporters.draft.childsays import fault
from exporters.model import ReportModel, Sentence
from tests.export.small import Small, draft_child_words, quoted_words

CORPORA = Path(__file__).resolve().parents[1] / "fixtures" / "corpora"
SIDES: list[dict[str, Any]] = tomllib.loads(
    (CORPORA / "child_words_sides.toml").read_text(encoding="utf-8")
)["words"]
EARLIER: list[dict[str, Any]] = tomllib.loads(
    (CORPORA / "child_words.toml").read_text(encoding="utf-8")
)["words"]
# Words that say something fell short and that `fault` does not see (so never quoted
# after a weakness; never after a strength either).
MISSES = {
    "They wrote I was fine but I wasn't fine at all.",
    "She just talked to mum the whole time.",
    "I asked for my own lawyer ages ago.",
    "It was like five minutes outside court, that's it.",
}
# The earlier corpus's words recorded with a development point that say no fault: a
# feeling about home.
NO_FAULT_EARLIER = {"I get sad when they shout at each other."}


@pytest.mark.parametrize("w", SIDES, ids=lambda w: f"{w['crit']}-{w['said'][:30]}")
def test_words_show_a_fault_as_labelled(w: dict[str, Any]) -> None:
    if w["said"] in MISSES:
        assert not fault(w["said"]), f"{w['said']!r} is now recognised: take it off MISSES"
    else:
        assert fault(w["said"]) == w["fault"], (w["said"], w["why"])


def test_on_the_earlier_corpus_no_strength_reads_as_a_fault_and_most_faults_are_seen() -> None:
    """Held out: every word recorded with a strength that speaks to its point reads as no
    fault (22); of the words recorded with a development point, all but the listed
    misses read as a fault, and the feeling about home does not."""
    spoken = [w for w in EARLIER if w["speaks"]]
    strengths = [w["said"] for w in spoken if w["polarity"] == "strength"]
    assert len(strengths) >= 20
    assert [s for s in strengths if fault(s)] == []
    weak = [w["said"] for w in spoken if w["polarity"] == "development"]
    seen = [s for s in weak if s not in MISSES and s not in NO_FAULT_EARLIER]
    assert len(seen) >= 7
    assert [s for s in seen if not fault(s)] == []
    assert [s for s in weak if s in MISSES and fault(s)] == []  # else take off MISSES
    assert [s for s in weak if s in NO_FAULT_EARLIER and fault(s)] == []


def _sentences(report: ReportModel) -> list[Sentence]:
    return [x for sec in report.sections for p in sec.paragraphs for x in p.sentences]


WISH = "I just want everyone to stop arguing with each other."
ASKED = "Nobody asked me what I wanted, they just decided it all."


@pytest.mark.parametrize("said", [WISH, ASKED])
def test_a_wish_is_not_quoted_after_a_weakness_but_words_saying_what_fell_short_are(
    tmp_path: Path, said: str
) -> None:
    """Area 6, requires improvement: children's wishes are not understood in six of
    eight cases; one of them has the child's words recorded with its development point.
    A wish is never quoted after the weakness; "Nobody asked me ..." is.  A strength
    case's child said the report was about someone else: never quoted."""
    s = Small(tmp_path / "t.db")
    other = "I felt like the report was about someone else, not me."
    weak = [
        ("The report gives the parents' views and only one line on what the girl wants.", ""),
        ("The boy's view on contact is not in the report; his father's account is.", said),
        ("The report does not say how the girl feels about moving to her aunt's.", ""),
        ("What the boy wants is not explored beyond a single question at the office.", ""),
        ("The report records the mother's wishes for the child and not the child's own.", ""),
        ("The girl's worries about the new school are not mentioned in the analysis.", ""),
    ]
    for text, words in weak:
        s.ev(s.case(), ["QP3"], "development", text, source="INT_CHILD", child_words=words)
    s.ev(s.case(), ["QP3"], "strength",
         "The report sets out what the girl wants, in her words, and why it matters to her.",
         source="INT_CHILD", child_words=other)  # fmt: skip
    s.ev(s.case(), ["QP3"], "strength",
         "The report explains the boy's wish to stay at his school and weighs it.")  # fmt: skip
    s.judge("J18-4A", "requires-improvement", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    body = " ".join(x.text for x in _sentences(report))
    assert "someone else" not in body, body
    quotes = [x.text for x in _sentences(report) if x.role == "quote"]
    if said == WISH:
        assert "stop arguing" not in body, body
        assert quotes == [], quotes
    else:
        assert any("Nobody asked me" in q for q in quotes), body


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[ReportModel, dict[str, Any]]:
    """Area 6 (good) with each corpus entry's words on a case of its own
    (`draft_child_words`); the evidence ids of the words."""
    return draft_child_words(tmp_path_factory.mktemp("sides") / "e.db", SIDES)


def test_every_quote_shows_the_side_of_the_claim_it_follows(
    drafted: tuple[ReportModel, dict[str, Any]],
) -> None:
    quoted = quoted_words(*drafted)
    for w, claim in quoted:
        assert w["fault"] == (w["polarity"] == "development"), (w["said"], claim.text)
        assert claim.direction != ("for" if w["fault"] else "against"), (w["said"], claim.text)
    assert quoted, "no child's words quoted at all"
