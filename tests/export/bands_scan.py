"""The proportion words a drafted report says, each with the tally it is said of, read
from the sentence's text and its comment basis ("In 8 of 10 cases with a view on QP3;
against in 2"), for the tests of the proportion bands (`test_bands_*.py`) and the
before/after counts in their report.

A word is read from a claim's text by the framework's own table ("the vast majority"
for "the vast majority of"); counts ("three of the five cases", "all four cases") are
not proportion words.  Which side of the tally a word is said of follows the claim's
direction: a claim for says the cases for, one against the cases against, and a
balanced claim gives the larger side the larger word (its two words never cross:
`tallies.balanced_words`).  A claim resting on several tallies (a key finding over
criteria or law types) is checked against the best of them, which is the most a reader
could take the word to say.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from exporters.model import ReportModel, Sentence
from store.framework import ProportionBand

# "In 8 of 10 cases with a view on QP3; against in 2" (a claim about cases).
_CASES = re.compile(
    r"In (?P<pos>\d+) of (?P<views>\d+) cases with a view on [A-Z0-9]+(?: \([^)]*\))?"
    r"(?:; against in (?P<neg>\d+))?"
)
# "QP1: 1 for, 9 against of 10" (a key finding's tallies, by criterion and law type).
_KEY = re.compile(
    r"[A-Z0-9]+(?: \([^)]*\))?: (?P<pos>\d+) for, (?P<neg>\d+) against of (?P<views>\d+)"
)


@dataclass(frozen=True)
class Said:
    """One proportion word in a drafted claim and the share of cases it is said of."""

    word: str  # the table's word: "the vast majority of"
    count: int
    views: int
    text: str


def _pattern(bands: list[ProportionBand]) -> re.Pattern[str]:
    stems = sorted({b.word.removesuffix(" of") for b in bands} - {"all"}, key=len, reverse=True)
    alts = "|".join(re.escape(s) for s in stems)
    # "all three cases" and "all four cases" are counts; "all the information" and "at
    # all" are no share: "all" is one only before "of", "cases" or "show".
    return re.compile(
        rf"\b({alts})\b|\b(all)\b(?= (?:of|cases|shows?)\b)",
        re.IGNORECASE,
    )


def tallies(s: Sentence) -> list[tuple[int, int, int]]:
    """The (for, against, views) tallies a claim's comment gives."""
    found = [(int(m["pos"]), int(m["neg"] or 0), int(m["views"])) for m in _CASES.finditer(s.basis)]
    found += [(int(m["pos"]), int(m["neg"]), int(m["views"])) for m in _KEY.finditer(s.basis)]
    return found


def _band(bands: list[ProportionBand], stem: str) -> ProportionBand:
    return next(b for b in bands if b.word.removesuffix(" of").lower() == stem.lower())


def fits(band: ProportionBand, count: int, views: int) -> bool:
    """Whether `count` of `views` may be called the band's word: a share of at least its
    floor ("all" only of every case)."""
    if views <= 0 or count <= 0:
        return False
    if band.at_least >= 1.0 and count < views:
        return False
    return count / views >= band.at_least - 1e-9


def enough(band: ProportionBand, views: int) -> bool:
    """Whether `views` cases with a view are enough for the band's word (its `min_cases`)."""
    return band.min_cases is None or views >= band.min_cases


def words_said(report: ReportModel, bands: list[ProportionBand]) -> list[Said]:
    """Every proportion word in the report's claims about cases, with the share it is
    said of (see the module's docstring for which side)."""
    rx = _pattern(bands)
    out: list[Said] = []
    for sec in report.sections:
        for p in sec.paragraphs:
            for s in p.sentences:
                if s.role == "claim":
                    out += _said(s, bands, rx)
    return out


def _said(s: Sentence, bands: list[ProportionBand], rx: re.Pattern[str]) -> list[Said]:
    ts = tallies(s)
    stems = [m.group(1) or m.group(2) for m in rx.finditer(s.text)]
    if not ts or not stems:
        return []
    found = [_band(bands, x) for x in stems]
    if len(ts) == 1:
        pos, neg, views = ts[0]
        if s.direction == "for":
            return [Said(b.word, pos, views, s.text) for b in found]
        if s.direction == "against":
            return [Said(b.word, neg, views, s.text) for b in found]
        if s.direction == "balanced" and len(found) == 2:
            hi, lo = sorted(found, key=lambda b: -b.at_least)
            return [
                Said(hi.word, max(pos, neg), views, s.text),
                Said(lo.word, min(pos, neg), views, s.text),
            ]
    out = []
    for b in found:  # the best side of any tally given
        sides = [(k, v) for p, n, v in ts for k in (p, n)]
        best = next(((k, v) for k, v in sides if fits(b, k, v)), max(sides, key=_share))
        out.append(Said(b.word, best[0], best[1], s.text))
    return out


def _share(side: tuple[int, int]) -> float:
    return side[0] / side[1] if side[1] else 0.0


def overstated(said: list[Said], bands: list[ProportionBand]) -> list[Said]:
    """The words said of a smaller share of the cases than their band's floor."""
    by_word = {b.word: b for b in bands}
    return [x for x in said if not fits(by_word[x.word], x.count, x.views)]


def too_few(said: list[Said], bands: list[ProportionBand]) -> list[Said]:
    """The words said on fewer cases with a view than their band's `min_cases`."""
    by_word = {b.word: b for b in bands}
    return [x for x in said if not enough(by_word[x.word], x.views)]


def per_band(said: list[Said]) -> Counter[str]:
    """How many times each word is said."""
    return Counter(x.word for x in said)
