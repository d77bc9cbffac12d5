"""A claim about the service said no more strongly than its records: in the criterion's
own words only when enough of them bear the wording out (`borne_out_enough`: the
framework's `min_service_records`), else as what its sources said (`attributed`): one
record as what that one source said (`one_source`: "One judge told inspectors that
section 7 reports arrive on time"), records that do not bear out the criterion's topic
in cautious words without it (`cautious`), and otherwise in cautious words naming the
topic (`exporters.draft.attributed`).  On fewer records on each side than
`min_service_records` (`fewrecords.few`), never a bare verdict ("The service's audit
work is a strength." from one audit): one record in its own words, else its sources
counted ("The internal audit inspectors read shows ..."), and both sides each as
its sources found it, in the order the grade weighs them (`each_side`).

What a claim about the service may rest on:

- a note reporting a plan not yet in effect, or saying its effect cannot yet be seen
  (`attributed.hedged`), is never counted for it: said, if at all, as it stands;
- in a national section (the national judgements and the key findings), a claim resting
  on the notes of one area only says which area ("In Area 6, complaints are few ...");
- a claim whose notes on the side it states have all been said word for word already
  is not said again in other words (the same complaints note as learning from
  complaints, then as learning from audits);
- in a national section, the criterion's own words are not used where the report has
  said them already ("Managers' understanding of the quality of practice is
  incomplete" in national leadership and again in local services)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Literal

from exporters.draft import claims, eachside, fewrecords, joinedparts, measured, subjects
from exporters.draft.attributed import (
    attributed_claim,
    for_inspectors,
    heard_already,
    hedged,
    in_area,
    named_sources,
    one_area,
    placed,
    shown,
)
from exporters.draft.data import DraftData
from exporters.draft.examples import finding
from exporters.draft.fitting import is_stakeholder
from exporters.draft.onesource import one_said, reported, said_sentence, with_article
from exporters.draft.proportion import graded_well, in_proportion
from exporters.draft.relevance import borne_out, off_topic
from exporters.draft.sameness import runs
from exporters.draft.stakeholders import groups_heard, is_survey, said_by_one
from exporters.draft.tallies import Claim, Direction
from exporters.draft.trace import normal, traced
from exporters.draft.viewperson import person_view
from exporters.draft.viewsaid import repeats_view
from exporters.draft.words import capitalise, join_list
from exporters.model import Sentence


def borne_out_enough(
    ctx: claims.Context, claim: Claim, st: Sequence[int], dv: Sequence[int]
) -> bool:
    """Whether a claim about the service may be put in its criterion's own words: enough
    of the records on the side it states bear one of them out (`claims.fitting_wordings`),
    and, in a national section, its records are about more than one area and one of
    those wordings has not been said in the report already (see the module docstring)."""
    if claim.by_cases:
        return True
    w = claim.words
    if not fewrecords.enough(ctx.data, st if claim.lean == "for" else dv):
        return False  # one kind of source: what it showed (`fewrecords.enough`)
    national = not ctx.pool.areas
    if national and one_area(ctx.data, [*st, *dv]):
        return False
    if claim.lean == "for":
        fit = claims.fitting_wordings(ctx, claim, w.strength, st)
    else:
        fit = claims.fitting_wordings(ctx, claim, w.weakness, dv)
    if national:
        fit = tuple(x for x in fit if not ctx.voice.report.near(runs(x)))
    return bool(fit)


def standing(ctx: claims.Context, claim: Claim, st: Sequence[int], dv: Sequence[int]
             ) -> tuple[Claim | None, list[int], list[int]]:  # fmt: skip
    """The claim as its records stand once the hedged notes are taken from its strength
    side (`attributed.hedged`): its direction and lean from what is left, or None when
    nothing is left on either side."""
    gone = set(hedged(ctx.data, st))
    if not gone:
        return claim, list(st), list(dv)
    kept = [i for i in st if i not in gone]
    if not kept and not dv:
        return None, [], []
    lean: Literal["for", "against"] = "for" if len(kept) > len(dv) else "against"
    direction: Direction = "balanced" if kept and dv else lean
    return replace(claim, direction=direction, lean=lean), kept, list(dv)


def attributed(
    ctx: claims.Context, claim: Claim, st: Sequence[int], dv: Sequence[int]
) -> Sentence | None:
    """A claim about the service said as what its sources said: by one record, what that
    source said (`one_source`); by records that do not bear out the criterion's topic,
    in cautious words without it (`cautious`); otherwise in cautious words naming the
    topic and the sources (`attributed.attributed_claim`).  Hedged notes, one area's
    notes and notes said already: see the module docstring."""
    d = ctx.data
    st, dv = _not_heard(ctx, st, dv)
    hedges = hedged(d, st)
    stood, st, dv = standing(ctx, claim, st, dv)
    if stood is None:
        return as_it_stands(ctx, claim, hedges)
    ctx.used.records.update(hedges)  # never an example of a strength
    claim = stood
    where = None if ctx.pool.areas else one_area(d, [*st, *dv])
    side = list(st if claim.lean == "for" else dv) if claim.direction != "balanced" else []
    evs = side or [*st, *dv]
    if evs and all(said_already(ctx, i) for i in evs):
        ctx.stated.add(claim.criterion)  # its note is said: not again in other words
        return None
    if heard_already(ctx, claim, [*st, *dv]):
        # The group's view is said: one person's own point may still follow, by role,
        # never a second telling of a record the views sentence said as theirs.
        told = said_by_one(ctx.pool, ctx.law, ctx.area)
        for i in side:
            if i in told and not _same_person(ctx, i, told[i], where):
                ctx.used.records.add(i)  # said by the views sentence: drawn on
                continue
            said = one_source(ctx, claim, i, where)
            if said is not None and repeats_view(ctx.pool, i, said.text, ctx.law, ctx.area):
                continue  # its point is the views sentence's (tester 24, A12); its own
                # quoted words may still follow that sentence (`viewquote`)
            if said is not None and "one record" in said.basis:
                return said
        return None
    if len(side) == 1 and len([*st, *dv]) == 1:
        said = one_source(ctx, claim, side[0], where)
        if said is not None and repeats_view(ctx.pool, side[0], said.text, ctx.law, ctx.area):
            return None  # the views sentence says its point (A12)
        return said
    if (
        fewrecords.few(d, st, dv)
        or fewrecords.even_area(d, st, dv)
        or fewrecords.countable_even(d, st, dv)
    ):
        # Never a bare verdict, nor "mixed": said as what its sources found.
        if st and dv and in_proportion(d, ctx.grade, "balanced", st, dv) == "for":
            # At good or better, a weakness on fewer cases than `min_cases` is not set
            # level with the strengths (`proportion.in_proportion`): the strength alone.
            return cautious(ctx, replace(claim, direction="for", lean="for"), st, where)
        if st and dv and (claim.direction == "balanced" or fewrecords.scarce(d, st, dv)):
            return eachside.each_side(ctx, claim, st, dv, where) or attributed_claim(
                ctx, claim, st, dv, where
            )
        # One side from one kind of source (`fewrecords.enough`), the claim leaning to
        # it: that side, as what its sources showed.
        return cautious(ctx, claim, side or [*st, *dv], where)
    # Each of two joined subjects on its own records, or not said (`joinedparts`).
    joint = joinedparts.supported(d, claim, st, dv)
    note = joinedparts.parts_note(d, claim, joint)
    if side and not borne_out(d, joint.words.about_what, side):
        return _noted(cautious(ctx, joint, side, where), note)
    return _noted(attributed_claim(ctx, joint, st, dv, where), note)


def _not_heard(
    ctx: claims.Context, st: Sequence[int], dv: Sequence[int]
) -> tuple[Sequence[int], Sequence[int]]:
    """The claim's records less the stakeholders' ones whose group's view the section's
    views sentence says (`groups_heard`), where other records are left and the claim
    rests on too few to be a verdict (`fewrecords.few`: it is said as what its sources
    show, naming them): one record supports one point in a section, so a partner's praise said in the views sentence
    is not also a source of the claim beside a child's interview (tester 34's A13).  A
    claim resting on those records alone is left to `heard_already`."""
    d = ctx.data
    theirs = [i for i in (*st, *dv) if d.source[i] in d.words.partner_quotes]
    if not theirs or len(theirs) == len(st) + len(dv) or not fewrecords.few(d, st, dv):
        return st, dv  # a verdict on many records names no source
    heard = groups_heard(ctx.pool, ctx.law)
    out = {i for i in theirs if heard.issuperset(named_sources(d, [i]))}
    if not out:
        return st, dv
    ctx.used.records.update(out)  # said by the views sentence
    return [i for i in st if i not in out], [i for i in dv if i not in out]


def _same_person(ctx: claims.Context, i: int, role: str, where: str | None) -> bool:
    """Whether record `i`'s own point, said by role (`one_said`), opens on `role`, the
    role the section's views sentence said its view by ("one judge"): then it reads as
    the same person's further point ("The same judge told inspectors that ...":
    `namedagain`).  A note naming its speaker otherwise ("The district judge raised
    concern about late filing ...") would tell the record again, as if of someone
    else, what the views sentence has said (tester 19's A5)."""
    got = one_said(ctx, i, where)
    if got is None:
        return True  # nothing said by role: `one_source` says what it says, as before
    opening = got[0].lower()[: len(role) + _OPENING]
    return re.search(rf"(?<![\w-]){re.escape(role.lower())}(?![\w-])", opening) is not None


# How far into a sentence its speaker is named ("In Area 6, one judge told ...").
_OPENING = 24


def _noted(sentence: Sentence | None, note: str) -> Sentence | None:
    """The sentence with `note` added to its comment's basis."""
    if sentence is not None and note:
        sentence.basis += note
    return sentence


def said_already(ctx: claims.Context, i: int) -> bool:
    """Whether a note's own finding has been said word for word (or nearly) in the
    report: the note drawn on, and its words said (the same words from another area's
    note are that area's finding, not this one)."""
    if i not in ctx.used.records:
        return False
    text = ctx.data.text(i)
    found = finding(ctx.pool, text)
    clause = found[0] if found is not None else reported(ctx.data, text, False)
    return bool(clause) and ctx.used.said(clause)


def as_it_stands(ctx: claims.Context, claim: Claim, hedges: Sequence[int]) -> Sentence | None:
    """A claim resting only on hedged notes, said as the first of them that reads on its
    own and is not said yet ("The new assistant director has a clear recovery plan, but
    it is too early to see its effect on children"), of its area in a national section;
    never as a strength.  None when no such note is left."""
    d = ctx.data
    ctx.stated.add(claim.criterion)
    for i in hedges:
        found = finding(ctx.pool, d.text(i))
        if found is None or ctx.used.said(found[0]):
            continue
        text = with_article(d, capitalise(found[0]))
        area = None if ctx.pool.areas else one_area(d, [i])
        text = in_area(d, text, area) if area else text
        text = text if text.endswith((".", "!")) else text + "."
        if normal(text) in ctx.voice.said:
            continue
        ctx.voice.note(text)
        ctx.used.take(i, found[0])
        ctx.used.records.update(hedges)
        return traced(
            text, [i], d, role="claim", criteria=[claim.criterion], direction="",
            basis=f"{claim.tally.line(False)}; the note reports a plan or says its effect "
                  "cannot yet be seen: said as it stands, not counted as a strength",
            flags=[*ctx.flags, "small sample"], by_cases=False,
        )  # fmt: skip
    ctx.used.records.update(hedges)
    return None


def one_source(
    ctx: claims.Context, claim: Claim, i: int, where: str | None = None
) -> Sentence | None:
    """A claim resting on one record said as what that one source said: a stakeholder
    by role ("One judge told inspectors that section 7 reports arrive on time"), or by
    the role the note itself names ("The President's office described ..."), other
    evidence as the inspectors' note puts it (`support.toml`, [plain] `one_record`);
    in cautious words (`cautious`) where the note holds no sentence that reads on its
    own, or it is an example already; said of one area when `where` names it."""
    got = one_said(ctx, i, where, claim.criterion)
    if got is None and claim.lean == "against" and _light(ctx) and _told_for_another(ctx, i):
        # One remark whose words the report has said already from another area's note
        # (the same words typed in each area) is no weakness of an area doing well to
        # turn into a verdict on the criterion (tester 22's A4, kf23: "managers' accounts
        # show that leaders do not plan the workforce or manage workloads well enough"
        # from a manager's remark on recruiting, said as it stands in the area before);
        # the section's note to the lead names it.
        return None
    if got is None:
        return cautious(ctx, claim, [i], where)
    said, clause = got
    ctx.voice.note(said)
    ctx.used.take(i, clause)
    return said_sentence(ctx, claim, said, [i], "one record: said as what its source said")


def _told_for_another(ctx: claims.Context, i: int) -> bool:
    """Whether a note's own sentence (`one_said` reads it) has been said in the report
    from another record: the same remark, typed in another area's notes."""
    if i in ctx.used.records:
        return False
    d = ctx.data
    text = d.text(i)
    found = finding(ctx.pool, text)
    clause = (
        found[0] if found is not None else reported(d, text, is_stakeholder(d.words, d.source[i]))
    )
    return bool(clause) and ctx.used.said(clause)


def _light(ctx: claims.Context) -> bool:
    """Whether a section weighs a weakness resting on one record lightly: an area's,
    graded good or better, or with no grade and its case files weighing for it (the
    section puts its weaknesses last: `paragraphs.weighs_against`)."""
    if not ctx.pool.areas:
        return False
    if ctx.grade:
        return graded_well(ctx.data, ctx.grade)
    return not ctx.pool.weighs_against()


def cautious(
    ctx: claims.Context, claim: Claim, side: Sequence[int], where: str | None = None
) -> Sentence | None:
    """A claim about the service in cautious words naming its sources: a stakeholder's
    view with its topic only where the records bear it out ("One judge spoke positively
    to inspectors."; `support.toml`, [plain]); other records as what they show
    (`_shown`); said of one area when `where` names it.  A stakeholder's records are said
    so once a section (`Context.views_told`): a note recorded on two criteria is not
    said again as "The same judge spoke positively ..." for the second."""
    d = ctx.data
    person = all(is_stakeholder(d.words, d.source[i]) and not is_survey(d.source[i])
                 for i in side)  # a survey does not speak to inspectors  # fmt: skip
    topic = claim.words.about_what
    borne = borne_out(d, topic, side)
    if not person:
        return _shown(ctx, claim, side, borne, where)
    if set(side) <= ctx.views_told:  # said as their view in this section already
        ctx.stated.add(claim.criterion)
        return None
    if len(side) == 1:
        i = side[0]
        who = d.words.speaker(d.source[i], d.texts((i,))[i].text)
    else:
        who = join_list(named_sources(d, side))
    # As strongly as their words put it, and about what they name, or not at all.
    options = placed(d, person_view(ctx.pool, claim.lean, side, topic, who, ctx.voice.said), where)
    said = (
        ctx.voice.choose(options, ctx.key, claim.criterion, openings=ctx.openings)
        if options
        else None
    )
    if said is None:
        return None
    ctx.views_told.update(side)
    return said_sentence(
        ctx, claim, said, side, "said as what its sources said, as strongly as they said it"
    )


def _shown(
    ctx: claims.Context, claim: Claim, side: Sequence[int], borne: bool, where: str | None
) -> Sentence | None:
    """Records other than stakeholders' views said as what they show about the topic
    (`attributed.shown`: "Internal audits show weaknesses in how the service learns
    from audits and reviews"), never a sentence naming no topic ("Evidence from
    managers points to a strength"); where the notes do not bear the topic out and none
    of them speaks of it, marked for the lead to check their criteria, as a claim about
    cases is."""
    d = ctx.data
    if _nothing_to_say(ctx, claim, side):
        return None
    few = fewrecords.few(d, side, ())  # named, never counted nor a bare verdict
    counted = fewrecords.counted(d, *((side, ()) if claim.lean == "for" else ((), side)))
    scope = _scope_said(d, side) if few else []
    if few and measured.names_scope(claim.words.about_what):
        # About the measures themselves: in its own words, of its area where placed.
        plain = claim.words.strength if claim.lean == "for" else claim.words.weakness
        options = placed(d, [f"{capitalise(w)}." for w in plain], where)
    elif scope:
        # What a measure leaves out is not what it found (tester 17's F14 (d)): the
        # note's own sentence on it, never "audits suggest that the work is weak".
        options = placed(d, scope, where)
    elif few:
        general = fewrecords.general_wordings(claim, claim.lean)
        options = fewrecords.side_options(
            d,
            claim.words.about_what,
            claim.lean,
            side,
            wordings=general,
            criterion=claim.criterion,
        )
        options = placed(d, options, where)
    else:
        options = shown(d, claim.words.about_what, claim.lean, side, where)
    if few and ctx.pool.areas and all(ctx.voice.areas.near(runs(o)) for o in options):
        own = _in_own_words(ctx, claim, side, where, counted)
        if own is not None:
            return own
    said = ctx.voice.choose(options, ctx.key, claim.criterion, openings=ctx.openings)
    if said is None:
        return None
    why = "said as what its sources show" + (
        f", named without counting them ({counted})" if few else ""
    )
    if few and measured.names_scope(claim.words.about_what):
        why = f"said in its own words: its sources are the measures it is about ({counted})"
    elif scope:
        why = ("said in its note's words: the note says what a measure leaves out, not "
               f"what it found ({counted})")  # fmt: skip
    # Marked only where no note speaks of the topic at all (`relevance.off_topic`): "a
    # clear recovery plan" is about leaders' priorities though it names none of them.
    tagged = not borne and off_topic(d, claim.criterion, side)
    if tagged:
        ctx.used.records.update(side)  # no example from notes that may be tagged wrongly
        said = f"{said} {d.words.text['tag_marker'].format(noun=claim.words.noun)}"
        why += f"; the notes do not mention {claim.words.noun}: check their criteria"
    sentence = said_sentence(ctx, claim, said, side, why)
    if tagged:
        sentence.flags.append("may be tagged wrongly")
    return sentence


def _nothing_to_say(ctx: claims.Context, claim: Claim, side: Sequence[int]) -> bool:
    """Whether an area's claim about the service rests on one record that speaks of none
    of its criterion's subjects (`subjects.subject_of`: the neutral one, naming the thing
    alone) where that thing is the record's own source: the sentence would say only
    that the source speaks well or poorly of itself ("In the service's figures, the
    performance information comes out well." from an area's figures on police checks
    and agency staff: case27's note on tester 27's Areas 9, 10 and 13).  Such a claim is
    not said in the area's section (a weakness is named in the section's note of what is
    not drafted).  A neutral subject that is not its source ("Court observation shows
    strengths in the service's work with the courts.") is said as before, and so is a
    note that speaks of nothing of the criterion at all, marked for the lead."""
    if not ctx.pool.areas or len(side) != 1 or measured.names_scope(claim.words.about_what):
        return False
    d = ctx.data
    if off_topic(d, claim.criterion, side):
        return False  # said, marked for the lead to check its criteria (`_shown`)
    st, dv = (side, ()) if claim.lean == "for" else ((), side)
    chosen = subjects.subject_of(d, claim, st, dv)
    if chosen is None or chosen[0].name != subjects.NEUTRAL or chosen[1]:
        return False
    topic, source = normal(chosen[0].topic), d.source[side[0]]
    nouns = {
        normal(d.words.source_nouns.get(source, "")),
        normal(d.words.evidence_nouns.get(source, "")),
    }
    return any(n and (topic == n or topic.endswith(f" {n}")) for n in nouns)


def _scope_said(d: DraftData, side: Sequence[int]) -> list[str]:
    """Where every note of a side says what a measure leaves out or counts
    (`measured.scope_said`: "Audits do not look at the quality of domestic abuse
    work"), those sentences as the notes put them; else none."""
    texts = d.texts(list(side))
    said = [_in_voice(texts[i].text) for i in side]
    return list(dict.fromkeys(said)) if side and all(said) else []


def _in_voice(text: str) -> str:
    """`measured.scope_said` in the report's voice (`for_inspectors`: "told us" as "told
    inspectors"), without a clause joined on where only that speaks in the first person
    (", which our own reading found patchy"); "" where neither will do."""
    for head in (False, True):
        said = measured.scope_said(text, head)
        voiced = for_inspectors(said) if said else None
        if voiced:
            return voiced
    return ""


def _in_own_words(
    ctx: claims.Context, claim: Claim, side: Sequence[int], where: str | None, counted: str
) -> Sentence | None:
    """A side on few records whose every way of naming its sources is near-verbatim to
    another area's sentence (the same criterion, one audit against in several areas)
    said as the first of its notes that reads on its own says it (`one_said`:
    "Performance data shows allocation within target ..."): what the sources showed,
    the area's own, never another area's sentence; None where no note will do."""
    for i in side:
        got = one_said(ctx, i, where)
        if got is None or ctx.voice.areas.near(runs(got[0])):
            continue
        said = ctx.voice.choose([got[0]], ctx.key, claim.criterion, openings=ctx.openings)
        if said is None:
            continue
        ctx.used.take(i, got[1])
        why = ("said in its note's words: every way of naming its sources is said in "
               f"another area already ({counted})")  # fmt: skip
        return said_sentence(ctx, claim, said, side, why)
    return None
