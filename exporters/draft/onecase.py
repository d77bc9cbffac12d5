"""Whether a strength may stand as a finding of its own in a section (issue 15:
"consistent with the judgement").

In a section graded inadequate, a strength resting on a single case is not a finding
(independent tester, session 11: "The one case in which inspectors could judge
management oversight ... shows that managers oversee the work well" was Area 12's only
sentence on management, where the lead's rationale says oversight is largely absent).
Such a strength is at most named in the lead's placeholder
(`coverage.unsaid_strengths`, where a grading makes it material), never stated.
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
    one = ctx.grade == "inadequate" and claim.by_cases and len(t.pos) < 2
    return not one or bool(t.neg or t.wide_neg or claim.contrary)
