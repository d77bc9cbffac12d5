"""A claim about the service with both sides resting on few records, said as what each
side's sources found (split from `service.py`; `fewrecords.few`), and a side resting on
one note that does not speak of its topic said as the note says it (tester 14:
"Managers' accounts show that work on private law applications is timely" from a note
on a recovery plan; `off_topic_side`)."""

from __future__ import annotations

from collections.abc import Sequence

from exporters.draft import claims, fewrecords
from exporters.draft.attributed import placed
from exporters.draft.data import DraftData as DataLike
from exporters.draft.fitting import is_stakeholder, lower_first
from exporters.draft.onesource import (
    NOUN_THAT,
    SOURCED,
    one_said,
    own_clause,
    said_sentence,
    with_article,
)
from exporters.draft.readable import faults
from exporters.draft.tallies import Claim
from exporters.draft.words import capitalise
from exporters.model import Sentence


def each_side(
    ctx: claims.Context, claim: Claim, st: Sequence[int], dv: Sequence[int], where: str | None
) -> Sentence | None:
    """A claim with both sides resting on few records (`fewrecords.few`: one strength
    record and one development) said as what each side's sources found, the side the
    section's grade weighs first said first (`fewrecords.weakness_first`): "The staff
    survey shows only 41% of practitioners feel their workload is manageable, although
    most staff say they are proud to work for the organisation", never "The picture of
    the support and challenge staff receive is mixed".  Each side names its sources
    without counting them (`fewrecords.named`), and the subject its own notes speak of
    where the two sides' notes speak of different ones (`fewrecords.side_topics`).  None where a
    side cannot be said."""
    from exporters.draft import leadersfigures  # it imports claims, which imports this

    d = ctx.data
    weak = fewrecords.weakness_first(d, ctx.grade, st, dv)
    order = [("against", dv), ("for", st)] if weak else [("for", st), ("against", dv)]
    topics = fewrecords.side_topics(d, claim, st, dv)
    differ = topics["for"] != topics["against"]
    sides: list[list[str]] = []
    taken: list[tuple[int, str]] = []
    own = False  # a side said in its note's own words: the other names its topic
    bare = False  # ... and without naming its source (`names_source`)
    for k, (lean, side) in enumerate(order):
        other, then = (order[0][1], ()) if k else ((), order[1][1])
        got = one_said(ctx, side[0], where) if len(side) == 1 else None
        person = len(side) == 1 and is_stakeholder(d.words, d.source[side[0]])
        if len(side) == 1 and not person and not (got and SOURCED.search(got[0])):
            # "National policy that ...": who showed it, named, and what it says where
            # the note does not speak of the topic (`off_topic_side`), even where a
            # section before has said it (a note said again beats a claim it never made).
            clause = got[1] if got is not None else own_clause(ctx, side[0])
            got = None
            options = off_topic_side(ctx, claim, topics[lean], side, clause, (k, other))
            if options:
                own = True
                taken.append((side[0], clause))
                sides.append(options if k else (placed(d, options, where) or options))
                continue
        if got is not None and not person and leadersfigures.holds_figure(got[1]):
            # A note's figure with its label or shorthand ("pulse survey 66% say their
            # mgr ...") is said as a figure sentence says it (tester 30's F13).
            framed = leadersfigures.figure_said(ctx, side[0], got[1])
            got = None if framed is None else (got[0] if framed == got[1] else framed, got[1])
        if got is not None:
            text = got[0] if k == 0 else lower_first(got[0], d.words.known_capitals)
            taken.append((side[0], got[1]))
            sides.append([text])
            # Said in its note's own words without its source ("Only 38% of staff say
            # ..."): the other side names its source and its topic, never "others"
            # (tester 30's F13: "..., although others show strengths").
            bare = bare or not names_source(d, side[0], got[0])
            continue
        # The criterion's own words for one side only: never a point and its opposite
        # both in its words ("staff do not receive enough ..., although ... the culture
        # gives staff both support and challenge").
        general = () if differ or k else fewrecords.general_wordings(claim, lean)
        avoid = " ".join(topics.values())  # a source on both sides: one name echoing neither
        options = fewrecords.side_options(
            d,
            topics[lean],
            lean,
            side,
            other,
            then,
            differ or own or bare,
            general,
            avoid,
            claim.criterion,
            unnamed=bare,
        )
        sides.append(options if k else (placed(d, options, where) or options))
    firsts, seconds = sides
    pairs = [(f, seconds[n % len(seconds)]) for n, f in enumerate(firsts)]
    options = [j for f, s in pairs for j in fewrecords.joined(f, s)]
    # Never the same words twice in it ("the service's figures and ..., while the
    # service's figures and ...": `readable.faults`) while another way is left.
    options = [o for o in options if not faults(o, claim.words.noun)] or options
    chosen = ctx.voice.choose(options, ctx.key, claim.criterion, openings=ctx.openings)
    if chosen is None:
        return None
    for i, clause in taken:
        ctx.used.take(i, clause)
    sentence = said_sentence(ctx, claim, chosen, [*order[0][1], *order[1][1]],
                     f"both sides on few records: said as what each found, {order[0][0]} "
                     f"first (the grade); {fewrecords.counted(d, st, dv)}")  # fmt: skip
    ctx.ends[claim.criterion] = order[1][0]  # the side said last
    if "mixed evidence" not in sentence.flags:
        sentence.flags.append("mixed evidence")
    return sentence


def names_source(d: DataLike, i: int, text: str) -> bool:
    """Whether a side said in note `i`'s own words names the note's source: the last word
    of the source's noun ("the staff survey"), or of its label."""
    noun = d.words.evidence_nouns.get(d.source[i], "")
    label = d.framework.source_label(d.source[i])
    heads = {w.split()[-1].lower() for w in (noun, label) if w.split() and "{" not in w}
    return any(h.rstrip("s") in text.lower() for h in heads)


OWN_WORDS_MAX = 28  # a longer finding makes a two-sided sentence too long to read


def off_topic_side(ctx: claims.Context, claim: Claim, topic: str, side: Sequence[int],
                    clause: str, place: tuple[int, Sequence[int]]) -> list[str]:  # fmt: skip
    """One side of a claim on both sides, resting on one note that does not say the
    side's topic (`relevance.says`), said as the note says it with its source named
    (`fewrecords.own_words`: "Managers' accounts show that leaders have a credible
    private law recovery plan ..."), never the topic or the criterion's words the note
    does not use (tester 14); empty where the note says the topic (the topic's frames
    are true of it: `fewrecords.notes_say`) and speaks of one of the criterion's
    subjects (a note speaking of none stands behind its neutral topic, "the work on
    private law applications comes out well", only by its criterion's tag:
    `fewrecords.speaks_of_none`), or its finding is too long for one side of a
    sentence.  `place`: the side's place in the sentence
    and the side said before it."""
    d = ctx.data
    if not clause or SOURCED.search(clause) or NOUN_THAT.match(clause):
        return []  # "performance data shows ...", "National policy that ...": not a finding
    if len(clause.split()) > OWN_WORDS_MAX or (
        fewrecords.notes_say(d, topic, side, claim.criterion)
        and not fewrecords.speaks_of_none(d, claim.criterion, side[0])
    ):
        return []
    k, other = place
    keep = d.words.known_capitals | {d.inspection.organisation}
    said = lower_first(with_article(d, capitalise(clause)), keep).rstrip(" .;")
    return fewrecords.own_words(d, side, said, bool(k), other)
