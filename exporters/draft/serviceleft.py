"""The weaknesses about the service a national judgement's section leaves undrafted,
named for the lead (issue 15, tester 13: the leadership section said nothing of the
continuity of practitioners, "31% of public law children had a change of guardian",
nor of learning from complaints, adoption or leave to remove, and gave no marker).

A criterion the framework links to a national judgement is said about the service in
that section only (`sections.LinkedPool`), so a point it leaves out is left out of the
report.  Every such criterion whose development records outnumber its strength records
(firm: a hedged note counts neither way), and that the section
states nowhere (a claim, its opening, or the stakeholders' views), is named in the
section's "[Not drafted here: ...]" marker with its records (`coverage.undrafted_marker`);
a point whose strengths are as many or more is named by the strengths' placeholder
("Strengths also found", "Found both ways": `coverage.unsaid_strengths`), one record
each way too (`one_each`; tester 20's A10: "weaknesses found in learning from audits
and reviews (one development record and one strength record)" is no weakness).  An
area section keeps its own rule (`coverage.service_weaknesses`): its leadership points
are the area's share of the service's, said in proportion to its strengths.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from exporters.draft import subjects
from exporters.draft.claims import Context
from exporters.draft.tallies import Claim
from exporters.draft.words import number_text


def linked_section(ctx: Context) -> bool:
    """Whether the section is a national judgement's counting only the criteria linked
    to it (`sections.LinkedPool`, which carries the `linked` criteria)."""
    return not ctx.pool.areas and hasattr(ctx.pool, "linked")


def left_out(ctx: Context, said: Collection[str]) -> list[Claim]:
    """The section's weaknesses about the service stated nowhere (`said`: the criteria
    the section states, with those making the same point), the most development records
    first; [] outside a national judgement's section."""
    if not linked_section(ctx):
        return []
    out = [
        c for c in ctx.pool.claims()
        if not c.by_cases and c.criterion not in said and c.criterion not in ctx.stated
        and _weighs_against(c)
    ]  # fmt: skip
    order = ctx.data.criterion_rank
    return sorted(out, key=lambda c: (-len(c.tally.wide_neg), order.get(c.criterion, 999)))


def _weighs_against(claim: Claim) -> bool:
    """Whether a point about the service is a weakness to name: more development records
    than strength records.  A point with the strengths the larger side, or as many
    records each way, is the strengths' placeholder's (`coverage.unsaid_strengths`:
    "Strengths also found", "Found both ways")."""
    return len(claim.tally.wide_neg) > len(claim.tally.wide_pos)


def one_each(ctx: Context, claim: Claim) -> bool:
    """Whether a national judgement's point about the service rests on one record each
    way: found both ways, for the placeholder of points found both ways to name, though
    one strength record is no material strength (`coverage.material_strength`)."""
    t = claim.tally
    return linked_section(ctx) and not claim.by_cases and len(t.wide_neg) == len(t.wide_pos) == 1


def noun(ctx: Context, claim: Claim) -> str:
    """The point named as its development records speak of it (`subjects.following`:
    "the timeliness of work on private law applications", as the key findings name it),
    else by its criterion's noun; never the neutral subject's."""
    d = ctx.data
    dv = list(claim.tally.wide_neg)
    against = replace(claim, direction="against")
    chosen = subjects.subject_of(d, against, dv, dv)
    if chosen is None or chosen[0].name == subjects.NEUTRAL:
        return claim.words.noun
    return subjects.following(d, against, dv, dv).words.noun


def records_said(claim: Claim) -> str:
    """A point's records for the marker: "two development records", "one development
    record and one strength record"."""
    t = claim.tally
    neg, pos = len(t.wide_neg), len(t.wide_pos)
    out = f"{number_text(neg)} development record{'' if neg == 1 else 's'}"
    if pos:
        out += f" and {number_text(pos)} strength record{'' if pos == 1 else 's'}"
    return out
