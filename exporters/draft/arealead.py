"""An area section with no grade opens on its weightiest findings by cases (issue 15,
case18; tester 17's F14 (a)).

Under a framework that judges no area (the 2013 and 2021 frameworks) an area section
has no headline, so it opened on whatever its first paragraph held.  Tester 17's
weakest area, where children's wishes and feelings and listening to children fell
short in all 12 cases sampled, opened on safeguarding points resting on fewer cases,
and left those two in the note of what was not drafted, while a one-case strength on
management oversight was drafted: the section did not read weak.

An area with no grade therefore opens on the side its case files weigh to
(`tallies.Pool.weighs_against`): the finding about cases that the most cases bear out
on that side (then the fewest cases the other way; never a small sample),
and a second where as many cases bear it out and it makes another point
(`tallies.same_point`).  They are said by the claim's own sentence, so their
proportion words, shapes and comments are those of every claim; the section's later
paragraphs do not state them again (`Context.stated`).  An area with a grade opens on
its grade's headline (`sections.headline`), not on these.
"""

from __future__ import annotations

from collections.abc import Sequence

from exporters.draft.claims import Context, claim_sentence
from exporters.draft.tallies import Claim, same_point
from exporters.model import Paragraph, Sentence

MAX_LEAD = 2  # findings the opening states at most
_OTHER = {"for": "against", "against": "for"}


def _side_cases(claim: Claim, side: str) -> int:
    t = claim.tally
    return len(t.neg) if side == "against" else len(t.pos)


def weightiest(ctx: Context, side: str) -> list[Claim]:
    """The findings about the section's cases that the most cases bear out on `side`
    ("for" or "against"): the heaviest, and up to `MAX_LEAD` - 1 more borne out by as
    many cases, each making its own point; none resting on a small sample."""
    pool = ctx.pool
    order = ctx.data.criterion_rank
    found = [c for c in pool.claims() if c.by_cases and not c.small and c.lean == side
             and _side_cases(c, side) > 0]  # fmt: skip
    found.sort(key=lambda c: (-_side_cases(c, side), _side_cases(c, _OTHER[side]),
                              order.get(c.criterion, 999), c.criterion))  # fmt: skip
    out: list[Claim] = []
    for c in found:
        if out and _side_cases(c, side) < _side_cases(out[0], side):
            break
        if all(same_point(c.criterion).isdisjoint(same_point(k.criterion)) for k in out):
            out.append(c)
        if len(out) == MAX_LEAD:
            break
    return out


def opening(ctx: Context) -> list[Sentence]:
    """The opening sentences of an area section with no grade (module docstring); none
    for a section with a grade, or with no finding about cases to open on."""
    if not ctx.pool.areas or ctx.grade is not None:
        return []
    side = "against" if ctx.pool.weighs_against() else "for"
    out: list[Sentence] = []
    for claim in weightiest(ctx, side):
        ctx.side, ctx.illustrate = side, False
        s = claim_sentence(ctx, claim)
        ctx.side = ""
        if s is None:
            continue
        out.append(s)
    return out


def opens(ctx: Context, paras: Sequence[Paragraph]) -> bool:
    """Whether the section's paragraphs (`paras`, in order) open on this module's
    findings against, so that its weaknesses are its body rather than its close (a
    placeholder for a theme with no evidence goes after them, not between the opening
    and the weaknesses it opens on)."""
    first = paras[0].sentences if paras else []
    return (
        bool(first)
        and first[0].role == "claim"
        and first[0].direction == "against"
        and any(first[0].criteria == [c.criterion] for c in weightiest(ctx, "against"))
    )
