"""The visited areas an improvement point names by the rate of their own cases (issue 15,
tester 35's A17: "Explain children's wishes and feelings ... in every report" named no
area, while 18 of its 34 cases against were one area's, five for and 18 against there
beside 16 against of the other areas' 88; the oversight point beside it said
"particularly in Area 15").

`improvements._concentrated` first names a law type, or the areas holding most of the
cases against (`concentration.areas_of`, a count).  Where neither is named, the areas are
named by the rate rule that gates every "particularly" (`improvements.worse_by_share`,
`[limits] particular_margin`, 15 points): the area whose own cases fall short on the
point by the largest share, and a second one only where it too falls short by the margin
beside the areas left.  Each area named leans against the point in its own cases (more
against than for) and holds at least the framework's `min_cases` (and three) of the cases
against whose notes bear the point out: "particularly" is never said of a handful of
cases (four of six beside two of five, or four of six beside three of six in each other
area, is no difference to name).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from typing import TypeVar

from exporters.draft.casethemes import wording
from exporters.draft.data import DraftData
from exporters.draft.tallies import Tally

G = TypeVar("G", bound=tuple[str, ...])

LEAST_AGAINST = 3  # the fewest cases against, bearing the point out, in the areas named


def _share(t: Tally) -> float:
    return len(t.neg) / t.views if t.views else 0.0


def _worse(data: DraftData, own: Mapping[G, Tally], named: Set[G], rest: Set[G]) -> bool:
    """Whether the areas `named` fall short by at least the margin beside the areas `rest`
    together, those with the framework's `min_cases` cases with a view."""
    neg = sum(len(own[g].neg) for g in named)
    views = sum(own[g].views for g in named)
    o_neg = sum(len(own[g].neg) for g in rest)
    o_views = sum(own[g].views for g in rest)
    if not views or o_views < data.rules.min_cases:
        return False
    margin = float(wording()["limits"]["particular_margin"])
    return neg / views - o_neg / o_views >= margin


def by_rate(data: DraftData, own: Mapping[G, Tally], bearing: Sequence[int]) -> tuple[G, ...]:
    """The one or two visited areas (keys of `own`, each area's own tally) an improvement
    point names by rate (see the module docstring); `bearing` the cases against whose
    notes bear the point out.  () where none is named."""
    floor = max(LEAST_AGAINST, data.rules.min_cases)
    held = {g: sum(data.case_area[k] in g for k in bearing) for g in own}
    leaning = [g for g in own if len(own[g].neg) > len(own[g].pos) and held[g] >= floor]
    ranked = sorted(leaning, key=lambda g: (-_share(own[g]), -len(own[g].neg), g))
    if not ranked or not _worse(data, own, {ranked[0]}, set(own) - {ranked[0]}):
        return ()
    named = [ranked[0]]
    most = int(wording()["limits"]["concentrated_areas"])
    for g in ranked[1:most]:
        if _worse(data, own, {g}, set(own) - {*named, g}):
            named.append(g)
    order = list(own)
    return tuple(sorted(named, key=order.index))
