"""An area section that puts its weaknesses first states the weaknesses its strengths
paragraphs leave (the independent tester's audit after session 19: analysis in reports
only in the "not drafted" marker).

A section graded below good (or with no grade, weighing against) says its weaknesses
first (`paragraphs.development`, `last=False`), where a claim leaning to the strength
with cases against (balanced) is taken only at an even split: the rest are left to the
strengths paragraphs, which state at most `paragraphs.MAX_CLAIMS` a theme.  What they
leave was named only in the marker: the demo's Area 9 (requires improvement) said none
of its weaknesses on cases in the body, though direct work fell short in 13 of 48
cases, seeing children alone in 12 of 44 and avoiding delay in 11 of 46.

Here such claims the section has not stated, each with the framework's
`material_cases` or more cases against, are said after the section's weaknesses (as
balanced sentences ending on the weakness), keeping children safe first, then the
weightiest by cases, up to the grade's number of weaknesses (`drafting.toml`
[weaknesses_stated]) less those the section states already; the rest stay in the
marker.
"""

from __future__ import annotations

from collections.abc import Sequence

from exporters.draft import coverage as cover
from exporters.draft.claims import Context, unsaid
from exporters.draft.paragraphs import weakness_block
from exporters.draft.safety import safety_criteria
from exporters.draft.tallies import Claim
from exporters.draft.weakchoice import weight
from exporters.model import Paragraph, Sentence


def _left(ctx: Context, claims: Sequence[Claim]) -> list[Claim]:
    """The section's balanced claims about cases leaning to the strength, with material
    cases against, that no paragraph has stated, in the order they are said."""
    safe = safety_criteria(ctx.data.framework)
    left = [c for c in unsaid(ctx, claims) if c.by_cases and c.lean == "for"
            and c.direction == "balanced" and len(c.tally.neg) >= cover.MIN_AGAINST]  # fmt: skip
    return sorted(left, key=lambda c: (
        c.criterion not in safe, -weight(ctx, c, "against"),
        -len(c.tally.neg) / max(1, c.tally.views), c.criterion,
    ))  # fmt: skip


def _stated(paras: Sequence[Paragraph]) -> int:
    """The weaknesses `paras` state: their claims saying a weakness, wholly or in part."""
    return sum(s.role == "claim" and s.direction != "for" for p in paras for s in p.sentences)


def left_weaknesses(
    ctx: Context, claims: Sequence[Claim], dev: Sequence[Paragraph]
) -> list[Paragraph]:
    """The paragraph (none, or one) saying what an area section's strengths paragraphs
    left of its weaknesses, after its weaknesses paragraphs `dev`: see the module's
    docstring.  Called once the strengths paragraphs are drafted."""
    if not ctx.pool.areas:
        return []
    stated = ctx.data.words.weaknesses_stated
    room = stated.get(ctx.grade or "", stated["ungraded"]) - _stated(dev)
    if room <= 0:
        return []
    last = [s for p in dev for s in p.sentences]
    before: Sentence | None = last[-1] if last else None
    illustrated = any(s.role == "example" for s in last)
    out: list[Sentence] = []
    for claim in _left(ctx, claims)[:room]:
        block = weakness_block(ctx, claim, 1, illustrated, before)
        if block:
            out += block
            before = block[-1]
            illustrated = illustrated or any(s.role == "example" for s in block)
    return [Paragraph(theme="development", sentences=out)] if out else []
