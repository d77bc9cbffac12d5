"""Paragraph builders, one per theme: leadership, partners, practice, workforce, and the
paragraph on weaknesses (development).

Each criterion is stated once in a section, in the paragraph of its theme when its
evidence leans towards the strength and in the development paragraph when it leans
towards the weakness, so no criterion is claimed both ways.  How many weaknesses the
development paragraph states depends on the grade (`drafting.toml`,
`weaknesses_stated`); the rest stay in the QA view.  Examples follow the claim they
illustrate.
"""

from __future__ import annotations

from collections.abc import Sequence

from exporters.draft.agreement import grade_check
from exporters.draft.claims import (
    Context,
    claim_sentence,
    claim_with_impact,
    example_records,
    impact_sentence,
    may_illustrate,
    stakeholder_views,
    target,
    unsaid,
)
from exporters.draft.data import GOOD_RANK
from exporters.draft.examples import example, stakeholder_quote, with_child_words
from exporters.draft.tallies import Claim
from exporters.model import Paragraph, Sentence

MAX_CLAIMS = 3
MAX_SENTENCES = 8
EXTRA_WEAKNESSES = 2


def _strengths(ctx: Context, claims: Sequence[Claim], theme: str) -> list[Claim]:
    return [c for c in unsaid(ctx, claims) if c.theme == theme and c.lean == "for"][:MAX_CLAIMS]


def _claims_with_example(
    ctx: Context, chosen: Sequence[Claim], *, about_service: bool, leads: Sequence[str]
) -> list[Sentence]:
    """The claims in order, each with its impact every other time, and one example
    placed after the first claim that has one."""
    out: list[Sentence] = []
    illustrated = False
    for k, claim in enumerate(chosen):
        said = claim_with_impact(ctx, claim, impact=k % 2 == 0)
        if not said:
            continue
        out += said
        if illustrated or not may_illustrate(ctx, claim, "for"):
            continue
        st, dv = example_records(ctx, claim)
        ex = example(
            ctx.pool, st, ctx.used, ctx.voice, leads=leads, key=ctx.key,
            target=target(ctx, claim, "strength", said[0].text), about_service=about_service,
        )  # fmt: skip
        if ex is not None:
            out.append(ex)
            illustrated = True
    return out


def leadership(ctx: Context, claims: Sequence[Claim], lead: Sequence[Sentence]) -> Paragraph | None:
    """The opening paragraph: the headline, then what leaders achieve."""
    w = ctx.data.words
    chosen = _strengths(ctx, claims, "leadership")
    body = _claims_with_example(ctx, chosen, about_service=True, leads=w.service_example_leads)
    sentences = [*lead, *body]
    return Paragraph(theme="leadership", sentences=sentences[:MAX_SENTENCES]) if sentences else None


def partners(ctx: Context, claims: Sequence[Claim]) -> Paragraph | None:
    """Partnership working: what stakeholders say, the partnership findings, and one
    stakeholder's own words."""
    w = ctx.data.words
    sentences: list[Sentence] = []
    views = stakeholder_views(ctx)
    if views is not None:
        sentences.append(views)
    chosen = _strengths(ctx, claims, "partners")
    sentences += _claims_with_example(
        ctx, chosen, about_service=True, leads=w.service_example_leads
    )
    quote = stakeholder_quote(ctx.pool, ctx.used, ctx.voice, w.partner_quotes)
    if quote is not None:
        sentences.append(quote)
    return Paragraph(theme="partners", sentences=sentences[:MAX_SENTENCES]) if sentences else None


def practice(ctx: Context, claims: Sequence[Claim]) -> Paragraph | None:
    """The quality of practice: shares of the sampled cases, an example, a child's own
    words and a family's view."""
    w = ctx.data.words
    chosen = _strengths(ctx, claims, "practice")
    sentences = _claims_with_example(ctx, chosen, about_service=False, leads=w.example_leads)
    if not sentences:
        return None
    sentences = with_child_words(ctx.pool, ctx.used, ctx.voice, sentences, ctx.ends)
    family = stakeholder_quote(ctx.pool, ctx.used, ctx.voice, w.family_quotes)
    if family is not None and len(sentences) < MAX_SENTENCES:
        sentences.append(family)
    return Paragraph(theme="practice", sentences=sentences[:MAX_SENTENCES])


def workforce(ctx: Context, claims: Sequence[Claim]) -> Paragraph | None:
    """The workforce: workloads, support, culture and development."""
    w = ctx.data.words
    chosen = _strengths(ctx, claims, "workforce")
    sentences = _claims_with_example(ctx, chosen, about_service=True, leads=w.service_example_leads)
    return Paragraph(theme="workforce", sentences=sentences[:MAX_SENTENCES]) if sentences else None


def _weight(ctx: Context, claim: Claim, side: str) -> int:
    """How much case evidence a side of a claim rests on: its cases, a case graded on
    the criterion counted twice (a grading is the inspector's settled view), and its
    records about the service."""
    t, d = claim.tally, ctx.data
    if side == "against":
        graded = d.graded_weak.get(claim.criterion, set())
        return len(t.neg) + len(graded.intersection(t.neg)) + len(t.wide_neg)
    graded = d.graded_good.get(claim.criterion, set())
    return len(t.pos) + len(graded.intersection(t.pos)) + len(t.wide_pos)


