"""Which weaknesses a law type's key finding gives as the reasons for its grade below
good, and in what order (issue 15, tester 31's A18: public law, requiring improvement,
gave "management oversight on children's files, a weakness in three of the nine public
law cases" as its reason, while its section said children were not seen as they need to
be in the majority of its cases, direct work fell short in all four cases and case
planning in four of five: each of those was said in another key finding, of other cases,
so the finding fell back on the least of its weaknesses).

The reasons are the weaknesses that weigh most (`weigh`): the largest share of the cases
with a view against, where at least the framework's `min_cases` cases have one (or every
one of more than `material_cases` is against: the floor `gradethemes._weak` keeps); where
the shares are close (`[limits] reason_close`), keeping children safe (`safety`) and
seeing children (`[limits] reasons_first`) come before points of process, such as
recording or oversight.

A weakness in most of a law type's own cases that another key finding states of other
cases (an area's own cases, the other law type's, a strength of an outstanding area) is
still a reason for the law type's grade (`elsewhere`): that finding says it of its own
cases, this one of the law type's, as `gradethemes.law_good_themes` already does for a
contrast between law types.  Only where a finding about all the cases (safeguarding
practice, the weakest practice across the service: `wide`) states it is it left out,
since that finding says it of these cases too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from exporters.draft.casethemes import Scene, Theme, wording
from exporters.draft.safety import risk_criteria, safety_criteria
from exporters.draft.stance import SIDE
from exporters.draft.tallies import Claim, Pool, same_point


def _share(c: Claim) -> float:
    """The share of the cases with a view on `c` that go against it."""
    return len(c.tally.neg) / c.tally.views if c.tally.views else 0.0


def tiers(sc: Scene) -> dict[str, int]:
    """Where a reason comes among others whose shares are close: keeping children safe
    first (0), then the first assessment of risk and seeing children (1,
    `[limits] reasons_first`); a point of process after them (2, not listed)."""
    fw = sc.data.framework
    named = set(wording()["limits"].get("reasons_first", []))
    out = dict.fromkeys(risk_criteria(fw) | named, 1)
    return out | dict.fromkeys(safety_criteria(fw), 0)


def weigh(sc: Scene, claims: Iterable[Claim]) -> list[Claim]:
    """`claims` in the order a grade's reasons name them: each time, of the largest share
    against left and those within `[limits] reason_close` of it, the one on keeping
    children safe, then on the first assessment of risk or seeing children (`tiers`),
    before the others; then the larger share, the more cases against."""
    close = float(wording()["limits"].get("reason_close", 0.2))
    tier = tiers(sc)
    left = sorted(claims, key=lambda c: (-_share(c), -len(c.tally.neg), c.criterion))
    out: list[Claim] = []
    while left:
        top = _share(left[0])
        near = [c for c in left if _share(c) >= top - close - 1e-9]
        pick = min(near, key=lambda c: tier.get(c.criterion, 2))  # stable: shares next
        out.append(pick)
        left.remove(pick)
    return out


def floor(sc: Scene, c: Claim) -> bool:
    """Whether a law type's grade may rest on `c`: at least `min_cases` cases with a view,
    or every one of more than `material_cases` against."""
    d = sc.data
    t = c.tally
    return t.views >= d.rules.min_cases or len(t.neg) == t.views > d.rules.material_cases


def wide_points(wide: Sequence[Theme]) -> set[str]:
    """The points the findings about all the cases state (`wide`)."""
    return {p for t in wide for s in t.sentences for c in s.criteria for p in same_point(c)}


def elsewhere(sc: Scene, pool: Pool, jid: str, wide: Sequence[Theme]) -> list[Claim]:
    """A law type's weaknesses in most of its own cases (its section weighing them as
    weaknesses, on the floor `floor`) that another key finding states of other cases
    only (none of the findings about all the cases, `wide`), weighed (`weigh`): the
    reasons of a law type none of whose weaknesses is its own alone; at most
    `[limits] law_nouns`, the firm ones (`min_cases` cases with a view) only where
    there are any."""
    d = sc.data
    said = wide_points(wide)
    out = []
    for c in pool.claims():
        t = c.tally
        if not c.by_cases or len(t.neg) < d.rules.material_cases or 2 * len(t.neg) <= t.views:
            continue
        if not floor(sc, c) or not said.isdisjoint(same_point(c.criterion)):
            continue
        if sc.body.judgement(jid, c.criterion) != SIDE["weakness"]:
            continue
        out.append(c)
    firm = [c for c in out if c.tally.views >= d.rules.min_cases]
    return weigh(sc, firm or out)[: wording()["limits"]["law_nouns"]]
