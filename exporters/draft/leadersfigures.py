"""The figures a national leadership section's notes hold, stated with their source
(issue 15, tester 20's A10: the notes said "Staff survey: 41% of practitioners say their
workload is unmanageable" and the section said only "The staff survey shows weaknesses
in practitioners' workloads"; the 2018 report gives such figures with their source, "In
our survey of staff, 97% agreed ...").

After a claim about the service, one of the records it rests on, on the side it states
(a balanced claim: on either side, the side with more of its records first, the
weakness on a tie), may give its figure: the first clause of the note
(split at full stops and semicolons, a short label such as "Staff survey:" left off)
that holds a figure (a percentage, "N of M", or a change such as "doubled": `rests.toml`
[figures]), speaks of what the claim is said about (a cue of the subject its notes
speak of, `subjects.subject_of`, with its criterion's where that is its usual one:
"58% would recommend the service" says nothing of workloads, nor "37% say their
caseload is unmanageable" of the support and challenge staff receive), and reads as a
clause (a verb after its subject; a share as the subject of a verb in the present
tense, "81% feel their manager supports them", reads too), or does once the "are" or
"is" a shorthand note left out is put back (`telegraphic.expanded`: "Complaints handled
within timescale in 93% of cases" is said "Complaints are handled within timescale in 93%
of cases."; a measure before its share, "vacancy rate 14% nationally", is said "the
vacancy rate is 14% nationally": `figure_after`, a second point after the share joined on
with its "is" too, "4%, and agency use is falling"; a verb of rating between the noun and
the share, "quality audits rate 86% of work good", is a clause as it stands: `verb_first`;
tester 28's A5).  A note's words meet a cue in any of
their forms (by stem: "supports" meets "supported"; tester 22's para 9).
It is said as the note says it, after its source ("In the staff survey, 41% of
practitioners say ..."), or as it stands where it names its source itself ("Complaints
about late reports have doubled in a year.").  A claim one way whose notes come from two
sources may give a second figure, from the other source (tester 20's A10: the vacancy
rate beside the staff survey's workloads).  Never a record the report has drawn on
already (other than for another of the section's figures: one survey note's figures on
the culture and on workloads), a clause said already, nor a figure the claim or its
example states; at most `most` a section (outstanding: `most_outstanding` on the
strengths' side, `most` on the other).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Literal

from exporters.draft import subjects, telegraphic
from exporters.draft.claims import Context
from exporters.draft.examples import split_sentences
from exporters.draft.figureparts import figure_parts
from exporters.draft.fitting import has_any_words, lower_first
from exporters.draft.leadersframes import THAT_AND, surveyed, their_roles, unlabelled
from exporters.draft.leadersmeasure import as_claim, bare, says_claim, with_places
from exporters.draft.leadersrest import wording
from exporters.draft.leadersstaff import staffing
from exporters.draft.mainclause import with_article
from exporters.draft.standalone import (
    Standalone,
    as_said,
    has_shorthand,
    is_clause,
    is_clause_loose,
)
from exporters.draft.stemming import stem
from exporters.draft.tallies import Claim
from exporters.draft.thatclause import that_clause
from exporters.draft.trace import traced
from exporters.draft.words import capitalise
from exporters.model import Paragraph, Sentence

_PERCENT = re.compile(r"\d\s*%|\bper ?cent\b|\b\d+ (?:of|in|out of) (?:the )?\d+\b", re.IGNORECASE)
_FOLLOWS = ("example", "impact", "quote")  # what stays with the claim it follows


def add_figures(ctx: Context, paras: list[Paragraph]) -> None:
    """Put each figure sentence (see the module docstring) after its claim and what
    illustrates it, in a national section's paragraphs."""
    table = wording()["figures"]
    strong = outstanding(ctx)
    # At most `most` a section; graded outstanding, `most_outstanding` on the strengths'
    # side and `most` on the other's, so that the strengths' figures never crowd out the
    # one weakness's (tester 22: "only live in 4 of 17 areas").
    said = Counter[str]()

    def room(direction: str) -> int:
        if not strong:
            return int(table["most"]) - said.total()
        return int(table["most_outstanding" if direction == "for" else "most"]) - said[direction]

    figured: set[int] = set()  # the records this section's figures are from
    for p in paras:
        sents = list(p.sentences)
        k = 0
        while k < len(sents):
            s = sents[k]
            k += 1
            if s.role != "claim" or s.by_cases or s.direction not in ("for", "against", "balanced"):
                continue
            end = k
            while end < len(sents) and sents[end].role in _FOLLOWS:
                end += 1
            near = [x.text for x in sents[k - 1 : end]]
            figures = _figures(ctx, s, near, figured, both=strong, room=room)
            if figures and says_claim(ctx.data, s, figures[0]):  # tester 35's A5
                sents[k - 1] = as_claim(s, figures.pop(0))
            for n, figure in enumerate(figures):
                sents.insert(end + n, figure)
                said[figure.direction] += 1
            k = end + len(figures)
        p.sentences = sents


