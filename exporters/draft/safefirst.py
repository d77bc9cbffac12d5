"""A section's safeguarding weaknesses come first, whatever its grade (README: "a
weakness in safeguarding first and whatever the grade"; the independent tester after
session 20, A3 and F18).

A section graded good or better, or an area with no grade whose case files weigh for
it, put its weaknesses last, after its strengths, so a safeguarding weakness came
third or fourth: Kent and Sussex (Area 9, no grade) opened "In performance
information, the service's performance against its targets comes out well." on one
record and said in its fourth paragraph that the majority of its cases with evidence
on following up safeguarding concerns fell short; a private law section graded good,
its evidence disputing the grade, opened on listening to children and analysis and
said its safeguarding weakness and 19 escalated concerns in its third paragraph.

Such a section now says, straight after its headline (and the marker where its evidence
disputes its grade), each finding on keeping children safe (`safety.safety_criteria`)
whose weakness side rests on the framework's `material_cases` cases or more and is
material (`tallies.material`: the claim says it, balanced or as the weakness), in the
proportion its tally gives ("In a small number of cases, ..." where few fall short, "In
the majority of ..." where most do), then the safeguarding concerns inspectors
escalated; its strengths follow.  They are said by the paragraph on weaknesses' own
machinery (`paragraphs.development` over these claims only: the escalations after them,
the example of the first, "However," after a grade's headline), and they count within
the grade's number of weaknesses (`weakchoice`).  A weakness on a small sample (`small`:
fewer cases with a view than `min_cases`; case30, after tester 29's draft opened a
strong area on safeguarding short in two of four cases) is said where its size puts it,
with the section's other findings.  A section that puts its weaknesses first
(graded below good) already opens on them, safeguarding first (`weakchoice.weaknesses`).

In an area's section, a weakness that leaves risks to children unseen, though it is
not the response to safeguarding concerns (`safety.risk_criteria`, `criteria.toml`
`safety_first`: initial risk assessment), comes first in the same way where it holds
in at least half of the cases counted either way (tester 27's A13: London South,
its files weighing for it, opened on its managers and stakeholders and said last that
the first assessment of risk was unsound in three of six cases).  A minority of such
cases keeps its place with the other weaknesses, and a national section's place is
unchanged (session 28: opening a good national section on a quarter of its cases
pushed a weakness in most of them into the note of what is not drafted).

Where such a section has no safeguarding weakness to open on but inspectors escalated
concerns on its cases (one, or a few), it opens on its finding on keeping children safe
(with its example) and those concerns, before its other strengths (`escalated_first`;
tester 26's F13: West Midlands and Greater Manchester said the one concern escalated in
their last paragraph, after analysis and recording).
"""

from __future__ import annotations

from collections.abc import Sequence

from exporters.draft import areamost
from exporters.draft.claims import (
    Context,
    example_records,
    may_illustrate,
    target,
    unsaid,
)
from exporters.draft.safety import risk_criteria, safety_criteria
from exporters.draft.tallies import Claim
from exporters.draft.trace import opening
from exporters.model import Paragraph, Sentence


def safety_weaknesses(ctx: Context, claims: Sequence[Claim]) -> list[Claim]:
    """The section's findings about cases on keeping children safe whose weakness side
    the claim states (balanced or against: `tallies.material`) on the framework's
    `material_cases` cases or more; one case is no share to open a section on (it is
    said with the section's other one-case points)."""
    return [c for c in unsaid(ctx, claims) if _opens_on(ctx, c)]


def _opens_on(ctx: Context, c: Claim) -> bool:
    """Whether a section that puts its weaknesses last opens on the weakness side of
    `c`: a finding about cases that states it on the framework's `material_cases` cases
    or more, on keeping children safe (`safety_criteria`), or, in an area's section, on
    a criterion whose weakness leaves risks to children unseen (`risk_criteria`: initial
    risk assessment) in at least half of the cases counted either way (tester 27's
    A13: London South said its risk assessment, unsound in three of six cases, last)."""
    fw = ctx.data.framework
    if not c.by_cases or c.direction not in ("against", "balanced"):
        return False
    if len(c.tally.neg) < ctx.data.rules.material_cases:
        return False
    if c.criterion in safety_criteria(fw):
        return not small(c)
    area = bool(ctx.pool.areas)
    return area and c.criterion in risk_criteria(fw) and len(c.tally.neg) >= len(c.tally.pos)


def small(c: Claim) -> bool:
    """Whether a safeguarding weakness rests on too few cases for its place (case30,
    after tester 29's draft: a strong area opened on safeguarding two of four cases
    either way): on fewer cases with a view than the framework's `min_cases`.  It is said
    where its size puts it, with the section's other findings, never straight after a
    good section's headline (or an ungraded area's opening), before every strength.  A
    minority on enough cases ("in some cases") keeps its place first (tester 20's F18)."""
    return c.small


