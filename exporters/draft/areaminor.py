"""An area graded good or better states its recurring minor weaknesses (the independent
tester's audit after session 19, A9).

The real report says, even of a strong area, what could be better "in a small number of
cases", in a clause or sentence of its own, in proportion to the grade.  The tally rule
keeps a side off a claim below the framework's `material_share` of its cases
(`tallies.material`), so two cases of 22 without a letter about the court's decision
left "almost all cases show that families receive the information they need" and
nothing else: an outstanding area with a recurring weakness said none.

Here an area graded good or better, whose evidence agrees with its grade, has its
best-evidenced recurring weaknesses said with their strength ("In almost all cases ...,
although in a small number, ..."): each on the framework's `material_cases` or more of
its cases against, on a claim about cases that would be said one way only, the most
cases against first (a case graded below good counting twice, as `weakchoice.weight`
does), up to the grade's number in `drafting.toml` [minor_weaknesses_stated]
(outstanding: isolated weaknesses, one; good: some, two), less the weaknesses of that
weight the section already has to say.  Never more than the grade allows, never none
where a weakness recurs.
"""

from __future__ import annotations

from functools import cache

from exporters.draft.agreement import GradeCheck
from exporters.draft.data import GOOD_RANK
from exporters.draft.tallies import Claim, Pool
from exporters.draft.wording import wording_table


@cache
def allowance() -> dict[str, int]:
    """How many recurring weaknesses an area of each grade says at least, where its
    evidence has them (`drafting.toml` [minor_weaknesses_stated])."""
    raw = wording_table("drafting.toml")
    return {k: int(v) for k, v in raw.get("minor_weaknesses_stated", {}).items()}


def _against(pool: Pool, claim: Claim) -> int:
    """The cases against a claim, a case graded below good on it counted twice."""
    graded = pool.data.graded_weak.get(claim.criterion, set())
    return len(claim.tally.neg) + len(graded.intersection(claim.tally.neg))


def minor_weaknesses(pool: Pool, grade: str | None, check: GradeCheck | None) -> frozenset[str]:
    """The criteria whose weakness an area section (`pool`) graded `grade` says beside
    its strength, where its claim would say the strength alone: see the module's
    docstring.  Empty for a national section, a grade below good, or a grade the
    evidence disagrees with (every material weakness is said then)."""
    d = pool.data
    if not pool.areas or not grade or (check is not None and not check.agrees):
        return frozenset()
    ranks = {g.code: g.rank for g in d.framework.grades}
    if ranks.get(grade, GOOD_RANK + 1) > GOOD_RANK:
        return frozenset()
    least = d.rules.material_cases
    claims = [c for c in pool.claims() if c.by_cases and len(c.tally.neg) >= least]
    said = sum(c.direction != "for" for c in claims)
    room = allowance().get(grade, 0) - said
    if room <= 0:
        return frozenset()
    hidden = [c for c in claims if c.direction == "for"]
    hidden.sort(key=lambda c: (-_against(pool, c), -len(c.tally.neg) / c.tally.views, c.criterion))
    return frozenset(c.criterion for c in hidden[:room])
