"""The strengths a section's cases clearly bear out beyond those it states in full,
drafted in one sentence with their counts (issue 15, session 16: tester 15's 2021 draft
held 19 placeholders, many "[Strengths also found, not yet drafted: interviews with
parents before the first hearing (seven of seven cases), direct work with children (six
of six cases), ...]", points the evidence supports that the lead had to write in).

A practice paragraph states its weightiest strengths in full, with an example, up to
`paragraphs.MAX_CLAIMS`.  Each other point about cases that is clearly a strength of the
section's cases is then named in one sentence, its count of cases beside it ("Inspectors
also found strengths in interviews with parents before the first hearing (in all seven
cases with evidence on it), direct work with children (all six) and ..."): a claim
going for, not balanced, with at least `material_cases` cases for and `MOSTLY` times as
many for as against, material (`coverage.material_strength`), one the section may state
(`onecase.stands`), whose notes speak of its topic (never one `relevance.off_topic`
marks as perhaps tagged wrongly), and not about safeguarding (`casethemes.safeguarding`:
a safeguarding strength is said in full, weighed against the safeguarding key finding,
never named in passing beside a finding that it fails elsewhere).  At most `[more_strengths] most` of them, `each` to a
sentence, the most cases for first; the rest, and any point found both ways or on thin evidence, stay in
the placeholder for the lead (`coverage.unsaid_strengths`).  Wording:
`drafting.toml` [more_strengths].
"""

from __future__ import annotations

from collections.abc import Sequence

from exporters.draft import coverage as cover
from exporters.draft.casethemes import safeguarding
from exporters.draft.claims import Context, unsaid
from exporters.draft.headlines import MOSTLY
from exporters.draft.onecase import stands
from exporters.draft.relevance import off_topic
from exporters.draft.tables import drafting_table
from exporters.draft.tallies import Claim, same_point
from exporters.draft.trace import traced
from exporters.draft.words import join_list, number_text
from exporters.model import Sentence


def clear(ctx: Context, c: Claim) -> bool:
    """Whether a claim is a strength of the section's cases clear enough to name with its
    count (see the module's docstring)."""
    t, d = c.tally, ctx.data
    if not c.by_cases or c.direction != "for" or c.lean != "for" or c.criterion in safeguarding(d):
        return False
    if len(t.pos) < max(d.rules.material_cases, MOSTLY * len(t.neg)) or 2 * len(t.pos) <= t.views:
        return False
    if not cover.material_strength(ctx, c) or not stands(ctx, c):
        return False
    return not off_topic(d, c.criterion, ctx.pool.records(c.criterion, "strength"))


def more_strengths(ctx: Context, claims: Sequence[Claim], theme: str) -> list[Sentence]:
    """The sentences naming the theme's other clear strengths with their counts, at most
    `[more_strengths] each` to a sentence (none where there is none); their points are
    then stated (`Context.stated`)."""
    w = drafting_table("more_strengths")
    found: list[Claim] = []
    for c in sorted(unsaid(ctx, claims), key=lambda c: (-len(c.tally.pos), c.criterion)):
        if c.theme != theme or not clear(ctx, c):
            continue
        if all(same_point(c.criterion).isdisjoint(same_point(k.criterion)) for k in found):
            found.append(c)
    found = found[: int(w["most"])]
    each = int(w["each"])
    return [_sentence(ctx, w, found[k : k + each]) for k in range(0, len(found), each)]


def _sentence(ctx: Context, w: dict[str, object], found: list[Claim]) -> Sentence:
    """One sentence naming some clear strengths with their counts."""
    items = [_item(w, c, first=k == 0) for k, c in enumerate(found)]
    frames = w["frames"]
    assert isinstance(frames, list)
    options = [str(f).format(items=join_list(items)) for f in frames]
    text = ctx.voice.choose(options, ctx.key, "more_strengths", openings=ctx.openings) or options[0]
    d = ctx.data
    cases = [k for c in found for k in c.tally.pos]
    evs = [i for c in found for i in ctx.pool.records(c.criterion, "strength")
           if d.case[i] in set(c.tally.pos)]  # fmt: skip
    basis = "; ".join(
        f"In {len(c.tally.pos)} of {c.tally.views} cases with a view on {c.criterion}"
        + (f"; against in {len(c.tally.neg)}" if c.tally.neg else "")
        for c in found
    )
    ctx.stated.update(c.criterion for c in found)
    return traced(text, evs, d, role="claim", criteria=[c.criterion for c in found],
                  basis=basis, direction="for", cases=cases)  # fmt: skip


def _item(w: dict[str, object], c: Claim, first: bool) -> str:
    """One strength and its count: "direct work with children (in all six cases with
    evidence on it)", after the first more briefly: "(all six)", "(five of six)",
    "(both)"."""
    t = c.tally
    n, k = number_text(t.views), number_text(len(t.pos))
    every = "both" if t.views == 2 else "all"
    key = (every if len(t.pos) == t.views else "some") + ("" if first else "_again")
    return str(w[key]).format(noun=c.words.noun, n=n, k=k)
