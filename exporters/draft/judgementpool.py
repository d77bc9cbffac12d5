"""A national judgement's evidence: the pool its section drafts from, and the pool its
grade is weighed on (issue 15; tester 13's F14 for the second).

A criterion lists the judgements it informs in order of ownership (the framework file's
`judgements`).  Where two of them head sections that count the same cases (national
judgements about practice, counting every case read nationally or the same law type's),
the first listed owns the criterion: its section drafts the sentences on it, and each
later one weighs it without saying it again: in its check of the grade
(`agreement.grade_check`, the judgements screen's `gradecheck`) and in one line saying
where the point is reported (`shared.reported_line`).  Judgements whose sections count
different cases (private and public law) each draft the criterion on their own cases;
a section counting no cases (the leadership of the organisation) and an area's section
are not affected.  Under the 2013 framework, late checks (QP2), children not seen (QP8)
and information sharing (QP12) are thus said in the safeguarding section and weighed,
not repeated, in the quality of practice's.
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Sequence

from exporters.draft import national
from exporters.draft.data import DraftData
from exporters.draft.tallies import Pool
from exporters.draft.words import Words
from store.framework import Framework, JudgementDef


class LinkedPool(Pool):
    """A national judgement's evidence, its criteria those the framework links to the
    judgement: a record about the organisation on criteria of two judgements (a
    performance report on timeliness and on performance management) counts on each in
    its own judgement's section, so that no record carries two sections' claims on the
    same point, and a case's note tagged with a leadership criterion is said in the
    leadership section and the area's, not as a share of a law type's cases."""

    def __init__(self, data: DraftData, cases: set[int], wide: Sequence[int], key: str,
                 linked: frozenset[str], elsewhere: frozenset[str] = frozenset()) -> None:  # fmt: skip
        super().__init__(data, cases, wide, key=key)
        self.linked = linked
        self.elsewhere = elsewhere
        self.concerns_elsewhere: frozenset[int] = frozenset()

    def criteria(self) -> list[str]:
        """The criteria with evidence or gradings in this pool that the judgement is
        linked to."""
        return [c for c in super().criteria() if c in self.linked]

    def holds_concern(self, i: int) -> bool:
        """Whether record i's escalated safeguarding concern is this section's to count:
        a record of the pool that no section before it in the framework's order,
        counting the same cases, holds too (`concerns_elsewhere`): a concern tagged with
        following up concerns and with listening to children, under the 2013 framework,
        is the safeguarding section's, not counted again under the quality of practice."""
        return self.has(i) and i not in self.concerns_elsewhere

    def has(self, i: int) -> bool:
        """Whether record i is part of this pool: not a record whose every criterion
        another section counting the same cases says (`elsewhere`), so that its
        escalated concern, example or child's words are that section's alone."""
        if not super().has(i):
            return False
        crits = self.data.crits[i]
        return not crits or not self.elsewhere.issuperset(crits)


def retag(pool: Pool, moved: dict[int, tuple[str, str]] | None = None) -> Pool:
    """The pool with each of its notes about the organisation that names one law type
    only but is tagged with the other law type's criterion counted on that criterion's
    twin instead (`national.retagged`; `moved`, those a section counts, else all)."""
    for i, (tagged, twin) in (national.retagged(pool.data) if moved is None else moved).items():
        if pool.has(i):
            if i in pool.wide_by_criterion.get(tagged, ()):
                pool.wide_by_criterion[tagged].remove(i)
            insort(pool.wide_by_criterion[twin], i)
    return pool


def counted_cases(w: Words, jdef: JudgementDef) -> str | None:
    """Which cases a national judgement's section counts: a law type's code, "" for
    every case read nationally, None for none (a leadership section, the leadership of
    local services, an area's judgement)."""
    if jdef.scope == "area":
        return None
    kind = w.judgement_kind(jdef)
    if kind not in national.practice_kinds():
        return None
    return w.kind_law_types.get(kind, "")


def same_cases(w: Words, one: JudgementDef, other: JudgementDef) -> bool:
    """Whether the two judgements' sections count cases in common: both count cases,
    and of the same law type or one of them every case."""
    a, b = counted_cases(w, one), counted_cases(w, other)
    return a is not None and b is not None and (a == b or not a or not b)


def owner(fw: Framework, w: Words, jdef: JudgementDef, criterion: str) -> JudgementDef | None:
    """The judgement whose section says `criterion` in `jdef`'s place: the first listed
    before `jdef` on the criterion whose section counts the same cases; None where
    `jdef`'s section says it itself (or the criterion is not linked to it)."""
    try:
        listed = fw.criterion(criterion).judgements
    except KeyError:
        return None
    if jdef.id not in listed:
        return None
    for jid in listed[: listed.index(jdef.id)]:
        earlier = fw.judgement(jid)
        if same_cases(w, earlier, jdef):
            return earlier
    return None


