"""What a claim means for children: the sentence after a claim on its impact, said only
where the tally carries it and one of its records states a consequence, in words the
records bear out and nothing in the section speaks against (split from `claims`)."""

from __future__ import annotations

from collections.abc import Sequence

from exporters.draft import subjects
from exporters.draft.attributed import is_attributed
from exporters.draft.claims import Context, claim_records, claim_sentence, suited
from exporters.draft.consequence import said_by_notes
from exporters.draft.relevance import borne_out_each
from exporters.draft.shapes import not_after
from exporters.draft.tallies import Claim
from exporters.draft.trace import opening
from exporters.model import Sentence


def impact_supported(ctx: Context, claim: Claim) -> bool:
    """Whether the tally carries a sentence on what the claim means for children: for a
    strength, a claim that is clearly for (not balanced, not a small sample, more than
    half the cases with a view for it) and that the cases graded on the criterion do
    not contradict; for a weakness, one resting on at least two cases or records ("these
    children").  Either way, only where one of the records behind the claim states a
    consequence (`support.toml`), and never after a claim said as what its sources say
    (`exporters.draft.attributed`)."""
    t = claim.tally
    d = ctx.data
    st, dv = claim_records(ctx, claim)
    side = st if claim.lean == "for" else dv
    if is_attributed(d, claim, st, dv):
        return False
    texts = d.texts(side)
    if not d.words.support.states_consequence([texts[i].text for i in side]):
        return False
    if claim.lean == "against":
        return len(t.neg) + len(t.wide_neg) >= 2
    if claim.direction != "for" or claim.small or len(t.pos) + len(t.wide_pos) < 2:
        return False
    if claim.by_cases and 2 * len(t.pos) <= t.views:
        return False
    good = d.graded_good.get(claim.criterion, set()) & ctx.pool.case_ids
    weak = d.graded_weak.get(claim.criterion, set()) & ctx.pool.case_ids
    return len(weak) <= len(good)


def impact_sentence(ctx: Context, claim: Claim) -> Sentence | None:
    """What the claim means for children, in words not yet used in the report; none
    after a balanced claim, whose last clause says the other way ("..., although in
    many cases direct work was not adapted" is not followed by "Children are
    therefore able to ..."), nor where the tally does not carry it (`impact_supported`).
    Its wording must agree with the records: naming nothing the claim's own records do
    not mention (`support.toml`, [[particular]]), and, for a strength, nothing that a
    development record in the section speaks of ("children's cases are heard without avoidable delay" is not
    said where a judge complained of late reports: `contradicted`)."""
    if claim.direction == "balanced" or claim.contrary or not impact_supported(ctx, claim):
        return None
    st, dv = claim_records(ctx, claim)
    w = subjects.following(ctx.data, claim, st, dv).words
    options = w.impact if claim.lean == "for" else w.weak_impact
    t = claim.tally
    side = st if claim.lean == "for" else dv
    # What a strength meant for children is said only where nothing in the section
    # speaks against it; a weakness's impact is about "these children" alone.
    against = (
        [i for c in ctx.pool.criteria() for i in ctx.pool.records(c, "development")]
        if claim.lean == "for" else []
    )  # fmt: skip
    d = ctx.data
    said = d.texts(side)
    options = tuple(o for o in d.words.support.fitting(options, [said[i].text for i in side])
                    if not contradicted(ctx, o, against) and said_by_notes(ctx, claim, o))  # fmt: skip
    if claim.lean == "against" and claim.by_cases:  # "these children": every one of them
        options = tuple(o for o in options if borne_out_each(d, o, side, t.neg))
    laws = {ctx.data.case_law[k] for k in (*t.pos, *t.neg, *t.mixed)}
    law = ctx.law or (laws.pop() if len(laws) == 1 else "")
    text = ctx.voice.choose(
        not_after(ctx, suited(ctx, list(options), law)), ctx.key, claim.criterion, "impact",
        openings=ctx.openings,
    )  # fmt: skip
    if text is None:
        return None
    return Sentence(text=text, criteria=[claim.criterion], role="impact",
                    basis="Impact of the claim before")  # fmt: skip


def contradicted(ctx: Context, wording: str, against: Sequence[int]) -> bool:
    """Whether a record of the other side speaks against a wording: it mentions a
    particular the wording names (`support.toml`, [[particular]]: "delay", "timely")."""
    d = ctx.data
    if not against:
        return False
    texts = d.texts(against)
    named = [p for p in d.words.support.particulars if p.draft.search(wording)]
    return any(p.evidence.search(texts[i].text) for p in named for i in against)


def claim_with_impact(ctx: Context, claim: Claim, impact: bool) -> list[Sentence]:
    """The claim's sentence and, when asked for, its impact."""
    first = claim_sentence(ctx, claim)
    if first is None:
        return []
    out = [first]
    if impact:
        ctx.previous = opening(first.text)
        more = impact_sentence(ctx, claim)
        if more is not None:
            out.append(more)
    return out