def said_first(
    ctx: Context, claims: Sequence[Claim], lead: Sequence[Sentence] = ()
) -> list[Sentence]:
    """The sentences a section that puts its weaknesses last opens with, after its
    headline (`lead`: a grade's headline, or the strength an area with no grade opens
    on, `arealead.strongest`, after which the first opens "However,"): its safeguarding
    weaknesses in proportion and the concerns escalated (module docstring), then, in an
    area with no grade, the points its cases fall short on in most of them, with whose
    records about the area say the same and its leaders' response (`areamost`); none
    where it has no such weakness."""
    from exporters.draft.paragraphs import development  # it builds on this module's rule

    chosen = safety_weaknesses(ctx, claims)
    most = [c for c in areamost.falls_short(ctx, claims) if c not in chosen]
    if not chosen and not most:
        return escalated_first(ctx, claims)
    before = [Paragraph(theme="leadership", sentences=list(lead))] if lead else []
    said = [s for p in development(ctx, [*chosen, *most], before=before) for s in p.sentences]
    return areamost.with_context(ctx, most, said)


def escalated_first(ctx: Context, claims: Sequence[Claim]) -> list[Sentence]:
    """Where the section has no safeguarding weakness to open on but inspectors escalated
    concerns on its cases (one case, or a few under `material_share`): its finding on
    keeping children safe (`safety_criteria`), then the concerns escalated,
    straight after its headline (tester 26's F13: West Midlands said "In most cases,
    concerns for the child's safety are dealt with well." in its second paragraph and the
    one concern escalated in its last, after analysis); where that finding is a weakness
    in the one case whose concern was escalated, that concern as what it is (on tester
    27's data at 00:00, Yorkshire said it last, after its strengths and another
    weakness); none where it has no concern escalated, or a weakness on keeping children
    safe (or on what the escalated notes are about) that its paragraph on weaknesses
    says with the concern."""
    from exporters.draft import coverage as cover  # it builds on the claims' paragraphs
    from exporters.draft.concerns import one_case_sentence
    from exporters.draft.escalations import escalation_sentences
    from exporters.draft.onecase import stands

    esc = cover.escalations(ctx)
    if not esc.cases:
        return []
    safe = safety_criteria(ctx.data.framework)
    left = unsaid(ctx, claims)
    weak = [c for c in left if c.by_cases and c.criterion in safe | esc.criteria(ctx)
            and c.lean != "for"]  # fmt: skip
    # A weakness on keeping children safe in one case, whose concern was escalated: said
    # as that concern (`concerns.one_case_sentence`), here rather than last.
    one = [c for c in weak if c.criterion in safe and len(c.tally.neg) == 1
           and ctx.pool.escalated(c.criterion)]  # fmt: skip
    if any(c not in one for c in weak):
        return []  # said with its weakness, where the weaknesses come
    if one:
        out = [one_case_sentence(ctx, c) for c in one]
    else:
        found = [c for c in left if c.by_cases and c.criterion in safe and stands(ctx, c)]
        found.sort(key=lambda c: (-len(c.tally.pos) - len(c.tally.neg), c.criterion))
        out = with_example(ctx, found[0]) if found else []
    return [*out, *escalation_sentences(ctx, esc, {c.criterion for c in claims})]


def with_example(ctx: Context, claim: Claim, impact: bool = False) -> list[Sentence]:
    """A strength and an example of it, as the paragraph on practice says it: with what
    it means for children where `impact` (`impact.claim_with_impact`), none where the
    concerns escalated follow it."""
    from exporters.draft.examples import example
    from exporters.draft.impact import claim_with_impact

    ctx.side, ctx.illustrate = "for", True
    out = claim_with_impact(ctx, claim, impact=impact)
    ctx.side, ctx.illustrate = "", False
    if not out:
        return []
    if may_illustrate(ctx, claim, "for"):
        elsewhere: frozenset[str] = getattr(ctx.pool, "elsewhere", frozenset())
        own = [i for i in example_records(ctx, claim)[0] if elsewhere.isdisjoint(ctx.data.crits[i])]
        ex = example(
            ctx.pool, own, ctx.used, ctx.voice, leads=ctx.data.words.example_leads, key=ctx.key,
            target=target(ctx, claim, "strength", out[0].text),
        )  # fmt: skip
        if ex is not None:
            out.append(ex)
    ctx.previous = opening(out[-1].text)
    return out


def counted(ctx: Context, claims: Sequence[Claim]) -> int:
    """How many of the section's weaknesses its opening said already (`said_first`):
    the grade's number of weaknesses (`weakchoice._budget`) counts them."""
    most = areamost.applies(ctx)
    return sum(
        1 for c in claims
        if c.criterion in ctx.stated
        and (_opens_on(ctx, c) or most and areamost.short_in_most(ctx, c))
    )  # fmt: skip


def not_on_one_record(ctx: Context, paras: list[Paragraph]) -> list[Paragraph]:
    """An area section with no headline never opens on a finding about the service that
    rests on fewer records than the framework's `material_cases` (tester 20's Area 9:
    "In performance information, the service's performance against its targets comes
    out well.", one record): its first paragraph stating shares of its cases comes
    first instead, where it has one; otherwise the paragraphs as they are."""
    if not paras or not paras[0].sentences:
        return paras
    first = paras[0].sentences[0]
    least = ctx.data.rules.material_cases
    if first.role != "claim" or first.by_cases or len(first.evidence_ids) >= least:
        return paras
    if first.case_refs:  # a concern on a case (`escalated_first`), not about the service
        return paras
    for k, p in enumerate(paras[1:], start=1):
        lead = p.sentences[0] if p.sentences else None
        if lead is not None and lead.role == "claim" and lead.by_cases:
            return [p, *paras[:k], *paras[k + 1 :]]
    return paras