def outstanding(ctx: Context) -> bool:
    """Whether the section is graded outstanding: its strengths are the finding, and its
    figures the evidence a reader looks for (tester 22's A10)."""
    d = ctx.data
    return any(g.code == ctx.grade and g.rank == 1 for g in d.framework.grades)


def _figures(
    ctx: Context, s: Sentence, near: Sequence[str], figured: set[int], both: bool,
    room: Callable[[str], int],
) -> list[Sentence]:  # fmt: skip
    """The figure sentences after claim `s` (`_figure`): one, or, in an outstanding
    section (`both`), for a claim both ways, one on each side (the strengths' figures
    lead the section's case: tester 22's A10, "97% of letters filed on time" unsaid
    beside the one weakness's); each only where `room` leaves room on its side."""
    out: list[Sentence] = []
    sides: tuple[str | None, ...] = (
        ("for", "against") if both and s.direction == "balanced" else (None,)
    )
    for side in sides:
        if room(side or s.direction) <= len([x for x in out if not both or x.direction == side]):
            continue
        figure = _figure(ctx, s, [*near, *(x.text for x in out)], figured, side)
        if figure is not None:
            out.append(figure)
    # A claim one way resting on notes of two sources gives a figure from a second
    # source where one holds a figure too (tester 20's A10: "the vacancy rate is 14%
    # nationally" from managers and the staff survey's "41% ... unmanageable", beside
    # a claim naming both).
    if len(sides) == 1 and len(out) == 1 and room(s.direction) > 1:
        others = frozenset(out[0].sources)
        figure = _figure(ctx, s, [*near, out[0].text], figured, None, besides=others)
        if figure is not None:
            out.append(figure)
    return out


