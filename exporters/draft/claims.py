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

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import zip_longest
from typing import TYPE_CHECKING

from exporters.draft import (
    arealaw,
    arealevel,
    casepractice,
    claimbasis,
    escalated,
    localfacts,
    service,
    stakeholders,
    subjects,
    wholeside,
)
from exporters.draft.attributed import is_attributed, named_sources, said_once
from exporters.draft.childwords import child_words_left
from exporters.draft.data import DraftData
from exporters.draft.evensplit import sides_frames
from exporters.draft.evenword import not_excepting
from exporters.draft.examples import may_follow
from exporters.draft.fitting import Target, has_any_words, law_of
from exporters.draft.lowcoverage import sparse
from exporters.draft.proportion import firm
from exporters.draft.relevance import borne_out_by_records, fitting_each, off_topic
from exporters.draft.sameness import fresh_wordings
from exporters.draft.shapes import (
    PLAIN,
    counted,
    echo_frames_of,
    first_tier,
    loses,
    noun_once,
    of_the_cases_counted,
    pairs,
    readable_shape,
    said_first,
    said_in,
    said_last,
    shape_keys,
    with_counted,
)
from exporters.draft.splitting import FAULT_WORDS, fault_apart
from exporters.draft.tallies import Claim, Pool, balanced_words, same_point
from exporters.draft.trace import Used, Voice, normal, opening, traced
from exporters.draft.words import (
    capitalise,
    count_of,
    counts_instead,
    even_split,
    for_one_case,
    number_text,
    proportion_word,
    side_words,
)
from exporters.model import Flag, Sentence

if TYPE_CHECKING:
    from exporters.draft.concerns import Told


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
    # The side the paragraph being built states ("for": strengths, "against": the
    # weaknesses; "" elsewhere), and whether an example of it may still follow the next
    # claim (none yet): a balanced claim is then said in a shape ending on that side.
    side: str = ""
    illustrate: bool = False
    previous: str = ""  # how the sentence before the next one opens (`trace.opening`)
    # How many of the section's balanced sentences (one side larger) say the larger
    # side first, and how many the smaller (`shapes.lean_last`).
    order: list[int] = field(default_factory=lambda: [0, 0])
    # How many of the section's balanced sentences each opening opens.
    balanced_openings: Counter[str] = field(default_factory=Counter)
    # The section's escalated concerns said as what happened (`concerns.tell`), and the
    # cases whose escalation a sentence has said (each is said once: `escalations`).
    told: list[Told] = field(default_factory=list)
    escalations_said: set[int] = field(default_factory=set)
    # The stakeholders' records the section has said as their view, by role and without
    # a sentence of their own (`service.cautious`): said once a section.
    views_told: set[int] = field(default_factory=set)

    @property
    def data(self) -> DraftData:
        return self.pool.data


def sources_phrase(ctx: Context, evs: Iterable[int]) -> str:
    """The commonest sources of some records, as the report names them."""
    d = ctx.pool.data
    evs = list(evs)
    codes = [c for c, _ in Counter(d.source[i] for i in evs).most_common(3)]
    named = named_sources(d, [i for i in evs if d.source[i] in codes])
    if not named:
        return "the evidence"
    return named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]


def _interleave(first: Sequence[int], second: Sequence[int]) -> list[int]:
    return [i for pair in zip_longest(first, second) for i in pair if i is not None]


def claim_records(ctx: Context, claim: Claim) -> tuple[list[int], list[int]]:
    """The claim's records for and against: for a claim about cases, the inspectors' own
    evidence on the cases counted for and against (never a stakeholder's view, nor a
    note about the service); for a claim about the service, the inspectors' own notes
    on the case files it answers to (`Tally.files`) first, then its records about the
    service and those of the cases counted."""
    pool, t = ctx.pool, claim.tally
    d = pool.data
    case, own = d.case, d.own
    pos, neg = set(t.pos), set(t.neg)
    if claim.by_cases:
        st = [i for i in pool.records(claim.criterion, "strength") if case[i] in pos and own[i]]
        dv = [i for i in pool.records(claim.criterion, "development") if case[i] in neg and own[i]]
        return st, dv
    from exporters.draft.ownview import views_only  # someone's word: no record (kf30)

    st = [i for i in pool.records(claim.criterion, "strength")
          if case[i] in pos or not (case[i] or i in views_only(d))]  # fmt: skip
    dv = [i for i in pool.records(claim.criterion, "development") if case[i] in neg or not case[i]]
    files = t.files
    if files is None:
        return st, dv
    # The case files the finding answers to first: the inspectors' own notes on them.
    fpos, fneg = set(files.pos), set(files.neg)
    crit = files.criterion
    f_st = [i for i in d.of_polarity.get((crit, "strength"), ()) if case[i] in fpos and own[i]]
    f_dv = [i for i in d.of_polarity.get((crit, "development"), ()) if case[i] in fneg and own[i]]
    return list(dict.fromkeys([*f_st, *st])), list(dict.fromkeys([*f_dv, *dv]))


