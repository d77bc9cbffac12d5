"""Whether a weakness is worse in one place by its rate, not its count (kf35, tester 34's
A3): the rule an improvement point's "particularly in private law cases" (or "in Area 8")
follows (`worse_by_share`), and the key findings' law type (`by_rate`,
`concentration.law_of`)."""

from __future__ import annotations

from collections.abc import Mapping, Set
from typing import TypeVar

from exporters.draft.casethemes import wording
from exporters.draft.data import DraftData
from exporters.draft.tallies import Tally

K = TypeVar("K")


def worse_by_share(data: DraftData, tallies: Mapping[K, Tally], named: Set[K]) -> bool:
    """Whether the cases of the places `named` (a law type, or one or two areas: keys of
    `tallies`, each place's own tally) fall short on a point by a larger share than the
    other places' together, by at least `[limits] particular_margin`, the other places
    with the framework's `min_cases` cases with a view (tester 34's A3: "particularly in private
    law cases" from 28 of its 33 cases against oversight, beside all 15 public law
    cases: the count, not the rate).  "Particularly" follows the rate, and only a real
    difference: never where the other places hold too few cases to compare."""

    def share(keys: list[K]) -> tuple[int, int]:
        return sum(len(tallies[k].neg) for k in keys), sum(tallies[k].views for k in keys)

    (neg, views), (o_neg, o_views) = (
        share([k for k in tallies if k in named]),
        share([k for k in tallies if k not in named]),
    )
    if not views or o_views < data.rules.min_cases:
        return False
    margin = float(wording()["limits"]["particular_margin"])
    return neg / views - o_neg / o_views >= margin


def by_rate(d: DraftData, laws: dict[str, Tally], top: str) -> bool:
    """Whether a law type may be named for a weakness by its rate: its own cases fall
    short by a share at least `[limits] particular_margin` above the other law types'
    (`worse_by_share`, as "particularly in" is said; kf35's note on tester 34's A3: a key
    finding said "in the majority of the private law cases" of 18 of 30 private law cases
    against, beside six of six public law cases), or the other law types have fewer than
    the framework's `min_cases` cases with a view, too few to set against it (then the
    cases with a view are nearly all its own, and naming it says where they are)."""
    others = sum(t.views for law, t in laws.items() if law != top)
    return others < d.rules.min_cases or worse_by_share(d, laws, {top})