def _figure(
    ctx: Context, s: Sentence, near: Sequence[str], figured: set[int],
    only: str | None = None, besides: frozenset[str] = frozenset(),
) -> Sentence | None:  # fmt: skip
    """The figure sentence after claim `s` (the claim and what follows it: `near`), on
    the side `only` names where it does, from a record of a source other than `besides`,
    or None.  A record the report has drawn on is used only where it was for another of
    the section's figures (`figured`: a survey note's figures on the culture and on
    workloads are two findings, tester 22's para 9), never a clause said already."""
    d = ctx.data
    if len(s.criteria) != 1:
        return None
    crit = s.criteria[0]
    claim = ctx.pool.claim(crit)
    if claim is None or claim.by_cases:
        return None
    index = d.index_of
    mine = [index[r] for r in s.evidence_ids if r in index and index[r] not in d.hedged]
    sides: dict[Literal["for", "against"], list[int]] = {
        "against": [i for i in mine if d.polarity[i] == "development"],
        "for": [i for i in mine if d.polarity[i] == "strength"],
    }
    order = sorted(sides, key=lambda x: (x != s.direction, -len(sides[x])))
    if s.direction != "balanced":
        order = order[:1]
    elif only is not None:
        order = [x for x in order if x == only]
    for direction in order:
        side = sides[direction]
        cues = _cues(ctx, replace(claim, direction=direction), side)
        if besides:  # a second figure: also of a subject many of its notes speak of
            cues = (*cues, *_material_cues(ctx, crit, direction))
        for i in (i for i in side if d.source[i] not in besides):
            own = bare(d, s, i)  # a bare verdict on its own figures (`leadersmeasure`)
            for clause in (unlabelled(ctx, i, c) for c in with_places(d, _clauses(d.text(i)))):
                staffed = staffing(clause)  # "no vacancies, caseloads 18 average"
                clause = (
                    staffed or figure_parts(clause, holds_figure, True) or clause
                )  # its own points
                if not staffed and not _PERCENT.search(clause) and not has_any_words(
                    clause, _changes()
                ):  # fmt: skip
                    continue
                if not (own or _speaks_of(clause, cues)) or _stated(clause, near):
                    continue
                said = _readable(ctx, clause)
                if not said or (i in ctx.used.records and i not in figured):
                    continue
                if _said_before(ctx, clause):
                    continue
                text = _sentence(ctx, i, said)
                if text is None:
                    continue
                ctx.used.take(i, clause)
                figured.add(i)
                return traced(text, [i], d, role="example", criteria=[crit],
                              basis=str(wording()["figures"]["basis"]), direction=direction)  # fmt: skip
    return None


def _said_before(ctx: Context, clause: str) -> bool:
    """Whether the report has said the clause, or nearly, with the same figures (another
    area's note with its own figures, "vacancy rate 3%, agency use falling" beside the
    national "vacancy rate 4%, agency use 3%", is not said)."""
    nums = set(re.findall(r"\d+", clause))
    return ctx.used.said(clause) and any(nums <= set(re.findall(r"\d+", t)) for t in ctx.used.texts)


def figure_said(ctx: Context, i: int, clause: str) -> str | None:
    """Note `i`'s clause holding a figure as a figure sentence says it, where the note's
    words do not read as the report's as they stand: a label before the figure ("Pulse
    survey 66% say ...") or shorthand ("mgr"): its source named, its shorthand written out
    (`_readable`, `_sentence`: "In the staff survey, 66% of staff said that their manager
    ..."); the clause as it stands where neither is there; None where it cannot be said
    (tester 30's F13: note fragments pasted as sentences)."""
    bare = unlabelled(ctx, i, clause)
    bare = figure_parts(bare, holds_figure, True) or bare  # only the points holding a figure
    if bare == clause and telegraphic.written_out(clause) == clause:
        return clause
    said = _readable(ctx, bare)
    return _sentence(ctx, i, said) if said else None


def holds_figure(text: str) -> bool:
    """Whether a note's text holds a figure (a percentage, "N of M", or a change)."""
    return bool(_PERCENT.search(text)) or has_any_words(text, _changes())


def _changes() -> tuple[str, ...]:
    return tuple(wording()["figures"]["changes"])


def _cues(ctx: Context, claim: Claim, side: Sequence[int]) -> tuple[str, ...]:
    """The words by which a note speaks of what a claim is said about: the cues of the
    subject its notes on the side it states speak of (`subjects.subject_of`: the
    culture's claim said as "the support and challenge staff receive" is not about
    caseloads, though caseloads are one of the culture's subjects), with the criterion's
    own cues where that is its usual or neutral subject."""
    d = ctx.data
    own = d.words.criterion(d.framework, claim.criterion).cues
    st, dv = (side, ()) if claim.direction == "for" else ((), side)
    chosen = subjects.subject_of(d, claim, st, dv)
    if chosen is None:
        return tuple(own)
    subject, found = chosen
    if subject.name in (subjects.USUAL, subjects.NEUTRAL):
        return (*own, *subject.cues)
    parts = found if subject.name == subjects.JOINED else (subject,)
    return tuple(
        c for x in parts for c in (x.cues if x.name != subjects.USUAL else (*own, *x.cues))
    )