def example_records(ctx: Context, claim: Claim) -> tuple[list[int], list[int]]:
    """The records an example of the claim may come from: its own (`claim_records`)
    and, for a claim about cases, what stakeholders said about the cases it counts (an
    example said as theirs, by role, where none of the inspectors' own evidence fits)."""
    st, dv = claim_records(ctx, claim)
    if not claim.by_cases:
        return st, dv
    d, t = ctx.data, claim.tally
    pos, neg = set(t.pos), set(t.neg)
    theirs_st = [i for i in ctx.pool.records(claim.criterion, "strength")
                 if d.case[i] in pos and not d.own[i]]  # fmt: skip
    theirs_dv = [i for i in ctx.pool.records(claim.criterion, "development")
                 if d.case[i] in neg and not d.own[i]]  # fmt: skip
    return st + theirs_st, dv + theirs_dv


def claim_sentence(ctx: Context, claim: Claim) -> Sentence | None:
    """The claim in one sentence (None when every wording has been said already).

    Its wording says no more than the records it rests on (`fitting_wordings`): a criterion
    wording none of them bears out gives way to a plainer one, or to the plain
    statement of what inspectors found (`support.toml`, [plain]); a claim about the
    service whose wording too few records bear out is said as what its sources said
    (`service.attributed`).  In an area, a finding about the service that the visited
    areas share is left to the national section (`localfacts.not_local`)."""
    d, areas = ctx.data, ctx.pool.areas
    if not claim.by_cases and localfacts.not_local(d, areas, claim.criterion, claim.direction):
        ctx.stated.add(claim.criterion)  # the areas' shared finding: said nationally (voice17)
        return None
    return _worded(ctx, claim)


