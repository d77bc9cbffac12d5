"""A near-even split of cases said as a balance (issue 15: every sentence true to its
evidence).

Where a claim's cases for and against are near even (`even`, the rule the key findings
use too: they differ by one case or a tenth of the cases with a view, 20 cases for and
18 against), neither side is the finding: the
sentence says neither "practice is strong" nor "the majority of", and each side's words
fit its own share.  Where each side is about half of the cases with a view, both are
"about half" ("In about half of the cases ..., while in the others, ...": drafting.toml
[frames.cases] `near_even`); otherwise the counts, in a shape that sets the two sides
side by side (`small_balanced_for`), never one that folds the smaller into an exception
of the larger (tester 11: "Practice is strong in the majority of cases. In some, ...;
in the others, however, ..." of 20 for and 18 against in a section requiring
improvement, "some" for 47%).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Literal

from exporters.draft.data import DraftData
from exporters.draft.shapes import frames_of
from exporters.draft.tables import drafting_table
from exporters.draft.tallies import Claim, Tally
from exporters.draft.wording import wording_table

Split = Literal["", "half", "counts"]


@cache
def _within() -> float:
    return float(drafting_table("near_even")["about_half_within"])


@cache
def _even_margin() -> float:
    return float(wording_table("key_findings.toml")["limits"]["even_margin"])


def even(data: DraftData, t: Tally) -> bool:
    """Whether a tally's cases for and against are about equal (nine for, eight against;
    20 and 18): each side at least the framework's `material_cases`, and they differ by
    one case or at most `key_findings.toml [limits] even_margin` of the cases with a
    view.  Neither side is then the finding, in a section's paragraph (`near_even`) or a
    key finding: no majority either way and no strength (issue 15: even splits)."""
    pos, neg = len(t.pos), len(t.neg)
    if min(pos, neg) < data.rules.material_cases:
        return False
    return abs(pos - neg) <= max(1.0, _even_margin() * t.views)


def near_even(data: DraftData, claim: Claim, counts: bool = False) -> Split:
    """How a claim about cases whose sides are near even is said: "half" (each side
    about half of the cases with a view, none of them mixed), "counts" (also wherever
    the claim is said in `counts` already: too few cases for a proportion word), or ""
    where the claim is not a near-even split (one side, a clear majority, or an exact
    even split, which `words.even_split` says as "half of the ... the other half")."""
    t = claim.tally
    pos, neg = len(t.pos), len(t.neg)
    if claim.direction != "balanced" or not claim.by_cases or pos == neg or not t.views:
        return ""
    if not even(data, t):  # the key findings' rule too: one rule for an even split
        return ""
    whole = pos + neg == t.views  # "the others" are the other side, no mixed case among them
    half = whole and not counts and abs(2 * pos - t.views) < 2 * _within() * t.views
    return "half" if half else "counts"


def near_even_frames(
    claim: Claim, split: Split, family: Mapping[str, tuple[str, ...]]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A near-even claim's frames and its frames where the wordings echo
    (`shapes.echo_frames_of`): "about half" for both sides, or the counts side by side
    (the side it leans to first where the family has them: `small_balanced_for`)."""
    if split == "half":
        return family["near_even"], family["near_even_echo"]
    side = f"small_balanced_{claim.lean}"
    frames = family[side] if side in family else family["small_balanced"]
    return frames, family.get(f"small_echo_{claim.lean}", ())


def sides_frames(
    data: DraftData, claim: Claim, counts: bool, family: Mapping[str, tuple[str, ...]], side: str
) -> tuple[tuple[str, ...], tuple[str, ...] | None, bool]:
    """A claim's frames (`shapes.frames_of`, or a near-even split's: `near_even_frames`),
    the frames where its wordings echo where they are a near-even split's (None: the
    claim's own, `shapes.echo_frames_of`), and whether it is said in counts."""
    split = near_even(data, claim, counts)
    if not split:
        return frames_of(claim, counts, family, side), None, counts
    frames, echo = near_even_frames(claim, split, family)
    return frames, echo, counts or split == "counts"