def _material_cues(ctx: Context, crit: str, direction: str) -> tuple[str, ...]:
    """The cues of each subject of criterion `crit` that at least the framework's
    `material_cases` of the inspection's notes on it, on the side `direction` says, speak
    of (`subjects.note_subject`; the areas' notes too): a second figure may give one of
    them (tester 27's A2: agency staff filling 23% of posts nationally, said in eight
    notes beside caseloads in eight, was never said after the claim on workloads, which
    named the service's figures it came from)."""
    d = ctx.data
    subs = subjects.subjects().get(crit)
    if subs is None:
        return ()
    pol = "development" if direction == "against" else "strength"
    notes = [i for i, cs in enumerate(d.crits) if crit in cs and d.polarity[i] == pol]
    texts = d.texts(notes)
    spoken = Counter(subjects.note_subject(texts[i].text, subs) for i in notes)
    return tuple(c for x, n in spoken.items()
                 if x is not None and n >= d.rules.material_cases for c in x.cues)  # fmt: skip


def _speaks_of(clause: str, cues: tuple[str, ...]) -> bool:
    """Whether a clause uses one of `cues`, a one-word cue in any of its forms (by stem,
    `stemming.stem`, as `fitting.on_topic` compares words: "81% feel their manager
    supports them" speaks of support, a cue "supported"; tester 22's para 9)."""
    if has_any_words(clause, cues):
        return True
    single = {stem(c.lower()) for c in cues if c.isalpha()}
    return bool(single & {stem(w) for w in re.findall(r"[a-z]+", clause.lower())})


def _clauses(text: str) -> list[str]:
    """A note's clauses: its sentences split at semicolons, and at a comma or full stop
    before a figure (a list of figures, each its own clause: "86% proud to work for
    Cafcass, 81% feel their manager supports them", tester 22's A6), a short label before a colon
    ("Staff survey:") left off, each without its full stop."""
    out: list[str] = []
    for sentence in split_sentences(text):
        head, colon, rest = sentence.partition(":")
        if colon and len(head.split()) <= 4 and rest.strip():
            sentence = rest
        for part in (p.strip().rstrip(".") for p in _LISTED.split(sentence) if p.strip()):
            if out and _PERCENT.search(out[-1]) and _BARE_FIGURE.match(part):
                out[-1] += f" and {part}"  # "9% nationally, 17% in NW": one measure
            else:
                out.append(part)
    return out


# A share and where or whom it is of, and nothing more ("17% in NW"): the measure of
# the clause before it, said with it (tester 29's A11: "vacancy rate 9% nationally, 17%
# in NW" was said as "the vacancy rate is 9% nationally", the North West's left out).
_BARE_FIGURE = re.compile(
    r"^\d[\d.,]*\s*%\s+(?:in|for|at|among|across|nationally|locally)\b[^,;:%]{0,30}$",
    re.IGNORECASE,
)


# Where a note's clauses part: a semicolon, a comma before a figure ("..., 81% feel"), or
# a full stop before one, which the sentence splitter leaves ("Staff survey: 312
# responses. 64% of FCAs said ...": tester 27's A3, said as one clause).
_LISTED = re.compile(r";|,\s+(?=\d[\d.,]*\s*%)|(?<=\w)\.\s+(?=\d)")


def _figures_of(text: str) -> set[str]:
    """The figures a text states: its percentages and counts, and its words of change."""
    low = text.lower()
    changes = {w for w in _changes() if has_any_words(low, (w,))}
    return {m.group(0).replace(" ", "") for m in _PERCENT.finditer(text)} | changes


def _stated(clause: str, near: Sequence[str]) -> bool:
    """Whether the claim or what follows it states the clause's figure already."""
    mine = _figures_of(clause)
    return bool(mine) and any(mine & _figures_of(t) for t in near)


