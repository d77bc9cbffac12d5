"""How a section weighs a point, for the key findings (issue 15, tester 11's claim 3: a
key finding said "weaknesses in managers' oversight" where the national section said
"both strengths and weaknesses" in it).

A key finding summarises sections: it may state a point one way only where each section
it summarises weighs that point the same way, by the body's own rule (`stance`), never
a second count of its own:

- a claim about cases: the side it states; balanced, the larger side, or "even" where
  neither side is the finding (as many each way, or a near-even split:
  `evensplit.even`, which the paragraphs say as "about half ... the others" or the
  counts side by side);
- a claim about the service: the weighing its sentence is said in (`attributed.said_as`
  on its records as they stand, `service.standing`, in proportion to the section's
  grade, `proportion.in_proportion`): "for" or "against" (one side, or "mostly" one
  side with the other a minority), "even" for a mixed or balanced picture.

`Sections` holds the sections a key finding may summarise (each national judgement's
and each visited area's), built on the same pools and grades as the body
(`sections.judgement_pool`, `sections.area_pool`).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from typing import Literal

from exporters.draft import service
from exporters.draft.areagroups import area_groups
from exporters.draft.attributed import said_as
from exporters.draft.claims import Context, claim_records
from exporters.draft.data import DraftData
from exporters.draft.evensplit import even
from exporters.draft.proportion import OUTWEIGHED, in_proportion
from exporters.draft.sections import area_pool, judgement_pool, recorded_grade
from exporters.draft.tallies import Claim, Pool
from exporters.draft.trace import Used, Voice

Stance = Literal["for", "against", "even", ""]
SIDE: dict[str, Stance] = {"strength": "for", "weakness": "against"}


def stance(ctx: Context, claim: Claim | None) -> Stance:
    """How the section `ctx` weighs a claim (see the module docstring); "" for none."""
    if claim is None:
        return ""
    if claim.by_cases:
        t = claim.tally
        if claim.direction != "balanced":
            return claim.direction
        if len(t.pos) == len(t.neg) or even(ctx.data, t):
            return "even"
        return claim.lean
    st, dv = claim_records(ctx, claim)
    stood, st, dv = service.standing(ctx, claim, st, dv)
    if stood is None:
        return ""
    kind = in_proportion(ctx.data, ctx.grade, said_as(ctx.data, stood, st, dv), st, dv)
    if kind in ("for", "mostly_for", OUTWEIGHED):
        return "for"
    return "against" if kind in ("against", "mostly_against") else "even"


def _context(data: DraftData, pool: Pool, grade: str | None) -> Context:
    """A context weighing a section's claims as its body does (its pool and grade)."""
    return Context(pool, Voice(), Used(data.rules.near_same_share), pool.key, "", "", grade=grade)


class Sections:
    """The body's sections a key finding may summarise, each weighing its claims as the
    body does: the national judgements' (by id) and the visited areas' (by their codes,
    areas reported together as one)."""

    def __init__(self, data: DraftData) -> None:
        self.data = data
        self._memo: dict[tuple[str, str], Stance] = {}

    @cached_property
    def judgements(self) -> dict[str, Context]:
        d = self.data
        out = {}
        for jdef in d.framework.judgements:
            if jdef.scope != "national" or jdef.overall:
                continue
            pool, _kind, _law = judgement_pool(d, jdef)
            grade, provisional = recorded_grade(d, d.judgement(jdef.id))
            out[jdef.id] = _context(d, pool, None if provisional else grade)
        return out

    @cached_property
    def areas(self) -> dict[tuple[str, ...], Context]:
        d = self.data
        out = {}
        for codes in area_groups(d):
            pool, _jdef, j = area_pool(d, codes)
            grade, provisional = recorded_grade(d, j)
            out[codes] = _context(d, pool, None if provisional else grade)
        return out

    @cached_property
    def laws(self) -> dict[str, str]:
        """The national judgement counting each law type's cases, by law type."""
        d = self.data
        out = {}
        for jdef in d.framework.judgements:
            if jdef.id in self.judgements:
                law = d.words.kind_law_types.get(d.words.judgement_kind(jdef), "")
                if law:
                    out[law] = jdef.id
        return out

    def of(self, ctx: Context, criterion: str) -> Stance:
        """How the section `ctx` weighs its claim on a criterion ("" for none)."""
        key = (ctx.key, criterion)
        if key not in self._memo:
            claim = ctx.pool.claim(criterion) if criterion in ctx.pool.criteria() else None
            self._memo[key] = stance(ctx, claim)
        return self._memo[key]

    def judgement(self, jid: str, criterion: str) -> Stance:
        ctx = self.judgements.get(jid)
        return self.of(ctx, criterion) if ctx is not None else ""

    def area(self, codes: tuple[str, ...], criterion: str) -> Stance:
        ctx = self.areas.get(codes)
        return self.of(ctx, criterion) if ctx is not None else ""

    def law(self, law: str, criterion: str) -> Stance:
        jid = self.laws.get(law)
        return self.judgement(jid, criterion) if jid else ""

    def national(self, criterion: str) -> list[Stance]:
        """How each national section with a claim on the criterion weighs it."""
        return [s for jid in self.judgements if (s := self.judgement(jid, criterion))]

    def agree(self, stances: Iterable[Stance], side: str) -> bool:
        """Whether sections weighing a point so allow a key finding to state it on
        `side` ("strength", "weakness"): none weighs it the other way or evenly."""
        want = SIDE[side]
        return all(s in ("", want) for s in stances)
