"""A section's weaknesses in proportion to the grade recorded (issue 15).

A claim about the service said as what its sources show (`attributed.said_as`) weighs
its two sides by records: two strength records about an area beside a case file and a
discussion about one case are an even split, and the draft said "While observed
supervision ... give a positive picture of managers' oversight of practice, case files
and discussions reveal shortfalls" in an area judged outstanding.  Counted by the cases
they are about, that weakness rests on one case.  In a section graded good or better, a
weakness side whose records are all about cases, fewer of them than the framework's
`min_cases`, is not set level with the strengths: the strength is the finding, and the
case is left to the section's closing weaknesses ("weaknesses in ..., each in one
case"), so that the same weakness is not said twice.  Unless the case files themselves,
`min_cases` of them or more, are even or go against it (`files_level`): then the
strength side is no firmer than the weakness, and the claim is said level.

Nor is a weakness about the service said as partial where nothing goes the other way
(`firm`; tester 21's A4): managers' oversight, with two development records about the
area and none of its ten case files showing effective oversight, was "Managers'
understanding of the quality of practice is incomplete", a wording for a shortfall
beside strengths.  Where no strength record and no case file with a view bears the
strength out (the files at least the framework's `min_cases`), the weakness is said in
the criterion's general wordings ("managers do not oversee practice or tackle
weaknesses well enough"), as a claim about cases every one of which goes against it is
(`wholeside`).

Nor is a weakness said as partial where it is not a minority (`partial_only_for_a_minority`;
tester 25's A2): "weaker practice is not consistently challenged by managers" in Area 7,
judged inadequate, where none of the 12 case files showed effective oversight and one
strength record stood beside two development records.  A wording saying the shortfall
is partial ("not always", "not consistently", "incomplete": `failures.toml` [partial]) is
a good service's wording for its gaps, and is used only where fewer go against than for
in the tally the claim follows: its cases; for a finding about the service, its case
files where `min_cases` of them have a view (they decide, as they are counted first),
else its records.  Otherwise the criterion's other wordings are used, or its general
ones.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from exporters.draft.data import GOOD_RANK, DraftData
from exporters.draft.tallies import Claim
from exporters.draft.wording import wording_table

OUTWEIGHED = "outweighed"
"""How a headline records a finding the body says as its strength because its weakness
side is out of proportion to the grade (`headlines`)."""
WORST_RANK = 4
"""The rank of the framework's lowest grade (inadequate)."""
LEVEL = ("balanced", "mixed")
"""The ways of saying a claim that set its two sides level (`attributed.said_as`)."""


def graded_well(d: DraftData, grade: str | None) -> bool:
    """Whether a section's recorded grade is good or better in the framework's grades."""
    return any(g.code == grade and g.rank <= GOOD_RANK for g in d.framework.grades)


def weakness_cases(d: DraftData, dv: Sequence[int]) -> int | None:
    """How many cases a claim's weakness records are about, or None when any of them
    is about no case (board minutes, an area's performance data)."""
    cases = {d.case[i] for i in dv}
    return None if not all(cases) else len(cases)


def graded_worst(d: DraftData, grade: str | None) -> bool:
    """Whether a section's recorded grade is the framework's lowest (inadequate)."""
    return any(g.code == grade and g.rank == WORST_RANK for g in d.framework.grades)


def plainly(d: DraftData, grade: str | None, kind: str) -> str:
    """How a claim said as what its sources show (`kind`, after `in_proportion`) is said
    in a section graded `grade`: "against" in place of "mostly_against" where the
    section is graded inadequate, the weakness said plainly and its minority of
    strengths left to the comment (never "largely not yet good enough, though not
    without strengths" in a failing section: tester 23's A1); otherwise `kind`."""
    return "against" if kind == "mostly_against" and graded_worst(d, grade) else kind