def _readable(ctx: Context, clause: str) -> str:
    """The clause as the report may say it, its shorthand written out
    (`telegraphic.written_out`: "mgrs" managers, "&" and); "" where shorthand is left
    (tester 29's F6: "88% say mgrs support & challenge them" was said as it stood)."""
    w = ctx.data.words
    said = their_roles(w.standalone, _read_as(ctx, telegraphic.written_out(clause)))
    known = w.known_capitals | {ctx.data.inspection.organisation}
    return "" if not said or has_shorthand(w.standalone, said, known) else said


def _read_as(ctx: Context, clause: str) -> str:
    """The clause as it stands where it reads as one, else with the "are" or "is" a
    shorthand note left out (`telegraphic.expanded`); "" where neither reads."""
    if _reads(ctx, clause):
        return clause
    full = telegraphic.expanded(clause, lambda _part: False).rstrip(".")
    if full and _reads(ctx, full):
        return full
    if verb_first(clause):  # its verb is one the clause test does not know as one
        return clause
    rules = ctx.data.words.standalone
    known = ctx.data.words.known_capitals | {ctx.data.inspection.organisation}
    # "Vacancy rate 19% ..." is "the vacancy rate is 19% ...": its capital only opens
    # the note, never a name's (tester 30's F13, "vacancy rate is 17% ...").
    low = lower_first(clause, known)
    for full in (_figure_first(clause), figure_after(rules, low)):
        if full and _reads(ctx, full):
            return full
    return ""


# Plural nouns, a verb of rating or showing, then the share ("quality audits rate 86% of
# work good or better": tester 28's A5, said "quality audits rate is 86% ...").
_VERB_FIRST = re.compile(
    r"^(?P<what>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3}?s)\s+(?P<verb>[a-z]+)\s+\d[\d.,]*\s*%",
    re.IGNORECASE,
)


def verb_first(clause: str) -> str:
    """A note's clause naming something, then a verb of rating or showing (`rests.toml`
    [figures] `share_verbs`), then its share: a clause as it stands; "" otherwise."""
    m = _VERB_FIRST.match(clause)
    if m is None or m["verb"].lower() not in wording()["figures"]["share_verbs"]:
        return ""
    return clause


# A share opening a note's shorthand before its participle ("97% of safeguarding letters
# filed on time", "23% of FCA posts filled by agency staff": a capital opening what it
# is of, tester 27's A2): the "are" ("is") the note left out goes before the participle.
_SHARE_FIRST = re.compile(
    r"^(?P<share>\d[\d.,]*\s*%\s+of\s+(?P<what>(?:the\s+)?[a-zA-Z][\w'-]*(?:\s+[\w][\w'-]*){0,4}?))"
    r"\s+(?P<done>[a-z]{3,}(?<!ee)ed)\b(?P<rest>.*)$"
)


def _figure_first(clause: str) -> str:
    """A note's shorthand opening on a share of something, missing its "are" before
    the participle, with it put back ("97% of safeguarding letters are filed on time");
    "" where the clause is not of that shape (tester 22's A10: the national KPIs)."""
    m = _SHARE_FIRST.match(clause)
    if m is None:
        return ""
    be = "are" if m["what"].split()[-1].endswith("s") else "is"
    return f"{m['share']} {be} {m['done']}{m['rest']}"


# A noun and its figure with the "is" between them left out ("turnover 9.1%, lower than
# local authorities"): a few words, none a verb or a word leading to a figure ("demand up
# 7%", "rated 64%", "in 93%": rests.toml [figures] `not_measures`), then a share.
_NOUN_FIGURE = re.compile(
    r"^(?P<what>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3})\s+(?P<rest>\d[\d.,]*\s*%.*)$", re.IGNORECASE
)


