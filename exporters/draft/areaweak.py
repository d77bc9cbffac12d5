"""How an area graded below good says its leaders' oversight of the work (issue 15,
case32; tester 31's "Does the inadequate area read as inadequate?").

Tester 31's inadequate Area 4 said its files' oversight both ways: "In two of the five
cases with a finding on management oversight on children's files ..., the file does not
show effective oversight by managers; in two, managers oversee the work well."  Under a
grade below good, a section on the leadership and management of local services says
what is not good, and a balancing half where the strengths are not the majority softens
it: a claim on the leaders' oversight of cases (a leadership criterion said as a share of
cases) that is balanced, in an area whose settled grade is below good
(`localfacts.sets_apart`), is said as its weakness alone, with its count ("In two of the
five cases ..."), in an area graded inadequate where no more than half of its cases with
a view are for it, in one requiring improvement where fewer are for it than against (an
even split there is "not yet good": both sides are said).  Otherwise both sides are said
as before; the comment keeps the whole tally either way.
"""

from __future__ import annotations

from dataclasses import replace

from exporters.draft.areagroups import area_judgement
from exporters.draft.localfacts import sets_apart
from exporters.draft.tallies import Claim, Pool


def weak_side(pool: Pool, claim: Claim) -> Claim:
    """The claim said as its weakness alone where the module docstring says so; else the
    claim as it is."""
    t = claim.tally
    if claim.direction != "balanced" or not claim.by_cases or claim.theme != "leadership":
        return claim
    if not t.neg or 2 * len(t.pos) > t.views:  # the strengths the majority: both sides
        return claim
    if not pool.areas or not sets_apart(pool.data, pool.areas, "against"):
        return claim
    if len(t.pos) >= len(t.neg) and not _inadequate(pool):
        return claim  # requiring improvement, evenly split: both sides
    return replace(claim, direction="against", lean="against")


def _inadequate(pool: Pool) -> bool:
    """Whether the pool's area is graded at the framework's lowest grade."""
    d = pool.data
    jdef = area_judgement(d)
    j = d.judgement(jdef.id, pool.areas[0]) if jdef is not None else None
    if j is None or not j.grade:
        return False
    return d.framework.grade(j.grade).rank == max(g.rank for g in d.framework.grades)
