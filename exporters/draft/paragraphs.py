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

from exporters.draft import coverage as cover
from exporters.draft import leadersrest
from exporters.draft.childwords import with_child_words, words_left
from exporters.draft.claims import (
    Context,
    claim_sentence,
    example_records,
    may_illustrate,
    stakeholder_views,
    target,
    unsaid,
)
from exporters.draft.concerns import one_case_sentence
from exporters.draft.escalations import escalation_sentences
from exporters.draft.examples import example, stakeholder_quote
from exporters.draft.fitting import lower_first
from exporters.draft.impact import claim_with_impact, impact_sentence
from exporters.draft.morestrengths import more_strengths
from exporters.draft.onecase import stands
from exporters.draft.splitting import LONG_WORDS as LONG_WORDS
from exporters.draft.splitting import split_long as split_long
from exporters.draft.strengthrank import ranked
from exporters.draft.tallies import Claim, same_point
from exporters.draft.trace import opening
from exporters.draft.viewquote import bearing_out, named_again, view_quote
from exporters.draft.weakchoice import EXTRA_WEAKNESSES as EXTRA_WEAKNESSES
from exporters.draft.weakchoice import weaknesses
from exporters.draft.weakchoice import weight as _weight
from exporters.model import Paragraph, Sentence

MAX_CLAIMS = 3
MAX_SENTENCES = 8


def _strengths(ctx: Context, claims: Sequence[Claim], theme: str) -> list[Claim]:
    """A theme's strengths that the section states, by share and importance (`ranked`;
    the rest with material evidence are named: `coverage.unsaid_strengths`)."""
    return _one_each(ranked(ctx, [c for c in unsaid(ctx, claims) if c.theme == theme
                                  and c.lean == "for" and stands(ctx, c)]))[:MAX_CLAIMS]  # fmt: skip


def _one_each(claims: Sequence[Claim]) -> list[Claim]:
    """The claims, less any making the same point as one before it (`tallies.same_point`:
    managers' oversight of practice, which counts the case files on management oversight,
    and those case files): a section states each point once."""
    out: list[Claim] = []
    for c in claims:
        if all(same_point(c.criterion).isdisjoint(same_point(k.criterion)) for k in out):
            out.append(c)
    return out


def _stated(ctx: Context, claim: Claim) -> bool:
    """Whether the section has stated the claim's point already (in another sentence of
    the paragraph being built, or in another paragraph)."""
    return not unsaid(ctx, [claim])


def _claims_with_example(
    ctx: Context, chosen: Sequence[Claim], *, about_service: bool, leads: Sequence[str]
) -> list[Sentence]:
    """The claims in order, each with its impact where the claim before it has none
    (never two running), and one example placed after the first claim that has one."""
    out: list[Sentence] = []
    illustrated = False
    impact = True
    for claim in chosen:
        if _stated(ctx, claim):
            continue
        ctx.side, ctx.illustrate = "for", not illustrated
        ctx.previous = opening(out[-1].text) if out else ""
        said = claim_with_impact(ctx, claim, impact=impact)
        ctx.side, ctx.illustrate = "", False
        if not said:
            continue
        impact = not any(s.role == "impact" for s in said)
        out += said
        if illustrated or not may_illustrate(ctx, claim, "for"):
            continue
        st = _own(ctx, example_records(ctx, claim)[0])
        ex = example(
            ctx.pool, st, ctx.used, ctx.voice, leads=leads, key=ctx.key,
            target=target(ctx, claim, "strength", said[0].text), about_service=about_service,
        )  # fmt: skip
        if ex is not None:
            out.append(ex)
            illustrated = True
    return out


def _own(ctx: Context, records: Sequence[int]) -> list[int]:
    """The records an example may come from: none tagged with a criterion another
    section counting the same cases says (`LinkedPool.elsewhere`: under the 2013
    framework, a note on safeguarding and analysis illustrates neither in the
    safeguarding section, which leaves analysis to the quality of practice's)."""
    elsewhere: frozenset[str] = getattr(ctx.pool, "elsewhere", frozenset())
    crits = ctx.data.crits
    return [i for i in records if elsewhere.isdisjoint(crits[i])] if elsewhere else list(records)


