"""How a section counts the shapes its claims are said in (`shape_of`), so that the
choice of shape spreads (`within_share`): each section prefers an opening of its own,
and the same shape could come first in sentence after sentence.  The preferences a
claim's sentence is chosen by are `shapes.shape_keys`.

The count is the section's, not the report's (the lead's decision, session 33): with a
report-wide count, every claim was chosen against the shapes said before it anywhere,
so two notes added to one case reworded sentences in other sections whose facts had not
changed (tester 31's F15).  Across sections the shapes spread as each section's do.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from fractions import Fraction
from functools import cache
from typing import TYPE_CHECKING

from exporters.draft.tallies import Claim

if TYPE_CHECKING:
    from exporters.draft.claims import Context

Key = Callable[[str], int]


SPREAD = Fraction(1, 5)
"""The largest share of a section's claims of one kind (`kind_of`) one sentence shape
may say where another fits (`within_share`)."""
SPREAD_LEAST = 2
"""A shape may be said this many times whatever the share: in a section's first few
claims, a second use is no pattern."""


def kind_of(claim: Claim) -> str:
    """The claims whose shapes are counted together: balanced or one-sided, about cases
    or about the service (their frames are different families)."""
    side = "balanced" if claim.direction == "balanced" else "one"
    return f"{side}|{'cases' if claim.by_cases else 'service'}"


def spread_key(claim: Claim, frame: str) -> str:
    """How a claim said in `frame` is counted in its section (`trace.Local.shapes`)."""
    return f"{kind_of(claim)}|{shape_of(frame)}"


def said_in(ctx: Context, claim: Claim, frame: str) -> None:
    """Count the shape a claim was said in, in its section (`trace.Local`): for the
    section's least-used balanced shape (`balanced`) and for its share of the section's
    claims of its kind (`shapes`)."""
    local = ctx.voice.local(ctx.key)
    if claim.direction == "balanced":
        local.balanced[shape_of(frame)] += 1
    local.shapes[spread_key(claim, frame)] += 1


def within_share(ctx: Context, claim: Claim, shape: Mapping[str, str] | None) -> Key:
    """A preference for the sentences whose shape (`shape`: sentence -> its frame) the
    section has not yet said more than `SPREAD` of its claims of the claim's kind in
    (`SPREAD_LEAST` times at least), so that no one shape dominates a section where
    another fits: each section prefers an opening of its own, and so the same
    shape ("Across most of the cases ..., except some, ...") came first in section after
    section (an independent audit, session 11).  It ranks below what the claim must say
    and how (which side first, a fresh opening), so it only spreads the choice among
    sentences those allow."""
    if shape is None:
        return lambda o: 1
    counts, kind = ctx.voice.local(ctx.key).shapes, kind_of(claim)
    total = sum(v for k, v in counts.items() if k.startswith(kind + "|"))
    most: Fraction = max(Fraction(SPREAD_LEAST), SPREAD * (total + 1))

    within: dict[str, bool] = {}  # frame -> its verdict: hundreds of sentences, few frames

    def key(o: str) -> int:
        if o not in shape:
            return True
        frame = shape[o]
        if frame not in within:
            within[frame] = counts[spread_key(claim, frame)] + 1 <= most
        return within[frame]

    return key


@cache
def shape_of(frame: str) -> str:
    """A frame's shape, whichever side it leans to and whether it gives proportion words
    or counts: its placeholders for a side's wording made alike, and those for a share
    or a count, with the cases they are of ("Most of the cases sampled", "two of the
    three cases", "the rest", "the other two"), so that "In {pos} cases, {strength}. In
    {neg_alone}, however, {weakness}." and the same with the sides the other way round,
    or in counts, are one shape, and a report's use of its shapes is counted by shape."""
    out = re.sub(r"\{(?:strength|Strength|weakness|Weakness)\}", "{X}", frame)
    out = re.sub(r"\{(?:shows|shows_against|do_for|do_against)\}", "{verb}", out)
    out = re.sub(r"(?i)\bshows?\b", "{verb}", out)
    out = re.sub(r"\{(?:pos|neg|for|against)\w*\}(?: the cases)?(?: \{counted\})?", "{q}", out,
                 flags=re.IGNORECASE)  # fmt: skip
    out = re.sub(r"\bthe (?:rest|others|other \{q\})|\{q\} cases", "{q}", out)
    return re.sub(r"\b(?:strengths|weaknesses|is strong|falls short)\b", "{how}", out)
