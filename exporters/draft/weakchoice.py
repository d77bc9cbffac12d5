"""Which weaknesses a section states, the weightiest first (issue 15): how much case
evidence a side of a claim rests on (`weight`), how many weaknesses the grade calls for
(`_budget`) and the choice itself (`weaknesses`), for the paragraph on weaknesses
(`paragraphs.development`).  Out of `paragraphs.py` (session 18), which had reached
the 500-line limit.
"""

from __future__ import annotations

from collections.abc import Sequence

from exporters.draft import coverage as cover
from exporters.draft import safefirst
from exporters.draft.agreement import grade_check
from exporters.draft.claims import Context, unsaid
from exporters.draft.data import GOOD_RANK
from exporters.draft.evensplit import even
from exporters.draft.safety import safety_criteria
from exporters.draft.sectionopening import named_weaknesses
from exporters.draft.tallies import Claim

EXTRA_WEAKNESSES = 2


def weight(ctx: Context, claim: Claim, side: str) -> int:
    """How much case evidence a side of a claim rests on: its cases, a case graded on
    the criterion counted twice (a grading is the inspector's settled view), and its
    records about the service."""
    t, d = claim.tally, ctx.data
    if side == "against":
        graded = d.graded_weak.get(claim.criterion, set())
        return len(t.neg) + len(graded.intersection(t.neg)) + len(t.wide_neg)
    graded = d.graded_good.get(claim.criterion, set())
    return len(t.pos) + len(graded.intersection(t.pos)) + len(t.wide_pos)


def _budget(ctx: Context, opened: int = 0) -> int | None:
    """How many weaknesses get a sentence of their own: as many as the grade calls for
    (`drafting.toml`, [weaknesses_stated]) where the grade is good or better and the
    section's evidence agrees with it (`grade_check`), or where there is no settled
    grade; None (every material weakness: `coverage.plan`) where the grade is below
    good, or a good or better grade the evidence disagrees with, so that a recorded
    grade the evidence contradicts never decides how much of that evidence is said
    (reader 5, finding 1).  `opened`: the safeguarding weaknesses the section's
    opening said (`safefirst.said_first`), within the grade's number."""
    w, d = ctx.data.words, ctx.data
    stated = w.weaknesses_stated
    if not ctx.grade:  # weighing against with no grade: as below good (case18)
        if ctx.pool.areas and ctx.pool.weighs_against():
            return None
        return max(0, stated["ungraded"] - opened)
    strong = any(g.code == ctx.grade and g.rank <= GOOD_RANK for g in d.framework.grades)
    if not strong:
        return None
    check = grade_check(ctx.pool, ctx.grade)
    if check is not None and not check.agrees:
        return None
    # Those the opening said (`safefirst`) are within the grade's number.
    return max(0, stated.get(ctx.grade, stated["ungraded"]) - opened)