def _chunks(theme: str, sentences: Sequence[Sentence]) -> list[Paragraph]:
    """A theme's sentences as paragraphs of at most about `MAX_SENTENCES` (`_pack`):
    a long paragraph becomes two, so nothing is cut."""
    return _pack(theme, [[s] for s in sentences])


def _with_service_weaknesses(
    ctx: Context, claims: Sequence[Claim], theme: str, body: list[Sentence], said: int
) -> list[Sentence]:
    """In an area section, a theme's findings about the service in both directions: after
    its strengths, its weaknesses in proportion (`coverage.service_weaknesses`), the
    first opened "However," after a strength, the rest named together."""
    if not ctx.pool.areas:
        return body
    stated, grouped = cover.service_weaknesses(ctx, claims, theme, said)
    out: list[Sentence] = []
    illustrated = False
    for claim in stated:
        if _stated(ctx, claim):
            continue
        ctx.side, ctx.illustrate = "against", not illustrated
        ctx.previous = opening((out or body)[-1].text) if out or body else ""
        s = claim_sentence(ctx, claim)
        ctx.side, ctx.illustrate = "", False
        if s is None:
            continue
        if cover.worn(ctx, claim, s.text):  # its words said twice in the report already
            grouped = [claim, *grouped]
            continue
        out.append(s)
        if not illustrated and may_illustrate(ctx, claim, "against"):
            ex = example(
                ctx.pool, example_records(ctx, claim)[1], ctx.used, ctx.voice,
                leads=ctx.data.words.weakness_example_leads, key=ctx.key,
                target=target(ctx, claim, "development", s.text), about_service=True,
            )  # fmt: skip
            if ex is not None:
                out.append(ex)
                illustrated = True
    also = cover.service_group(ctx, grouped, also=bool(out))
    if also is not None:
        out.append(also)
    if out and body and weighs_against(ctx):
        # A section weighing against states a theme's weaknesses before its strengths
        # (tester 13: the weakest area's leadership paragraph opened on a one-case
        # strength, "File evidence suggests that work on secure accommodation
        # applications is of a good standard", then "Nevertheless, ...").
        return [*out, *body]
    weak_last = [x.direction for x in body if x.role == "claim"][-1:] == ["against"]
    if out and body and _leads_with_weakness(ctx, out[0]) and not (cover.turned(body) or weak_last):
        _open_with_however(ctx, out[0])  # not after a sentence that has said a weakness
    return [*body, *out]


def weighs_against(ctx: Context) -> bool:
    """Whether the section weighs against: graded below good, or with no grade to follow
    and its case files weighing against (`tallies.Pool.weighs_against`), as the section
    puts its weaknesses first (`sections._paragraphs`)."""
    return ctx.grade in ("requires-improvement", "inadequate") or (
        ctx.grade is None and ctx.pool.weighs_against()
    )


def _said_strengths(sentences: Sequence[Sentence]) -> int:
    return sum(1 for s in sentences if s.role == "claim")


def leadership(ctx: Context, claims: Sequence[Claim], lead: Sequence[Sentence]) -> list[Paragraph]:
    """The opening paragraph: the headline, then what leaders achieve and, in an area,
    where they fall short."""
    w = ctx.data.words
    # What the grade rests on, and whose own view agrees with the inspectors'.
    lead = [*lead, *leadersrest.sentences(ctx, [c for c in claims if c.theme == "leadership"])]
    chosen = _strengths(ctx, claims, "leadership")
    body = _claims_with_example(ctx, chosen, about_service=True, leads=w.service_example_leads)
    body = _with_service_weaknesses(ctx, claims, "leadership", body, _said_strengths(body))
    return _chunks("leadership", [*lead, *body])