def linked_criteria(fw: Framework, jdef: JudgementDef) -> frozenset[str]:
    """Every criterion the framework links to the judgement: those it weighs."""
    return frozenset(c.id for c in fw.criteria if jdef.id in c.judgements)


def owned_criteria(fw: Framework, w: Words, jdef: JudgementDef) -> frozenset[str]:
    """The criteria linked to the judgement that its own section says (`owner`)."""
    return frozenset(c for c in linked_criteria(fw, jdef) if owner(fw, w, jdef, c) is None)


def said_elsewhere(fw: Framework, w: Words, jdef: JudgementDef) -> frozenset[str]:
    """The criteria that another national section counting the same cases says
    (`owner`), whether or not the framework links them to `jdef` too."""
    out: set[str] = set()
    for other in fw.judgements:
        if other.id != jdef.id and same_cases(w, other, jdef):
            out |= owned_criteria(fw, w, other)
    return frozenset(out)


def judgement_pool(data: DraftData, jdef: JudgementDef) -> tuple[Pool, str, str]:
    """A national judgement's evidence pool, its kind of section and the law type it
    counts ("" for none): the cases of its law type (or every case read nationally for
    practice), and the records about the organisation linked to it whose subject fits
    (`national.fitting`: a note about the leaders is the leadership section's), counted
    on the criteria linked to the judgement that its section owns (`LinkedPool`,
    `owned_criteria`); the local services', every record about an area, on every
    criterion (it is judged on all of the areas' evidence)."""
    return _pool(data, jdef, owned_criteria(data.framework, data.words, jdef), "")


def weighing_pool(data: DraftData, jdef: JudgementDef) -> Pool:
    """The pool a national judgement's grade is weighed on: as `judgement_pool`, on
    every criterion linked to the judgement, those another section says included (the
    same pool where it owns them all)."""
    fw, w = data.framework, data.words
    owned, linked = owned_criteria(fw, w, jdef), linked_criteria(fw, jdef)
    if owned == linked:
        return judgement_pool(data, jdef)[0]
    return _pool(data, jdef, linked, "|weighed")[0]


def _pool(
    data: DraftData, jdef: JudgementDef, linked: frozenset[str], suffix: str
) -> tuple[Pool, str, str]:
    w = data.words
    kind = w.judgement_kind(jdef)
    law = w.kind_law_types.get(kind, "")
    cases: set[int] = set()
    # Notes naming one law type only, tagged with the other law type's twin of a
    # criterion: counted on that criterion (`national.retagged`).
    moved = {i: pair for i, pair in national.retagged(data).items() if pair[1] in linked}
    if law or kind == "practice":  # notes whose criteria and subject fit (`national`)
        cases = data.cases_of_law.get(law, set()) if law else set(data.national_cases)
        wide = national.fitting(data, jdef, linked)
        if law:
            wide = sorted(
                {*wide, *(i for i in moved if i not in national.leadership_notes(data, moved))}
            )
    elif kind == "local":
        wide = sorted(i for evs in data.area_level.values() for i in evs)
    else:
        wide = list(data.national)
    key = f"judgement|{jdef.id}{suffix}"
    if kind == "local" or not linked_criteria(data.framework, jdef):  # none linked: every one
        return Pool(data, cases, wide, key=key), kind, law
    elsewhere = said_elsewhere(data.framework, w, jdef) - linked
    pool = LinkedPool(data, cases, wide, key, linked, elsewhere)
    retag(pool, moved)
    pool.concerns_elsewhere = _concerns_earlier(data, jdef)
    return pool, kind, law


def _concerns_earlier(data: DraftData, jdef: JudgementDef) -> frozenset[int]:
    """The escalated records (on cases) that a national section before `jdef`'s in the
    framework's order, counting the same cases, holds: a record of one of its cases
    with a criterion it says (`owned_criteria`)."""
    fw, w = data.framework, data.words
    out: set[int] = set()
    for other in fw.judgements[: fw.judgements.index(jdef)]:
        if not same_cases(w, other, jdef):
            continue
        law = counted_cases(w, other)
        cases = data.cases_of_law.get(law, set()) if law else data.national_cases
        theirs = owned_criteria(fw, w, other)
        out.update(i for i in data.escalations
                   if data.case[i] in cases and not theirs.isdisjoint(data.crits[i]))  # fmt: skip
    return frozenset(out)
