"""The proportion words a reader sees never say more than the tally (issue 15; the
session-9 tester read "the vast majority" for eight of ten cases and "most" for three of
five as overstating).  The built-in bands follow the inspectorate's usage: "almost all"
from 90%, "the vast majority of" from 85%, "most" from 75%, "the majority of" from 51%,
"many" from 35% (and only of ten cases or more), "some" from 15%, "a small number of"
below.  Strengths and weaknesses alike.

Each test writes its own small inspection by hand: one visited area, notes in an
inspector's words on the analysis in reports (QP7), each case for, against, or mixed
(one note each way).  The draft is read as the lead reads it: the claim's text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exporters.draft import draft_area, load
from exporters.model import Sentence
from tests.export.small import Small

FOR = [
    "The analysis sets the mother's plan against the risks and the recommendation follows",
    "Each option for the girl is weighed and the report says why one is best",
    "The guardian explains what the history means for the boy now",
    "The report links the police call-outs to its view on contact",
]
AGAINST = [
    "The report lists the events at length but says nothing of what they mean",
    "The recommendation appears without any weighing of the father's proposal",
    "Risks from the new partner are noted but never analysed",
    "The analysis stops at the school's concerns and does not reach a view",
]
# The words a reader takes as a share, longest first; "all" only as a share ("all of
# the", "all show"), never "all the information" or the count "all five cases".
WORDS = re.compile(
    r"\b(almost all|the vast majority|the majority|a minority|most|many|some|a very small number"
    r"|a small number)\b|\b(all)\b(?= (?:of|cases|shows?)\b)",
    re.IGNORECASE,
)
NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _claim(tmp_path: Path, pos: int, neg: int, mixed: int = 0) -> Sentence:
    """The one claim on QP7 of an area whose cases on it are `pos` for, `neg` against
    and `mixed` both (each case ungraded, judged by its notes)."""
    s = Small(tmp_path / "bands.db")
    for k in range(pos):
        s.ev(s.case(), ["QP7"], "strength", f"{FOR[k % 4]} (file {k + 1}).")
    for k in range(neg):
        s.ev(s.case(), ["QP7"], "development", f"{AGAINST[k % 4]} (file {k + 1}).")
    for k in range(mixed):
        c = s.case()
        s.ev(c, ["QP7"], "strength", f"{FOR[k % 4]} in part (file {k + 1}).")
        s.ev(c, ["QP7"], "development", f"{AGAINST[k % 4]} elsewhere (file {k + 1}).")
    s.judge("J18-4A", "good", area="6")
    report = draft_area(load(s.store), "6")
    s.close()
    claims = [x for p in report.paragraphs() for x in p.sentences
              if x.role == "claim" and x.criteria == ["QP7"]]  # fmt: skip
    assert len(claims) == 1, [x.text for x in claims]
    return claims[0]


def _words(text: str) -> list[str]:
    return sorted((m.group(1) or m.group(2)).lower() for m in WORDS.finditer(text))


@pytest.mark.parametrize(
    ("pos", "neg", "said"),
    [
        (8, 2, ["most", "some"]),  # 80%: "most", never "the vast majority"
        (2, 8, ["most", "some"]),  # the same words for weaknesses
        (17, 3, ["some", "the vast majority"]),  # 85%
        (18, 2, ["a small number", "almost all"]),  # 90%; 10% is still "a small number"
        (7, 3, ["some", "the majority"]),  # 70%: "the majority", never "most"
        (3, 7, ["some", "the majority"]),  # a weakness in 3 of 10 is "some", never "many"
        # 65% and 35%: "many" (35-50%) beside a majority is "a minority", never "some"
        # (15-35%), which understates it (tester 13: "some" of 44%)
        (26, 14, ["a minority", "the majority"]),
        (40, 32, ["a minority", "the majority"]),  # 56% and 44% (tester 13's QP8)
    ],
)
def test_a_balanced_claim_says_each_side_in_its_own_band(
    tmp_path: Path, pos: int, neg: int, said: list[str]
) -> None:
    claim = _claim(tmp_path, pos, neg)
    assert claim.direction == "balanced", claim.text
    assert _words(claim.text) == said, claim.text


@pytest.mark.parametrize(
    ("pos", "neg", "mixed", "side", "said"),
    [
        (9, 1, 0, "for", "almost all"),  # one case against in ten is left to the comment
        (3, 0, 2, "for", "the majority"),  # three of five: "the majority", never "most"
        (4, 0, 1, "for", "most"),  # four of five: 80%
        (1, 3, 6, "against", "some"),  # a weakness in 3 of 10: "some", never "many"
        (1, 4, 5, "against", "many"),  # 4 of 10: "many" from ten cases with a view
    ],
)
def test_a_one_sided_claim_says_its_side_in_its_band(
    tmp_path: Path, pos: int, neg: int, mixed: int, side: str, said: str
) -> None:
    claim = _claim(tmp_path, pos, neg, mixed)
    assert claim.direction == side, claim.text
    assert _words(claim.text) == [said], claim.text


@pytest.mark.parametrize(
    ("pos", "neg", "mixed", "counts"),
    [
        # Two of five would be "many": "many" is never said of a handful, so the counts.
        (1, 2, 2, ("two", "five")),
        # Three against and two for of five (the tester's "most ... except some"): the
        # smaller side's share (40%) is "many", so the sentence gives both counts.
        (2, 3, 0, ("three", "two", "five")),
        # Seven of eight (87%) would be "the vast majority of", which needs ten cases.
        (7, 1, 0, ("seven", "eight")),
    ],
)
def test_a_handful_of_cases_is_said_in_counts(
    tmp_path: Path, pos: int, neg: int, mixed: int, counts: tuple[str, ...]
) -> None:
    claim = _claim(tmp_path, pos, neg, mixed)
    assert _words(claim.text) == [], claim.text
    for n in counts:
        assert re.search(rf"\b{n}\b", claim.text, re.IGNORECASE), claim.text
    assert "(counts: few cases)" in claim.basis, claim.basis
    said = {n for n in NUMBERS if re.search(rf"\b{n}\b", claim.text, re.IGNORECASE)}
    assert said <= {*counts, "one"}, claim.text  # no other count than the tally's