def _worded(ctx: Context, claim: Claim) -> Sentence | None:
    """`claim_sentence` for a claim the section has to say."""
    d, (st, dv) = ctx.pool.data, claim_records(ctx, claim)
    claim = subjects.following(d, claim, st, dv)  # its subject from what its notes say
    claim = escalated.kept(ctx.pool, claim)  # an escalated concern: never balanced away
    claim = firm(d, claim)  # nothing the other way: never "incomplete" (`proportion`)
    w, t = claim.words, claim.tally
    if is_attributed(d, claim, st, dv) or not service.borne_out_enough(ctx, claim, st, dv):
        return said_once(ctx, claim, st, dv, service.attributed)  # once in the national sections
    family = d.words.frames["cases" if claim.by_cases else "service"]
    pos_n, neg_n = len(t.pos), len(t.neg)  # "four of the five", not "the vast majority of"
    counts = bool(claim.small or claim.by_cases and (
        sparse(t) or counts_instead(d.rules, pos_n, t.views, neg_n)))  # fmt: skip
    frames, near, counts = sides_frames(d, claim, counts, family, ctx.side)  # `evensplit`
    # Every case one way: "In none of the eight cases ..." (`wholeside`).
    frames, near = wholeside.frames(claim, family) or (frames, near)
    frames = arealaw.plain_frames(ctx, claim, frames)  # law types apart: no verdict (case16)
    if not ctx.pool.areas:  # a national section: "In Cafcass, ..." is not the voice
        frames = tuple(f for f in frames if "{place}" not in f) or frames
    if claim.by_cases and counted(ctx, claim) != "sampled":
        frames = tuple(dict.fromkeys(map(of_the_cases_counted, frames)))
    bal = claim.direction == "balanced"  # "most ... some", never "most ... many"
    pos, neg = balanced_words(d.rules, pos_n, neg_n, t.views) if bal else (
        proportion_word(d.rules, pos_n, t.views), proportion_word(d.rules, neg_n, t.views))  # fmt: skip
    even = bal and pos_n == neg_n and not counts  # "about half ... as many others"
    frames = not_excepting(frames, pos, neg, even)  # never "..., except in a minority"
    src = sources_phrase(ctx, st if claim.lean == "for" else dv)
    fill = {
        **side_words(pos, neg),
        "for_n": number_text(pos_n), "against_n": number_text(neg_n), "n": number_text(t.views),
        "for_of": count_of(pos_n, t.views), "against_of": count_of(neg_n, t.views),
        "shows": "shows" if pos_n == 1 else "show",
        "shows_against": "shows" if neg_n == 1 else "show",
        "do_for": "does" if pos_n == 1 else "do", "do_against": "does" if neg_n == 1 else "do",
        "For_of": capitalise(count_of(pos_n, t.views)),
        "Against_of": capitalise(count_of(neg_n, t.views)),
        "src": src, "place": ctx.place, "area": ctx.area, "counted": counted(ctx, claim),
        **wholeside.fill(claim),
    }  # fmt: skip
    options: dict[str, str] = {}  # sentence -> the side it says last
    first: dict[str, str] = {}  # sentence -> the side it says first
    shape: dict[str, str] = {}  # sentence -> the frame it is said in
    echoed: set[str] = set()  # sentences leaving a particular wording of a side unsaid
    strengths = _fresh(ctx, claim, fitting_wordings(ctx, claim, w.strength, st)) or _plain(
        ctx, "strength"
    )
    general = wholeside.general(claim)  # no case bears out a particular strength
    strengths = (_fresh(ctx, claim, general) or general) if general else strengths
    weaknesses = _fresh(ctx, claim, fitting_wordings(ctx, claim, w.weakness, dv)) or _plain(
        ctx, "weakness"
    )
    echo = (near or ()) if near is not None or not bal else echo_frames_of(claim, counts, family, ctx.side)  # fmt: skip
    echo = not_excepting(echo, pos, neg, even)
    if not ctx.pool.areas:
        echo = tuple(f for f in echo if "{place}" not in f)
    if claim.by_cases and counted(ctx, claim) != "sampled":
        echo = tuple(dict.fromkeys(map(of_the_cases_counted, echo)))
    # Hundreds of sentences a claim: what does not change from one to the next is
    # worked out once (each wording capitalised, a frame's sides and what it loses).
    caps = {x: capitalise(x) for x in (*strengths, *weaknesses)}
    for frame, fill["counted"] in with_counted(ctx, claim, (*frames, *echo)):
        if even:  # never "many ... many"
            fill.update(even_split(d.words, frame, pos, neg, pos_n, t.views))
        in_echo = frame in echo
        last, said_1st = said_last(frame), said_first(frame)
        lost = in_echo and loses(frame, strengths, weaknesses, w)
        for s, x, clauses in pairs(frame, strengths, weaknesses, in_echo):
            said = noun_once(frame.format(
                **fill, **clauses, strength=s, Strength=caps[s], weakness=x, Weakness=caps[x],
                noun=w.noun,  # a frame naming its point (`arealaw.named`)
            ), w.noun)  # fmt: skip
            if PLAIN in s + x and _AWKWARD.search(said) or wholeside.twice(said):
                continue  # "Inspectors found that, in most cases, inspectors found ..."
            said = capitalise(said)
            if said not in options:
                options[said], first[said], shape[said] = last, said_1st, frame
            if lost:
                echoed.add(said)
    laws = {d.case_law[k] for k in (*t.pos, *t.neg, *t.mixed)}
    law = ctx.law or (laws.pop() if len(laws) == 1 else "")
    illustrate, words = _illustrated(ctx, claim)

    fits = _suits_law(_other_law_cues(ctx, law))
    keys = shape_keys(ctx, claim, options, first, fits,
                      illustrate, None if words else ctx.order, shape)  # fmt: skip
    # A balanced claim: of those that read, both sides worded where any does.
    chosen = readable_shape(options, echoed, w.noun, keys) if bal else first_tier(options, keys)
    text = ctx.voice.choose(chosen, ctx.key, claim.criterion, openings=ctx.openings)
    if text is None:
        return None
    ctx.ends[claim.criterion] = options[text] if claim.direction == "balanced" else claim.direction
    if claim.direction == "balanced":
        ctx.balanced_openings[opening(text)] += 1
        if len(t.pos) != len(t.neg):
            ctx.order[first.get(text) != claim.lean] += 1
    said_in(ctx, claim, shape[text])  # the report's count of its shapes
    text = fault_apart(text, FAULT_WORDS)  # a long sentence's shared fault said apart
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
    basis = claimbasis.basis(ctx, claim, counts, flags)
    text, flags, basis = _checked(ctx, claim, text, flags, basis, evs)
    ctx.stated.add(claim.criterion)
    return escalated.stated(ctx.pool, claim, ctx.grade, arealevel.weighed(ctx, claim, traced(
        text, evs, d, role="claim", case_refs=ctx.pool.refs(cases), criteria=[claim.criterion],
        basis=basis, flags=flags, cases=(*cases, *t.held), direction=claim.direction,
        by_cases=claim.by_cases,
    )), ctx.escalations_said)  # fmt: skip


