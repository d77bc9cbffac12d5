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
case"), so that the same weakness is not said twice.

Nor is a weakness about the service said as partial where nothing goes the other way
(`firm`; tester 21's A4): managers' oversight, with two development records about the
area and none of its ten case files showing effective oversight, was "Managers'
understanding of the quality of practice is incomplete", a wording for a shortfall
beside strengths.  Where no strength record and no case file with a view bears the
strength out (the files at least the framework's `min_cases`), the weakness is said in
the criterion's general wordings ("managers do not oversee practice or tackle
weaknesses well enough"), as a claim about cases every one of which goes against it is
(`wholeside`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from exporters.draft.data import GOOD_RANK, DraftData
from exporters.draft.tallies import Claim

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
    fewer cases than `min_cases`; otherwise `kind` as it is."""
    if kind not in LEVEL or not st or not dv or not graded_well(d, grade):
        return kind
    n = weakness_cases(d, dv)
    return "for" if n is not None and n < d.rules.min_cases else kind


def firm(d: DraftData, claim: Claim) -> Claim:
    """A claim about the service leaning against that nothing bears out the other way
    (no strength record, and no case file for it of at least `min_cases` with a view),
    with its weakness wordings the criterion's general ones (see the module docstring);
    any other claim as it is."""
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
