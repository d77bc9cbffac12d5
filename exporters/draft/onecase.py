"""Whether a strength may stand as a finding of its own in a section (issue 15:
"consistent with the judgement").

In a section graded inadequate, a strength resting on a single case is not a finding
(independent tester, session 11: "The one case in which inspectors could judge
management oversight ... shows that managers oversee the work well" was Area 12's only
sentence on management, where the lead's rationale says oversight is largely absent).
Such a strength is at most named in the lead's placeholder
(`coverage.unsaid_strengths`, where a grading makes it material), never stated.

In an area section whose grade (or, with none, whose case files) puts its strengths
first, a strength resting on one case is not a paragraph's finding either (tester 31's
outstanding Area 2 went on from its headline to "In the one case where there is evidence
about management oversight on children's files ... [One case only: check before use]",
then information sharing on one case, before the strengths three cases bore out, and
the one case on oversight took the place of the manager's own account of monthly
audits): such strengths are named together after the section's other strengths
(`areastrong.grouped`).
"""

from __future__ import annotations

from exporters.draft.claims import Context
from exporters.draft.tallies import Claim


def stands(ctx: Context, claim: Claim) -> bool:
    """Whether the section may state `claim`'s strength as a finding: not one resting on
    a single case in a section graded inadequate with nothing against it; where the
    section holds evidence against it (a case, or the area's own records on the point),
    the sentence is kept, so that that evidence is said with it ("... Managers and
    observed supervision in Area 12, however, found weaknesses in managers' oversight of
    practice": `arealevel.weighed`) rather than dropped with it."""
    t = claim.tally
    if grouped_apart(ctx, claim):
        return False
    one = ctx.grade == "inadequate" and claim.by_cases and len(t.pos) < 2
    return not one or bool(t.neg or t.wide_neg or claim.contrary)


def strong_area(ctx: Context) -> bool:
    """Whether the section is an area's that puts its strengths first: graded good or
    better, or with no grade and case files that do not weigh against."""
    if not ctx.pool.areas:
        return False
    if ctx.grade is None:
        return not ctx.pool.weighs_against()
    return ctx.grade not in ("requires-improvement", "inadequate")


def grouped_apart(ctx: Context, claim: Claim) -> bool:
    """Whether `claim` is a strength resting on one case, with nothing against it, in a
    strong area's section (`strong_area`): named with the others after its strengths
    (`areastrong.grouped`), never a paragraph's finding (module docstring)."""
    t = claim.tally
    if not claim.by_cases or claim.lean != "for" or t.views != 1 or t.wide_pos:
        return False
    if not strong_area(ctx) or t.neg or t.wide_neg or claim.contrary:
        return False
    return _more(ctx)


def _more(ctx: Context) -> bool:
    """Whether the section has more to say than points on one case each: a criterion
    with more than one case with a view, or records about the service (else its one-case
    points are its only findings, and are said as before)."""
    pool = ctx.pool
    return any((t := pool.tally(c)).views > 1 or t.wide_pos or t.wide_neg for c in pool.criteria())