def _illustrated(ctx: Context, claim: Claim) -> tuple[str, bool]:
    """The side an example after the claim's sentence would illustrate ("" for none):
    its paragraph's (`Context.side`), where the paragraph has no example yet
    (`Context.illustrate`) and a record on that side left may give one, however the
    sentence is worded (`examples.may_follow`), or, in a
    paragraph on strengths, where a child's own words on it are left to quote (else a
    balanced claim is free to say its larger side first); and whether what would
    follow is a child's own words (kept whatever the order of the sides:
    `shapes.lean_last`)."""
    if claim.direction != "balanced":
        return "", False
    if (
        ctx.side
        and claim.by_cases
        and child_words_left(ctx.pool, ctx.used, claim.criterion, ctx.side)
    ):
        # A child's own words may follow it (`childwords`); a complaint, like an
        # example, never at the cost of the section's larger sides first.
        return ctx.side, ctx.side == "for"
    if not ctx.illustrate:
        return "", False
    st, dv = example_records(ctx, claim)
    side, t = ctx.side or claim.lean, claim.tally
    laws = {ctx.data.case_law[k] for k in (*t.pos, *t.neg, *t.mixed)}
    law = ctx.law or (laws.pop() if len(laws) == 1 else "")
    on = Target(claim.criterion, "strength" if side == "for" else "development", law, "")
    return (side if may_follow(ctx.pool, st if side == "for" else dv, ctx.used, on) else ""), False


def _fresh(ctx: Context, claim: Claim, wordings: Sequence[str]) -> tuple[str, ...]:
    """For a claim about the service, the wordings the report has not said twice already
    (national leadership, local services and an area stating a weakness in the same
    words read as one sentence copied); empty when all have been, so that the plain
    statement is used.  A claim about cases: `sameness.fresh_wordings`."""
    said = ctx.voice.said
    if claim.by_cases:  # the report's on its criterion (F15: never another criterion's)
        return fresh_wordings(ctx.voice.topic(claim.criterion).said, wordings)
    return tuple(x for x in wordings if sum(normal(x) in t for t in said) < 2)


def fitting_wordings(
    ctx: Context, claim: Claim, wordings: Sequence[str], evs: Sequence[int]
) -> tuple[str, ...]:
    """The wordings the records bear out: for a claim about cases, those every case the
    side counts bears out (`relevance.borne_out_each`), and the general ones; for a
    claim about the service, those `min_service_records` of them bear out."""
    d = ctx.data
    if claim.by_cases:
        cases = claim.tally.pos if (d.polarity[evs[0]] == "strength" if evs else wordings == claim.words.strength) else claim.tally.neg  # fmt: skip
        fit = fitting_each(
            d, claim.words, wordings, evs, cases, ctx.voice.topic(claim.criterion).said
        )
        return for_one_case(d.words, fit) if len(cases) == 1 else fit  # "the child", not "children"
    texts = d.texts(evs)
    named = d.words.support.fitting(wordings, [texts[i].text for i in evs])
    least = d.rules.min_service_records
    return tuple(x for x in named if borne_out_by_records(d, x, evs, least))


def _plain(ctx: Context, side: str) -> tuple[str, ...]:
    """The plain statement of what inspectors found on a criterion ("inspectors found
    weaknesses in children's wishes and feelings"), for a claim about cases whose
    criterion wordings none of its records bears out."""
    return tuple(p.replace("{noun}", PLAIN) for p in ctx.data.words.support.plain[side])


_AWKWARD = re.compile(
    r"(?i)\bthat,? (?:in [^,]+, )?inspectors (?:found|saw)\b|"
    r"inspectors found.*\binspectors (?:found|saw)\b"
)


