"""An area section's weaknesses about the service that it does not state, named for the
lead; never one resting on one case in its leadership paragraphs (issue 15, case22;
tester 21's A4 and A7).

An area section states a theme's weaknesses about the service in proportion to its
strengths (`coverage.service_weaknesses`), and left the rest in the QA view only: a
point left out was passed over in silence.  Every such point whose side against is the
larger (more development records and cases against than for), stated nowhere in the
section and not left to the national section that counts every area's records
(`localfacts.not_local`, which marks it stated), is named in the section's "[Not
drafted here: ...]" marker (`coverage.undrafted_marker`), with its records or cases.

A point about the service resting on one case and no record about the service (a
leadership criterion that one case file's note is filed under: "diversity and identity
are not considered well enough", one case) is not stated in the area's paragraphs on
its leadership, partners or workforce, where it opened a good area's section on one
case, marked "[One case only: check before use]", before better-evidenced findings
(tester 21's A7, Area 10); it is named in the marker instead.
"""

from __future__ import annotations

from collections.abc import Collection

from exporters.draft.claims import Context
from exporters.draft.serviceleft import records_said
from exporters.draft.tallies import Claim
from exporters.draft.words import number_text


def one_case(claim: Claim) -> bool:
    """Whether a claim about the service rests on one case and no record about the
    service (see the module docstring)."""
    t = claim.tally
    return not claim.by_cases and t.views == 1 and not t.wide_pos and not t.wide_neg


def left_out(ctx: Context, said: Collection[str]) -> list[Claim]:
    """An area section's weaknesses about the service stated nowhere (`said`: the
    criteria the section states, with those making the same point), the most evidence
    against first; [] outside an area section."""
    if not ctx.pool.areas:
        return []
    out = []
    for c in ctx.pool.claims():
        t = c.tally
        if c.by_cases or c.criterion in said or c.criterion in ctx.stated:
            continue
        if len(t.wide_neg) + len(t.neg) > len(t.wide_pos) + len(t.pos):
            out.append(c)
    order = ctx.data.criterion_rank
    return sorted(out, key=lambda c: (-len(c.tally.wide_neg) - len(c.tally.neg),
                                      order.get(c.criterion, 999)))  # fmt: skip


def evidence_said(claim: Claim) -> str:
    """A point's evidence for the marker: its records about the service, and its cases
    against where it has no such record ("one case")."""
    t = claim.tally
    if t.wide_neg or t.wide_pos:
        return records_said(claim)
    n = len(t.neg)
    return f"{number_text(n)} case{'' if n == 1 else 's'}"