def partners(ctx: Context, claims: Sequence[Claim]) -> list[Paragraph]:
    """Partnership working: what stakeholders say, the partnership findings, and one
    stakeholder's own words."""
    w = ctx.data.words
    sentences: list[Sentence] = []
    views = stakeholder_views(ctx)
    heard = None  # a stakeholder's own words bearing the views out (`viewquote`)
    if views is not None:
        sentences.append(views)
        heard = view_quote(ctx.pool, ctx.used, ctx.voice, ctx.law, ctx.area) or (
            stakeholder_quote(ctx.pool, ctx.used, ctx.voice, w.partner_quotes,
                              bearing_out(ctx.pool, views, None, ctx.law, ctx.area)))  # fmt: skip
        if heard is not None:
            sentences.append(heard)
    chosen = _strengths(ctx, claims, "partners")
    found = _claims_with_example(ctx, chosen, about_service=True, leads=w.service_example_leads)
    sentences += _with_service_weaknesses(ctx, claims, "partners", found, _said_strengths(found))
    # One stakeholder's quotation a section at most, on the side and subject of what it
    # follows (`viewquote.bearing_out`): the views sentence's, else the last claim's.
    claimed = [x for x in sentences if x.direction]
    quote = None if views is not None or not claimed else stakeholder_quote(
        ctx.pool, ctx.used, ctx.voice, w.partner_quotes,
        bearing_out(ctx.pool, None, claimed[-1]))  # fmt: skip
    if quote is not None:
        sentences.append(quote)
    return _chunks("partners", named_again(w, sentences))


def practice(ctx: Context, claims: Sequence[Claim]) -> list[Paragraph]:
    """The quality of practice: shares of the sampled cases, an example, a child's own
    words and a family's view."""
    w = ctx.data.words
    chosen = _with_a_voice(ctx, claims, _strengths(ctx, claims, "practice"))
    sentences = _claims_with_example(ctx, chosen, about_service=False, leads=w.example_leads)
    if sentences:
        sentences = with_child_words(ctx.pool, ctx.used, ctx.voice, sentences, ctx.ends)
        family = stakeholder_quote(ctx.pool, ctx.used, ctx.voice, w.family_quotes)
        if family is not None and len(sentences) < MAX_SENTENCES:
            sentences.append(family)
        # The other strengths its cases clearly bear out, with their counts, rather than
        # a placeholder asking the lead to write them in (`morestrengths.py`).
        sentences += more_strengths(ctx, claims, "practice")
    said = _said_strengths(sentences)
    return _chunks("practice", _with_service_weaknesses(ctx, claims, "practice", sentences, said))


def _with_a_voice(ctx: Context, claims: Sequence[Claim], chosen: list[Claim]) -> list[Claim]:
    """The practice strengths to state, one of them a point a child's own recorded words
    may follow where any is left (`childwords.words_left`): where none of the weightiest
    is, the weightiest of the rest with material evidence that is takes the last place,
    so a section whose children's words fit one of its strengths quotes a child."""
    if not chosen or any(words_left(ctx.pool, ctx.used, c.criterion) for c in chosen):
        return chosen
    taken = {k for c in chosen for k in same_point(c.criterion)}
    for c in unsaid(ctx, claims):
        if c.theme != "practice" or c.lean != "for" or not c.by_cases or c in chosen:
            continue
        if taken.isdisjoint(same_point(c.criterion)) and cover.material_strength(ctx, c) and (
            stands(ctx, c) and words_left(ctx.pool, ctx.used, c.criterion)
        ):  # fmt: skip
            return [*chosen[: MAX_CLAIMS - 1], c]
    return chosen


def workforce(ctx: Context, claims: Sequence[Claim]) -> list[Paragraph]:
    """The workforce: workloads, support, culture and development."""
    w = ctx.data.words
    chosen = _strengths(ctx, claims, "workforce")
    body = _claims_with_example(ctx, chosen, about_service=True, leads=w.service_example_leads)
    body = _with_service_weaknesses(ctx, claims, "workforce", body, _said_strengths(body))
    return _chunks("workforce", body)