def weaknesses(
    ctx: Context, claims: Sequence[Claim], escalated: set[str], last: bool = True
) -> cover.Plan:
    """The claims leaning towards the weakness that the section states, the weightiest
    first (`_weight`; then the larger share against): the weaknesses about cases as
    `coverage.plan` sets out (every material one, safeguarding first, within the
    grade's number where the evidence agrees with it; one-case points together).  In a
    national section, its weaknesses about the service fill what the grade's number
    leaves, with up to `EXTRA_WEAKNESSES` more that weigh as much as its weightiest
    strength; an area section states those in their themes' paragraphs.  Where the
    weaknesses come `last`, after the strengths, a balanced claim about cases that no
    paragraph stated is a candidate too (`coverage.plan`).  Every material weakness
    (no number from the grade) is `coverage.MAX_STATED` at most, those the section's
    opening said counted (case21's note: a disputed good section stated 13)."""
    opened = safefirst.counted(ctx, ctx.pool.claims())
    budget = _budget(ctx, opened)
    weak = [c for c in unsaid(ctx, claims) if c.lean == "against"]
    weak.sort(key=lambda c: (-weight(ctx, c, "against"),
                             -len(c.tally.neg) / max(1, c.tally.views), c.criterion))  # fmt: skip
    # A section that puts its weaknesses first weighs an even split's side against with
    # the others (tester 17's private law: the advice to the court, against in 22 of 45
    # cases, was left in a marker while three of four cases were drafted; tester 17's
    # weak Area 11: listening to children, against in six of 12, left in the marker
    # while three of four cases on interviews with parents were drafted).
    first = not last
    mixed = [c for c in unsaid(ctx, claims) if (last or first)
             and c.by_cases and c.lean == "for" and c.direction == "balanced"]  # fmt: skip
    by_cases = [c for c in weak if c.by_cases]
    if first:
        mixed = [c for c in mixed if last or even(ctx.data, c.tally)]
        by_cases += [c for c in mixed if len(c.tally.neg) >= cover.MIN_AGAINST]
        by_cases.sort(key=lambda c: (-weight(ctx, c, "against"),
                                     -len(c.tally.neg) / max(1, c.tally.views), c.criterion))  # fmt: skip
        mixed = [c for c in mixed if c not in by_cases]
    out = cover.plan(ctx, by_cases, budget, escalated, mixed)
    room = cover.MAX_STATED - opened  # the opening's count within the most a section says
    if budget is None and len(out.stated) > room:
        out.stated, out.left = out.stated[:room], [*out.stated[room:], *out.left]
    if budget is not None and out.left:  # an area's and a national section's alike
        out.stated, out.left = _weightiest(ctx, out.stated, out.left)
    service = [] if ctx.pool.areas else [c for c in weak if not c.by_cases]
    if service:
        full = max(ctx.data.words.weaknesses_stated.values()) if budget is None else budget
        limit = max(0, full - len(out.stated) - bool(out.grouped))
        strongest = max((weight(ctx, c, "for") for c in claims if c.lean == "for"), default=0)
        extra = [c for c in service[limit:] if weight(ctx, c, "against") >= strongest]
        out.stated += service[:limit] + extra[:EXTRA_WEAKNESSES]
    return out


def _weightiest(
    ctx: Context, stated: Sequence[Claim], left: Sequence[Claim]
) -> tuple[list[Claim], list[Claim]]:
    """Which of a section's weaknesses about cases the grade's number has room for (as
    many as `stated`), where some are `left` to the marker (an area's, and since
    session 21 a national section's: a good private law section left analysis in
    reports, weak in 13 of 47 cases, to the marker behind the advice to the court on
    four): those its opening names "in
    particular" (`named_weaknesses`: never left to the marker, tester 18's good Area 3),
    then those on keeping children safe (`safety_criteria`), then the weightiest by
    cases (`weight`; then the larger share against), balanced ones weighed with the
    rest (a criterion whose case carries an escalated concern is named in the marker
    if left, and the escalations are counted in a sentence of their own).  Not the framework's whole group on safeguarding and
    welfare first, however few its cases, nor balanced claims last: the independent
    tester's audit after session 19 found a good area's analysis in reports, weak in
    five of its 14 cases, only in the marker behind three points of three cases each
    on letters, representation and the advice to the court.  Both lists keep the
    order `coverage.plan` gave them."""
    named = {c.criterion for c in named_weaknesses(ctx)}
    safe = safety_criteria(ctx.data.framework)
    every = [*stated, *left]
    rank = sorted(every, key=lambda c: (
        c.criterion not in named, c.criterion not in safe,
        -weight(ctx, c, "against"), -len(c.tally.neg) / max(1, c.tally.views), c.criterion,
    ))  # fmt: skip
    chosen = {c.criterion for c in rank[: len(stated)]}
    return [c for c in every if c.criterion in chosen], [
        c for c in every if c.criterion not in chosen
    ]
