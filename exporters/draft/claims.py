"""A claim put into words: the sentence for one criterion's tally, and its impact.

A claim about cases is a share of the sampled cases with a view on the criterion, in
the framework's proportion words; where both sides are material it is one balanced
sentence ("While in most cases ..., in a small number of cases ..."), never two
opposed claims.  With fewer cases than the framework's `min_cases` it gives counts
("In two of the three cases sampled"), and the comment says "small sample".  A claim
about the service (leadership and partnership criteria) is never a share of cases: it
names its sources, and its tally stays in the comment.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import zip_longest

from exporters.draft.data import DraftData
from exporters.draft.tallies import Claim, Pool
from exporters.draft.trace import Used, Voice, traced
from exporters.draft.words import (
    capitalise,
    count_of,
    has_words,
    join_list,
    number_text,
    of_form,
    proportion_word,
)
from exporters.model import Flag, Sentence


@dataclass
class Context:
    """One section being drafted, and the report-wide memory it shares."""

    pool: Pool
    voice: Voice
    used: Used
    key: str
    area: str  # "Area 6", "Areas 15a and 15b", or the organisation for national sections
    place: str  # the area's name, or the organisation
    grade: str | None = None
    law: str = ""  # the law type a practice judgement's section counts ("PRIVATE")
    flags: list[Flag] = field(default_factory=list)  # for every claim in the section
    ends: dict[str, str] = field(default_factory=dict)  # criterion -> "for"/"against":
    # which side a balanced claim's sentence says last (an example follows only that side)
    stated: set[str] = field(default_factory=set)  # criteria already stated
    openings: set[str] = field(default_factory=set)  # how the section's sentences open

    @property
    def data(self) -> DraftData:
        return self.pool.data


def sources_phrase(ctx: Context, evs: Iterable[int]) -> str:
    """The commonest sources of some records, as the report names them."""
    d = ctx.pool.data
    nouns = d.words.source_nouns
    codes = [c for c, _ in Counter(d.source[i] for i in evs).most_common(3)]
    named = [nouns.get(c, c.lower().replace("_", " ")) for c in codes]
    if not named:
        return "the evidence"
    return named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]


def _interleave(first: Sequence[int], second: Sequence[int]) -> list[int]:
    return [i for pair in zip_longest(first, second) for i in pair if i is not None]


def claim_records(ctx: Context, claim: Claim) -> tuple[list[int], list[int]]:
    """The claim's records for and against: strengths of the cases counted for (and
    about the service), development points of the cases counted against."""
    pool, t = ctx.pool, claim.tally
    case = pool.data.case
    pos, neg = set(t.pos), set(t.neg)
    st = [i for i in pool.records(claim.criterion, "strength") if (case[i] in pos) or not case[i]]
    dv = [i for i in pool.records(claim.criterion, "development") if case[i] in neg or not case[i]]
    return st, dv


def claim_sentence(ctx: Context, claim: Claim) -> Sentence | None:
    """The claim in one sentence (None when every wording has been said already)."""
    d = ctx.pool.data
    w, t = claim.words, claim.tally
    st, dv = claim_records(ctx, claim)
    family = "cases" if claim.by_cases else "service"
    kind = claim.direction if claim.direction != "balanced" else f"balanced_{claim.lean}"
    if claim.small:
        kind = "small_" + claim.direction
    frames = d.words.frames[family][kind]
    if ctx.area == ctx.place:  # a national section: "In Cafcass, ..." is not the voice
        frames = tuple(f for f in frames if "{place}" not in f) or frames
    pos_n, neg_n = len(t.pos), len(t.neg)
    pos = proportion_word(d.rules, pos_n, t.views)
    neg = proportion_word(d.rules, neg_n, t.views)
    src = sources_phrase(ctx, st if claim.lean == "for" else dv)
    fill = {
        "pos": pos, "neg": neg, "Pos_of": capitalise(of_form(pos)), "neg_of": of_form(neg),
        "for_n": number_text(pos_n), "against_n": number_text(neg_n), "n": number_text(t.views),
        "for_of": count_of(pos_n, t.views), "against_of": count_of(neg_n, t.views),
        "shows": "shows" if pos_n == 1 else "show",
        "src": src, "place": ctx.place, "area": ctx.area,
    }  # fmt: skip
    options: dict[str, str] = {}  # sentence -> the side it says last
    for frame in frames:
        for s in w.strength:
            for x in (
                w.weakness if "{weakness}" in frame or "{Weakness}" in frame else w.weakness[:1]
            ):
                said = frame.format(
                    **fill, strength=s, Strength=capitalise(s), weakness=x, Weakness=capitalise(x)
                )
                last = "against" if said.lower().rfind(x.lower()) > said.lower().rfind(
                    s.lower()) else "for"  # fmt: skip
                options.setdefault(capitalise(said), last)
    laws = {d.case_law[k] for k in (*t.pos, *t.neg, *t.mixed)}
    law = ctx.law or (laws.pop() if len(laws) == 1 else "")
    text = ctx.voice.choose(
        suited(ctx, list(options), law), ctx.key, claim.criterion, openings=ctx.openings
    )
    if text is None:
        return None
    ctx.ends[claim.criterion] = options[text] if claim.direction == "balanced" else claim.direction
    flags: list[Flag] = list(ctx.flags)
    if claim.small:
        flags.append("small sample")
    if claim.direction == "balanced" or t.mixed:
        flags.append("mixed evidence")
    if claim.direction == "for":
        evs, cases = st, t.pos
    elif claim.direction == "against":
        evs, cases = dv, t.neg
    else:
        lean, other = (st, dv) if claim.lean == "for" else (dv, st)
        evs, cases = _interleave(lean, other), (*t.pos, *t.neg)
    basis = t.line(claim.by_cases) + (" (small sample: no proportion word)" if claim.small else "")
    ctx.stated.add(claim.criterion)
    return traced(
        text, evs, d, role="claim", case_refs=ctx.pool.refs(cases), criteria=[claim.criterion],
        basis=basis, flags=flags, cases=cases, direction=claim.direction,
        by_cases=claim.by_cases,
    )  # fmt: skip


def suited(ctx: Context, options: list[str], law: str = "") -> list[str]:
    """The wordings that suit the law type (the section's, or that of every case the
    claim counts): in public law, none about the parents' dispute (the `law_cues` of
    the other law types); all of them when none suits, so that the claim is made."""
    law = law or ctx.law
    if not law:
        return options
    cues = [c for other, cs in ctx.data.words.law_cues.items() if other != law for c in cs]
    fit = [o for o in options if not any(has_words(o, c) for c in cues)]
    return fit or options


def may_illustrate(ctx: Context, claim: Claim, side: str) -> bool:
    """Whether an example of `side` ("for": a strength, "against": a weakness) may follow
    the claim's sentence: a claim about cases that is balanced is illustrated only on
    the side its sentence says last, so that an example never sits beside the clause
    it contradicts ("... in many cases the recommendation did not follow from the
    analysis. In one case, the report sets out each option ...")."""
    if claim.direction != "balanced" or not claim.by_cases:
        return True
    return ctx.ends.get(claim.criterion) == side


def impact_sentence(ctx: Context, claim: Claim) -> Sentence | None:
    """What the claim means for children, in words not yet used in the report; none
    after a balanced claim, whose last clause says the other way ("..., although in
    many cases direct work was not adapted" is not followed by "Children are
    therefore able to ...")."""
    if claim.direction == "balanced":
        return None
    w = claim.words
    options = w.impact if claim.lean == "for" else w.weak_impact
    t = claim.tally
    laws = {ctx.data.case_law[k] for k in (*t.pos, *t.neg, *t.mixed)}
    law = ctx.law or (laws.pop() if len(laws) == 1 else "")
    text = ctx.voice.choose(
        suited(ctx, list(options), law), ctx.key, claim.criterion, "impact",
        openings=ctx.openings,
    )  # fmt: skip
    if text is None:
        return None
    return Sentence(text=text, criteria=[claim.criterion], role="impact",
                    basis="Impact of the claim before")  # fmt: skip


def claim_with_impact(ctx: Context, claim: Claim, impact: bool) -> list[Sentence]:
    """The claim's sentence and, when asked for, its impact."""
    first = claim_sentence(ctx, claim)
    if first is None:
        return []
    out = [first]
    if impact:
        more = impact_sentence(ctx, claim)
        if more is not None:
            out.append(more)
    return out


def stakeholder_views(ctx: Context) -> Sentence | None:
    """What judges, local authorities and partners told inspectors about the service,
    by the balance of their records (strengths against development points)."""
    d = ctx.pool.data
    w = d.words
    sources = sorted(w.partner_quotes)
    records = ctx.pool.of_sources(sources)
    if not records:
        return None
    pos = [i for i in records if d.polarity[i] == "strength"]
    neg = [i for i in records if d.polarity[i] == "development"]
    if not pos and not neg:
        return None
    present = {d.source[i] for i in records}
    groups = [g for src, gs in w.stakeholder_groups.items() if src in present for g in gs]
    if not groups:
        return None
    share = len(neg) / (len(pos) + len(neg))
    kind = "for" if share < 0.2 else "against" if share > 0.6 else "mixed"
    who = join_list(groups)
    national = ctx.area == ctx.place
    fill = {"in_area": "" if national else f" in {ctx.area}",
            "in_place": "" if national else f" in {ctx.place}"}  # fmt: skip
    options = [f.format(Groups=capitalise(who), groups=who, **fill) for f in w.stakeholders[kind]]
    text = ctx.voice.choose(options, ctx.key, "stakeholders")
    if text is None:
        return None
    flags: list[Flag] = ["mixed evidence"] if kind == "mixed" else []
    return traced(
        text, pos + neg, d, role="views", basis=f"{len(pos)} strength and {len(neg)} "
        f"development records from {who}", flags=flags, direction="for" if kind == "for"
        else "against" if kind == "against" else "balanced",
    )  # fmt: skip


def unsaid(ctx: Context, claims: Iterable[Claim]) -> list[Claim]:
    """The claims whose criterion the section has not stated yet."""
    return [c for c in claims if c.criterion not in ctx.stated]