def decides(
    ctx: Context, dev: Sequence[Paragraph], first: Sequence[Paragraph], lead: Sequence[Sentence]
) -> bool:
    """Whether the weaknesses (`dev`) come straight after the headline `lead` in a
    section graded below good, before the opening paragraph's findings about leadership
    (`first`): where that paragraph would open on a strength (a section graded
    inadequate or requires improvement leads with its weaknesses, safeguarding first;
    its strengths follow: tester 11, the public law section graded inadequate opening
    on management oversight, 7 cases for and 3 against), or where the weaknesses'
    weightiest claim rests on more cases and records against (`_weight`, with the case
    files a service claim counts) than any of the opening's."""
    if not any(s.role == "claim" for p in dev for s in p.sentences):
        return False
    claimed = [s for p in first for s in p.sentences
               if s.role == "claim" and not any(s is h for h in lead)]  # fmt: skip
    if claimed and claimed[0].direction != "against":
        return True

    def heaviest(paras: Sequence[Paragraph]) -> int:
        crits = {c for p in paras for s in p.sentences
                 if s.role == "claim" and s.direction != "for" and not any(s is h for h in lead)
                 for c in s.criteria}  # fmt: skip
        weights = [0]
        for crit in crits:
            c = ctx.pool.claim(crit)
            if c is not None:
                files = len(c.tally.files.neg) if c.tally.files is not None else 0
                weights.append(_weight(ctx, c, "against") + files)
        return max(weights)

    mine = heaviest(first)
    return mine > 0 and heaviest(dev) > mine


def weakness_block(
    ctx: Context, claim: Claim, k: int, illustrated: bool, before: Sentence | None = None
) -> list[Sentence]:
    """A weakness's sentence, an example (the paragraph's first that has one) and, for
    the first and third, what it meant for the children concerned (`k`: its place
    among the section's weaknesses)."""
    w = ctx.data.words
    ctx.side, ctx.illustrate = "against", not illustrated
    ctx.previous = opening(before.text) if before is not None else ""
    first = claim_sentence(ctx, claim)
    ctx.side, ctx.illustrate = "", False
    if first is None:
        return []
    first.flags = list(dict.fromkeys([*first.flags, *ctx.flags]))
    out = [first]  # where its cases against are: `concentration.add_where`, by the section
    if not illustrated and may_illustrate(ctx, claim, "against"):
        dv = _own(ctx, example_records(ctx, claim)[1])
        ex = example(
            ctx.pool, dv, ctx.used, ctx.voice, leads=w.weakness_example_leads, key=ctx.key,
            target=target(ctx, claim, "development", first.text),
            about_service=not claim.by_cases,
        )  # fmt: skip
        if ex is not None:
            out.append(ex)
    if k in (0, 2):
        ctx.previous = opening(out[-1].text)
        impact = impact_sentence(ctx, claim)
        if impact is not None:
            out.append(impact)
    return out