def figure_after(rules: Standalone, clause: str) -> str:
    """A note's shorthand naming a measure and then its share, missing its "is", with it
    put back ("turnover is 9.1%, lower than local authorities"); "" where the clause is
    not of that shape (tester 22's A10: the turnover figure was never said)."""
    m = _NOUN_FIGURE.match(clause)
    if m is None:
        return ""
    what = m["what"].lower().split()
    verbs = rules.finite_verbs
    leading = set(wording()["figures"]["not_measures"])
    if any(w in leading or w in verbs or w.endswith("ed") for w in what):
        return ""
    if what[-1] in wording()["figures"]["share_verbs"] and what[-2:-1] and what[-2].endswith("s"):
        return ""  # "quality audits rate 86% ...": a clause (`verb_first`)
    plural = what[-1].endswith("s") and not what[-1].endswith(("ss", "us", "is"))
    be = "are" if plural else "is"
    # "the vacancy rate is 14%", "turnover is 9.1%" (`mainclause.with_article`).
    return with_article(rules, f"{m['what']} {be} {_joined_on(rules, m['rest'])}")


# A second point after the share with its "is" left out ("4%, agency use falling").
_ABSOLUTE = re.compile(
    r"^(?P<share>[^,]*),\s+(?P<subject>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3}?)\s+"
    r"(?P<ing>[a-z]{3,}ing)\b(?P<tail>.*)$"
)


def _joined_on(rules: Standalone, rest: str) -> str:
    """The share and what follows it, a second point with its "is" left out joined on
    with its "is" put back ("4%, and agency use is falling": tester 28's A5, "the national
    vacancy rate is 4%, agency use falling")."""
    m = _ABSOLUTE.match(rest)
    if m is None or any(w in rules.finite_verbs for w in m["subject"].split()):
        return rest
    last = m["subject"].split()[-1]
    be = "are" if last.endswith("s") and not last.endswith(("ss", "us", "is")) else "is"
    return f"{m['share']}, and {m['subject']} {be} {m['ing']}{m['tail']}"


# A share opening a clause as its subject ("81% feel their manager supports them").
_SHARE_SUBJECT = re.compile(r"^\d[\d.,]*\s*%\s+[a-z]")


def _reads(ctx: Context, clause: str) -> bool:
    """Whether a clause reads as one: a verb after its subject (a share as the subject
    with a verb in the present tense after it: "81% feel their manager supports them",
    tester 22's para 9)."""
    w = ctx.data.words
    known = w.known_capitals | {ctx.data.inspection.organisation}
    if _SHARE_SUBJECT.match(clause) and is_clause_loose(w.standalone, clause, w.bare_noun_starts):
        return True
    return is_clause(w.standalone, clause, w.bare_noun_starts) or bool(
        as_said(w.standalone, capitalise(clause), known, w.bare_noun_starts)
    )


def _sentence(ctx: Context, i: int, clause: str) -> str | None:
    """The clause after its source ("In the staff survey, ..."), or as it stands where it
    names its source; None where the report has said it."""
    d = ctx.data
    table = wording()["figures"]
    source = d.words.evidence_nouns.get(d.source[i], "")
    head = source.split()[-1] if source else ""
    if not source or "{" in source:
        return None
    own = tuple(table.get("own_source", {}).get(d.source[i], ()))
    if head and has_any_words(clause, (head, *own)):
        options = [capitalise(clause) + "."]
    else:
        low = lower_first(clause, d.words.known_capitals | {d.inspection.organisation})
        frames = table.get("source_frames", {}).get(d.source[i], table["frames"])
        if any("that {clause}" in str(f) for f in frames):  # a clause, never a note's fragment
            low = that_clause(d.words.standalone, low, frozenset(d.words.known_capitals)) or ""
            if not low:
                return None
        options = surveyed(d.source[i], source, low) or [
            str(f).format(source=source, Source=capitalise(source),
                          clause=THAT_AND.sub(", and that ", low) if "that {clause}" in f else low)
            for f in frames
        ]  # fmt: skip
    return ctx.voice.choose(options, ctx.key, "figure", str(i))
