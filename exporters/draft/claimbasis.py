"""A claim's comment line (`basis`): its tally, why it is said in counts, its base where
not every sampled case has a view (a low one flagged: `lowcoverage`), and the notes left
out of its criterion's tally as being about a child's identity, not safeguarding
(`identityaside`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from exporters.draft import identityaside
from exporters.draft.lowcoverage import LOW, coverage, sparse
from exporters.draft.tallies import Claim
from exporters.model import Flag

if TYPE_CHECKING:
    from exporters.draft.claims import Context


def basis(ctx: Context, claim: Claim, counts: bool, flags: list[Flag]) -> str:
    """The comment on a claim's sentence; the flags it calls for are added to `flags`."""
    t = claim.tally
    why = " (small sample: no proportion word)" if claim.small else (
        "" if sparse(t) else " (counts: few cases)")  # fmt: skip  # low coverage: said below
    said = t.line(claim.by_cases) + (why if counts else "")
    if claim.by_cases and sparse(t):  # counts with their base, and the QA view's flag
        flags.append(LOW)
        said += f"; {coverage(t)}"
    elif claim.by_cases and ctx.pool.sample_size > t.views:
        said += f"; {ctx.pool.sample_size} cases {ctx.pool.base}"
    left = identityaside.line(ctx.data, claim.criterion, ctx.pool.has)
    if left:
        flags.append(identityaside.FLAG)
        said += f"; {left}"
    return said