def _weaknesses_stated(ctx: Context) -> int:
    """How many weaknesses the section states: as many as its grade calls for
    (`drafting.toml`, [weaknesses_stated]); where the grade is good or better and the
    section's evidence disagrees with it (`grade_check`: more weaknesses than the grade
    allows), as many as for the lowest grade, so that a recorded grade the evidence
    contradicts never decides how much of that evidence is said (reader 5, finding 1)."""
    w, d = ctx.data.words, ctx.data
    stated = w.weaknesses_stated
    limit = stated.get(ctx.grade or "ungraded", stated["ungraded"])
    if not ctx.grade:
        return limit
    check = grade_check(ctx.pool, ctx.grade)
    strong = any(g.code == ctx.grade and g.rank <= GOOD_RANK for g in d.framework.grades)
    if check is not None and not check.agrees and strong:
        return max(stated.values())
    return limit


def weaknesses(ctx: Context, claims: Sequence[Claim]) -> list[Claim]:
    """The claims leaning towards the weakness that the section states: the weightiest
    first (`_weight`; then the larger share against), as many as the grade calls for,
    and up to `EXTRA_WEAKNESSES` more that weigh as much as the section's weightiest
    strength, so that an area's main weaknesses are never left out while a minor
    strength is said (reader's finding 1).  Weaknesses in safeguarding come first and
    are always stated (`_safeguarding`)."""
    limit = _weaknesses_stated(ctx)
    weak = [c for c in unsaid(ctx, claims) if c.lean == "against"]
    weak.sort(key=lambda c: (-_weight(ctx, c, "against"),
                             -len(c.tally.neg) / max(1, c.tally.views), c.criterion))  # fmt: skip
    first = [c for c in weak if _safeguarding(ctx, c)]  # whatever the grade
    weak = [c for c in weak if c not in first]
    limit = max(0, limit - len(first))
    strongest = max((_weight(ctx, c, "for") for c in claims if c.lean == "for"), default=0)
    extra = [c for c in weak[limit:] if _weight(ctx, c, "against") >= strongest]
    return first + weak[:limit] + extra[:EXTRA_WEAKNESSES]


SAFEGUARDING_GROUP = "SW"  # the framework's criterion group on safeguarding and welfare


def _safeguarding(ctx: Context, claim: Claim) -> bool:
    """Whether a claim is about safeguarding (a criterion of the framework's
    `SAFEGUARDING_GROUP`): its weakness is stated first, whatever the grade (reader 5,
    finding 1: a bruising referral left for nine days is never left out of an area's
    section for the grade's count of weaknesses)."""
    try:
        return ctx.data.framework.criterion(claim.criterion).group == SAFEGUARDING_GROUP
    except KeyError:
        return False


def development(ctx: Context, claims: Sequence[Claim]) -> Paragraph | None:
    """The weaknesses, in proportion to the grade: opened with "However," when the
    grade is good or better, with an example of the first and what it meant for the
    children concerned."""
    d = ctx.data
    w = d.words
    sentences: list[Sentence] = []
    illustrated = False
    for k, claim in enumerate(weaknesses(ctx, claims)):
        first = claim_sentence(ctx, claim)
        if first is None:
            continue
        first.flags = list(dict.fromkeys([*first.flags, *ctx.flags]))
        sentences.append(first)
        if not illustrated and may_illustrate(ctx, claim, "against"):
            _st, dv = example_records(ctx, claim)
            ex = example(
                ctx.pool, dv, ctx.used, ctx.voice, leads=w.weakness_example_leads, key=ctx.key,
                target=target(ctx, claim, "development", first.text),
                about_service=not claim.by_cases,
            )  # fmt: skip
            if ex is not None:
                sentences.append(ex)
                illustrated = True
        if k in (0, 2):
            impact = impact_sentence(ctx, claim)
            if impact is not None:
                sentences.append(impact)
    if not sentences:
        return None
    if ctx.grade in (None, "outstanding", "good") and _leads_with_weakness(ctx, sentences[0]):
        opener = ctx.voice.must(w.development_openers, ctx.key, "however")
        if opener:
            s = sentences[0]
            text = s.text if s.text.split(" ", 1)[0].isupper() else s.text[0].lower() + s.text[1:]
            s.text = opener + text
    return Paragraph(theme="development", sentences=sentences[:MAX_SENTENCES])


def _leads_with_weakness(ctx: Context, first: Sentence) -> bool:
    """Whether the paragraph's first sentence says the weakness first, so that it may
    open "However, ...": not a balanced claim that states the strength first ("However,
    in one of the three cases, case records are up to date; in two, ...")."""
    if first.direction != "balanced" or not first.criteria:
        return True
    return ctx.ends.get(first.criteria[0]) == "for"  # the strength said last


def placeholder(ctx: Context, theme: str) -> Paragraph:
    """A paragraph for the lead to write: no evidence on a theme is recorded yet."""
    w = ctx.data.words
    text = w.text["theme_placeholder"].format(theme=w.themes.get(theme, theme), place=ctx.area)
    return Paragraph(
        theme="placeholder",
        sentences=[Sentence(text=text, role="placeholder", basis="No evidence recorded")],
    )