def _checked(
    ctx: Context, claim: Claim, text: str, flags: list[Flag], basis: str, evs: Sequence[int]
) -> tuple[str, list[Flag], str]:
    """A claim on one case, or on notes that may be tagged with the wrong criterion (a
    small sample of cases, or one record about the service; none of the notes uses a
    word particular to the criterion, and no grade stands behind them), marked in the
    body for the lead; the comment keeps the notes' excerpts, and no example is drawn
    from them."""
    d = ctx.data
    w = d.words.text
    few = claim.small if claim.by_cases else len(evs) == 1
    graded = d.graded.get(claim.criterion, set())
    ungraded = not any(d.case[i] in graded for i in evs if d.case[i])
    if few and evs and ungraded and off_topic(d, claim.criterion, evs):
        ctx.used.records.update(evs)
        text = f"{text} {w['tag_marker'].format(noun=claim.words.noun)}"
        flags.append("may be tagged wrongly")
        basis += f"; the notes do not mention {claim.words.noun}: check their criteria"
        return text, flags, basis
    if claim.by_cases and claim.tally.views == 1:
        text = f"{text} {w['single_case_marker']}"
    if not claim.by_cases:
        text = casepractice.one_case_marked(d, text, evs)
    return text, flags, basis


def suited(ctx: Context, options: list[str], law: str = "") -> list[str]:
    """The wordings that suit the law type (the section's, or that of every case the
    claim counts): in public law, none about the parents' dispute (the `law_cues` of
    the other law types); all of them when none suits, so that the claim is made."""
    cues = _other_law_cues(ctx, law)
    fit = [o for o in options if not has_any_words(o, cues)]
    return fit or options


def _suits_law(cues: tuple[str, ...]) -> Callable[[str], bool]:
    """Whether a claim's sentence suits its law type: it has none of `cues`, the words
    of the other law types (`fitting.has_any_words`; `_has_cue`); every sentence where
    there are none (a section with no law type)."""
    if not cues:
        return _every
    return lambda o: not _has_cue(o, cues)


def _every(option: str) -> bool:
    return True


@lru_cache(maxsize=65536)
def _has_cue(text: str, cues: tuple[str, ...]) -> bool:
    """Whether a sentence has any of `cues` as whole words (`fitting.has_any_words`),
    worked out once a process for each sentence (a claim's options are hundreds, and
    the same ones come again each time the inspection is drafted); only a sentence
    holding a cue's letters somewhere is searched for it as whole words (one without
    them has no such word: most of a claim's sentences)."""
    low = text.lower()
    return any(map(low.__contains__, _lowered(cues))) and has_any_words(text, cues)


@lru_cache(maxsize=64)
def _lowered(cues: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(c.lower() for c in cues)


def _other_law_cues(ctx: Context, law: str = "") -> tuple[str, ...]:
    """The words that place a sentence in a law type other than `law` (the section's
    where none is given): none where there is no law type."""
    law = law or ctx.law
    if not law:
        return ()
    return tuple(c for other, cs in ctx.data.words.law_cues.items() if other != law for c in cs)


def may_illustrate(ctx: Context, claim: Claim, side: str) -> bool:
    """Whether an example of `side` ("for": a strength, "against": a weakness) may follow
    the claim's sentence: a claim about cases that is balanced is illustrated only on
    the side its sentence says last, so that an example never sits beside the clause
    it contradicts ("... in many cases the recommendation did not follow from the
    analysis. In one case, the report sets out each option ...")."""
    if claim.contrary:  # its sentence ends on what the area's own evidence found
        return False
    if claim.direction != "balanced" or not claim.by_cases:
        return True
    return ctx.ends.get(claim.criterion) == side


def target(ctx: Context, claim: Claim, polarity: str, sentence: str) -> Target:
    """What an example after the claim's sentence must illustrate: the claim's criterion
    and side, and the law type the sentence is about (the section's, that of every case
    the claim counts, or the one its wording names)."""
    t = claim.tally
    laws = {ctx.data.case_law[k] for k in (*t.pos, *t.neg, *t.mixed)}
    law = ctx.law or (laws.pop() if len(laws) == 1 else "") or law_of(ctx.data.words, sentence)
    return Target(claim.criterion, polarity, law, sentence)


def stakeholder_views(ctx: Context) -> Sentence | None:
    """What judges, local authorities and partners told inspectors about the service,
    as far as their records go (`exporters.draft.stakeholders`)."""
    return stakeholders.views(ctx.pool, ctx.voice, ctx.key, ctx.area, ctx.place, ctx.law)


def unsaid(ctx: Context, claims: Iterable[Claim]) -> list[Claim]:
    """The claims whose point the section has not stated yet (`tallies.same_point`)."""
    return [c for c in claims if ctx.stated.isdisjoint(same_point(c.criterion))]
