"""Which of a theme's strengths a section states first: by share and importance, not by
how much evidence the criterion holds (issue 15, tester 12: Areas 3 and 5, graded good
and outstanding, left following up safeguarding concerns, five of five and seven of
seven cases, in the lead's placeholder of strengths not drafted, while drafting
management oversight at five of seven "though not in some": the weightiest criteria
came first, whatever their share, then the framework's order).

The rule (`ranked`), in order:

1. a strength with material evidence (`coverage.material_strength`: two cases for it,
   or one graded good or better; two strength records about the service) before one
   without;
2. a strength on safeguarding (the framework's `SAFEGUARDING_GROUP`) with nothing
   material against it, resting on the framework's `min_cases` cases with a view or
   more (the base a proportion word may rest on), before the rest: the inspectorate
   reports first on whether children are safe, where the evidence can carry it (two of
   two cases on information for families, a safeguarding criterion, does not lead 14
   of 15 on seeing children; seven of 11, with four against, is a mixed finding, ranked
   by its share like any other);
3. the larger share of its evidence going for it, counted as if `SHRINK` more cases
   (or records) had gone against it, so that a thin base ranks below a broad one with
   nearly the same share (two of two cases: 0.5; seven of seven: 0.78; 24 of 32: 0.71);
4. then, as before, the weightiest (`Tally.weight`) and the framework's order.

In a national section, whose base is every case of a law type or of the sample, rule 3
is the most cases for instead of the share (tester 18's F15: the private law section
drafted the advice to the court, eight of eight cases, and interviews with parents, six
of seven, while children's wishes and feelings, 18 of 24, initial risk assessment, 19
of 29, and analysis, 14 of 22, the strengths the lead's rationale named, were left out
of the body and named only in the marker of weaknesses not drafted): a national section
names what most cases do well.
"""

from __future__ import annotations

from collections.abc import Sequence

from exporters.draft import coverage as cover
from exporters.draft.claims import Context
from exporters.draft.tallies import Claim

SHRINK = 2


def share(claim: Claim) -> float:
    """The claim's strength side as a share of its evidence, shrunk for a thin base
    (`SHRINK`): its cases for over its cases with a view, or, about the service, its
    strength records (and case files for) over all its records."""
    t = claim.tally
    if claim.by_cases:
        return len(t.pos) / (t.views + SHRINK)
    files_pos = len(t.files.pos) if t.files is not None else 0
    files_all = t.files.views if t.files is not None else 0
    pos = len(t.wide_pos) + files_pos
    return pos / (len(t.wide_pos) + len(t.wide_neg) + files_all + SHRINK)


def ranked(ctx: Context, claims: Sequence[Claim]) -> list[Claim]:
    """The strengths in the order a section states them (the module's rule)."""
    order = ctx.data.criterion_rank
    least = ctx.data.rules.min_cases

    national = not ctx.pool.areas

    def key(c: Claim) -> tuple[bool, bool, float, int, int, str]:
        return (
            not cover.material_strength(ctx, c),
            not (
                cover.safeguarding(ctx, c.criterion)
                and c.direction == "for"
                and c.tally.views >= least
            ),  # fmt: skip
            -(len(c.tally.pos) if national and c.by_cases else share(c)),
            -c.tally.weight,
            order.get(c.criterion, 999),
            c.criterion,
        )

    return sorted(claims, key=key)