def development(
    ctx: Context, claims: Sequence[Claim], last: bool = True, before: Sequence[Paragraph] = (),
    escalations: bool = True,
) -> list[Paragraph]:  # fmt: skip
    """The weaknesses (`weaknesses`): opened with "However," when the grade is good or
    better and the paragraphs `before` end on a strength, with an example of the first and what it meant for the children concerned,
    the safeguarding concerns inspectors escalated (counts only) after the safeguarding
    weaknesses, and the one-case points in one sentence; split into two paragraphs
    rather than one long one."""
    esc = cover.escalations(ctx)
    chosen = weaknesses(ctx, claims, esc.criteria(ctx), last)
    blocks: list[list[Sentence]] = []
    illustrated = False
    after = 0  # the escalations follow the leading safeguarding weaknesses
    told = 0  # and any claim that said its escalated cases ("other cases" after it)
    for k, claim in enumerate(chosen.stated):
        if _stated(ctx, claim):
            continue
        held = len(ctx.escalations_said)
        block = weakness_block(ctx, claim, k, illustrated, blocks[-1][-1] if blocks else None)
        if not block:
            continue
        illustrated = illustrated or any(s.role == "example" for s in block)
        blocks.append(block)
        if after == len(blocks) - 1 and cover.safeguarding(ctx, claim.criterion):
            after = len(blocks)
        told = len(blocks) if len(ctx.escalations_said) > held else told
    for claim in chosen.concerns:  # one case, an escalated concern: said as that
        blocks.append([one_case_sentence(ctx, claim)])
        told = len(blocks)
    # Not again where the section's opening said them (`safefirst.said_first`).
    said = escalation_sentences(ctx, esc, {c.criterion for c in claims}) if escalations else []
    if said:
        blocks.insert(max(after, told, min(1, len(blocks))), said)
    group = cover.grouped_sentence(ctx, chosen.grouped, also=bool(blocks))
    if group is not None:
        blocks.append([group])
    note = cover.noted_points(chosen.noted)
    claimed = [s for b in blocks for s in b if s.role == "claim"]
    if note and claimed:
        claimed[-1].notes = [*claimed[-1].notes, note]
    if not blocks:
        return []
    first = blocks[0][0]
    claimed_before = [x for p in before for x in p.sentences if x.role == "claim"]
    # After a strength, or a grade's headline; never as the first words of a section.
    turn = (_main_side(ctx, claimed_before[-1]) == "for" if claimed_before
            else ctx.grade is not None)  # fmt: skip
    if ctx.grade in (None, "outstanding", "good") and turn and _leads_with_weakness(ctx, first):
        _open_with_however(ctx, first)  # not after a paragraph that ends on a weakness
    return _pack("development", blocks)


def _open_with_however(ctx: Context, s: Sentence) -> None:
    """Open a sentence with one of the framework's `development_openers` ("However, ")."""
    opener = ctx.voice.must(ctx.data.words.development_openers, ctx.key, "however")
    if opener:
        d = ctx.data  # "However, FCAs ...", never "However, fCAs ..."
        s.text = opener + lower_first(s.text, d.words.known_capitals | {d.inspection.organisation})


def _pack(theme: str, blocks: Sequence[list[Sentence]]) -> list[Paragraph]:
    """Blocks of sentences (a claim with its example and impact stay together) as
    paragraphs of about `MAX_SENTENCES` at most, split evenly; none is dropped."""
    total = sum(map(len, blocks))
    if not total:
        return []
    n = -(-total // MAX_SENTENCES)
    size = -(-total // n)
    paras: list[list[Sentence]] = []
    cur: list[Sentence] = []
    for b in blocks:
        if cur and len(cur) + len(b) > size and len(paras) < n - 1:
            paras.append(cur)
            cur = []
        cur = [*cur, *b]
    paras.append(cur)
    return [Paragraph(theme=theme, sentences=p) for p in paras]


def _leads_with_weakness(ctx: Context, first: Sentence) -> bool:
    """Whether the paragraph's first sentence states a weakness, so that it may open
    "However, ..." after a strength: a weakness, or a safeguarding concern escalated;
    never a balanced claim, which carries its own contrast ("However, while in some
    cases ..., in most of them ..." after a strength reads as a positive after a
    positive, and "Nevertheless, although ..." says the turn twice)."""
    return first.direction == "against" or (first.role != "claim" and not first.direction)


def _main_side(ctx: Context, s: Sentence) -> str:
    """The side a claim's main clause states: its direction, or for a balanced claim
    the side said last (`Context.ends`); "" when not known."""
    if s.direction == "balanced":
        return ctx.ends.get(s.criteria[0], "") if s.criteria else ""
    return s.direction


def placeholder(ctx: Context, theme: str) -> Paragraph:
    """A paragraph for the lead to write: no evidence on a theme is recorded yet."""
    w = ctx.data.words
    text = w.text["theme_placeholder"].format(theme=w.themes.get(theme, theme), place=ctx.area)
    return Paragraph(
        theme="placeholder",
        sentences=[Sentence(text=text, role="placeholder", basis="No evidence recorded")],
    )