def in_proportion(
    d: DraftData, grade: str | None, kind: str, st: Sequence[int], dv: Sequence[int]
) -> str:
    """How a claim said as what its sources show (`kind`, from `attributed.said_as`) is
    said in a section graded `grade`: "for" in place of a level one ("balanced",
    "mixed") where the section is graded good or better and its weakness side rests on
    fewer cases than `min_cases`, unless the case files are level (`files_level`);
    otherwise `kind` as it is."""
    if kind not in LEVEL or not st or not dv or not graded_well(d, grade):
        return kind
    n = weakness_cases(d, dv)
    if n is None or n >= d.rules.min_cases or files_level(d, st, dv):
        return kind
    return "for"


def files_level(d: DraftData, st: Sequence[int], dv: Sequence[int]) -> bool:
    """Whether the case files on a claim about the service, at least `min_cases` of them,
    are even or go against it: no more cases for than against (tester 32's F9: "The
    management of the service is a strength." from one manager's note, its files three
    for and three against).  A strength the files do not bear out is said as the
    balance it is, never the strength alone."""
    pos = {c for i in st if (c := d.case[i])}
    neg = {c for i in dv if (c := d.case[i])}
    return len(pos | neg) >= d.rules.min_cases and len(pos - neg) <= len(neg - pos)


def firm(d: DraftData, claim: Claim) -> Claim:
    """A claim about the service leaning against that nothing bears out the other way
    (no strength record, and no case file for it of at least `min_cases` with a view),
    with its weakness wordings the criterion's general ones; and any claim whose side
    against is no minority without its wordings saying the shortfall is partial
    (`partial_only_for_a_minority`; see the module docstring)."""
    return partial_only_for_a_minority(d, _nothing_for(d, claim))


def _nothing_for(d: DraftData, claim: Claim) -> Claim:
    """`firm`'s first rule: nothing bears the strength out, the general wordings."""
    t, w = claim.tally, claim.words
    if claim.by_cases or claim.lean != "against" or t.wide_pos or not w.weakness_general:
        return claim
    files = t.files
    if files is None or files.pos or files.mixed or files.views < d.rules.min_cases:
        return claim
    return replace(claim, words=replace(w, weakness=tuple(w.weakness_general)))


def plain_against(
    d: DraftData, grade: str | None, claim: Claim, frames: tuple[str, ...]
) -> tuple[str, ...]:
    """A claim's frames, or, for a claim about the service set out with both sides and
    leaning against in a section graded inadequate, the plain weakness frames
    ([frames.service] `against`): the minority of strengths is left to the comment, never
    "..., although there are strengths to build on" in a failing section (tester 23's
    A1, as `plainly` for a claim said as what its sources show)."""
    if claim.by_cases or claim.direction != "balanced" or claim.lean != "against":
        return frames
    if not graded_worst(d, grade):
        return frames
    return tuple(d.words.frames["service"]["against"]) or frames


@cache
def _partial() -> re.Pattern[str]:
    """Words saying a shortfall is partial (`failures.toml` [partial] `cues`)."""
    cues = sorted(wording_table("failures.toml")["partial"]["cues"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b")


def partial(wording: str) -> bool:
    """Whether a weakness wording says the shortfall is partial ("managers do not always
    identify weaker practice")."""
    return bool(_partial().search(wording.lower()))


def sides(d: DraftData, claim: Claim) -> tuple[int, int]:
    """The for and against of the tally a claim's wording follows: its cases; for a
    claim about the service, its case files where `min_cases` of them have a view, else
    its records."""
    t = claim.tally
    if claim.by_cases:
        return len(t.pos), len(t.neg)
    files = t.files
    if files is not None and files.views >= d.rules.min_cases:
        return len(files.pos), len(files.neg)
    return len(t.wide_pos), len(t.wide_neg)


def partial_only_for_a_minority(d: DraftData, claim: Claim) -> Claim:
    """The claim without the weakness wordings that say the shortfall is partial where
    its side against is no minority (`sides`: as many against as for, or more), the
    criterion's other wordings or, failing them, its general ones left; as it is
    otherwise."""
    w = claim.words
    if not any(map(partial, w.weakness)):
        return claim
    pos, neg = sides(d, claim)
    if neg < pos or not neg:
        return claim
    kept = tuple(x for x in w.weakness if not partial(x))
    kept = kept or tuple(x for x in w.weakness_general if not partial(x))
    if not kept:
        return claim
    return replace(claim, words=replace(w, weakness=kept))
