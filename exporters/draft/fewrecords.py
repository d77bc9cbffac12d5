"""A claim about the service resting on too few records to be stated as a verdict
(issue 15, tester 11's claim 13: "The service's audit work is a strength." from one
audit).

The rule, one for every claim about the service (leadership, partnership, workforce):
with fewer records on each side than the framework's `min_service_records` (`few`), the
claim is said as what those sources showed, never in the criterion's own words nor as a
bare verdict.  One record is said in its own words where its note holds a sentence that
reads on its own (`service.one_source`); else, and for two, the sources are counted
("The internal audit inspectors read shows strengths in ...": `side_options`).
Where both sides rest on so few records (one strength record and one development), each
side is said as its sources found it, weighed with the section's grade as
`agreement.grade_check` weighs a section's evidence: below good the weakness first, at
good or better the strength first (`weakness_first`), never "the picture is mixed".
The claim about cases keeps its own rule (`onecase`, and the "[One case only]" marker
of `claims`): a count of cases is said as a count, a count of records as a count.

The wording is data (`fewrecords.toml`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from exporters.draft import subjects
from exporters.draft.attributed import named_sources
from exporters.draft.data import DraftData
from exporters.draft.figurenotes import wording as figure_wording
from exporters.draft.figureparts import note_figure_clause as figure_clause
from exporters.draft.leaderssaid import stated_wordings
from exporters.draft.proportion import graded_well
from exporters.draft.relevance import claim_words, stems
from exporters.draft.tallies import Claim, majority
from exporters.draft.wording import wording_table
from exporters.draft.words import capitalise, join_list

MAX_KINDS = 2  # kinds of source of one side named in one clause, beyond `few`
MAX_COUNTED = 5  # records of one side counted source by source, beyond `few`


@cache
def wording() -> dict[str, Any]:
    """The wordings of `fewrecords.toml`."""
    return wording_table("fewrecords.toml")


def few(d: DraftData, st: Sequence[int], dv: Sequence[int]) -> bool:
    """Whether a claim about the service rests on too few records on each side to be
    stated as a verdict: neither side `enough`."""
    return bool(st or dv) and not enough(d, st) and not enough(d, dv)


def scarce(d: DraftData, st: Sequence[int], dv: Sequence[int]) -> bool:
    """Whether both sides have fewer records than the framework's `min_service_records`
    (one audit each way, two and one): each said as its sources found it."""
    least = d.rules.min_service_records
    return len(st) < least and len(dv) < least


def enough(d: DraftData, side: Sequence[int]) -> bool:
    """Whether one side's records may carry a verdict ("Inspectors saw strengths in
    ...", the criterion's own words): the framework's `min_service_records` of them at
    least, from at least `[verdict] min_kinds` kinds of source.  Three internal audits
    are what internal audits showed, not the inspectors' finding: said as such
    (`side_options`), however many there are."""
    kinds = len({d.source[i] for i in side})
    return len(side) >= d.rules.min_service_records and kinds >= int(
        wording()["verdict"]["min_kinds"]
    )


def even_area(d: DraftData, st: Sequence[int], dv: Sequence[int]) -> bool:
    """Whether a claim's records about the area or the organisation (not a case's)
    split evenly and are few (one and one, two and two), whatever its case files hold:
    said side by side, each as its sources found it, never "mixed" (tester 11's London
    North: one interview with managers each way beside case files leaning against)."""
    pos = [i for i in st if not d.case[i]]
    neg = [i for i in dv if not d.case[i]]
    # Each side's sources few enough to name in one clause ("the four case files
    # inspectors read and the interview with managers").
    kinds = max(len({d.source[i] for i in side}) for side in (st, dv))
    return bool(pos) and len(pos) == len(neg) and few(d, pos, neg) and kinds <= MAX_KINDS


def countable_even(d: DraftData, st: Sequence[int], dv: Sequence[int]) -> bool:
    """Whether a claim's two sides split near evenly (`tallies.majority`: two and three,
    three and three) on records few enough to count source by source (at most
    `MAX_COUNTED` a side, from at most `MAX_KINDS` kinds of source): said side by side
    as each side's sources found it rather than "the picture is mixed"."""
    if not st or not dv or max(len(st), len(dv)) > MAX_COUNTED:
        return False
    kinds = max(len({d.source[i] for i in side}) for side in (st, dv))
    return kinds <= MAX_KINDS and majority(d.rules, len(st), len(dv)) == "even"


def weakness_first(d: DraftData, grade: str | None, st: Sequence[int], dv: Sequence[int]) -> bool:
    """Which side a claim on both sides says first: the weakness in a section graded
    below good, the strength at good or better; ungraded, the larger side (the strength
    on a tie)."""
    if grade:
        return not graded_well(d, grade)
    return len(dv) > len(st)


@dataclass(frozen=True)
class Way:
    """One way of naming a source: its words and whether they take a plural verb."""

    text: str
    plural: bool


def _ways(d: DraftData, code: str, records: Sequence[int]) -> list[Way]:
    """The ways of naming `records` of one source (`[sources]`): never a count; the
    names true of one record or many, then those said only of two or more (`many`)."""
    table = wording()["sources"]
    entry = table.get(code)
    fill = {"noun": "", "who": ""}
    if entry is None:
        noun = d.words.evidence_nouns.get(code, code.lower().replace("_", " "))
        w = d.words
        people = "{" in noun or code in w.partner_quotes or code in w.family_quotes
        entry = table["people" if people else "other"]
        fill = {"noun": noun, "who": join_list(named_sources(d, records))}
    ways = [Way(str(t).format(**fill), False) for t in entry.get("singular", ())]
    ways += [Way(str(t).format(**fill), True) for t in entry.get("plural", ())]
    if len(records) > 1:
        ways += [Way(str(t).format(**fill), True) for t in entry.get("many", ())]
    return ways


def _kind(code: str) -> str:
    """The plural a side names a source by when the other side holds it too (`kind`),
    or "" for a source that is one thing however many records (the staff survey)."""
    return str(wording()["sources"].get(code, {}).get("kind", ""))


def _by_source(d: DraftData, side: Sequence[int]) -> list[tuple[str, list[int]]]:
    """A side's records by source, the commonest first; a case's notes count once (two
    notes on one file are one case file)."""
    by: dict[str, list[int]] = {}
    seen: set[tuple[str, object]] = set()
    for i in side:
        key = (d.source[i], d.case[i] or f"record {i}")
        if key not in seen:
            seen.add(key)
            by.setdefault(d.source[i], []).append(i)
    return sorted(by.items(), key=lambda kv: -len(kv[1]))


def named(d: DraftData, side: Sequence[int], other: Sequence[int] = (),
          then: Sequence[int] = (), k: int = 0, topic: str = "",
          unnamed: bool = False) -> tuple[str, str]:  # fmt: skip
    """The sources of one side as the report names them, without counting them
    ("internal audit", "audit findings and managers' accounts"; see `[sources]`), in
    the `k`th way of saying each, and "s" where the verb after them takes it.  A side
    said after the other (`other`) whose sources it shares is "others" ("..., but others
    show weaknesses"), a shared source among others "other internal audits", a source
    that is one thing ("the staff survey") by the same name on both sides, the first
    that does not say a word of the `topic` again, with "also"; the side said first
    whose one kind of source the next side (`then`) holds alone is "some internal
    audits", unless it is the larger side by the records' own rule
    (`tallies.majority`: two staff survey results for and one against): the finding is
    then named as it is, never hedged, and the smaller side after it is "some" of its
    kind (tester 19, A7: "Some staff survey results ..., although ..." from two for and
    one against, where the section on local services said the survey was positive)."""
    groups = _by_source(d, side)
    before = {d.source[i] for i in other}
    after = {d.source[i] for i in then}
    # After a side said in its note's own words, naming no source (`unnamed`), "others"
    # refers to nothing: the source is named, with "also" (tester 30's F13).
    kind = _kind if not unnamed else (lambda _code: "")
    # Which of the two sides the records' own rule makes the finding (`tallies.majority`:
    # two staff survey results for and one against are mostly for): the larger is never
    # "some" of its kind, the smaller always is (tester 19, A7: "Some staff survey
    # results ... others ..." from two for and one against).
    rival = other or then
    lead = majority(d.rules, len(side), len(rival)) if rival else "even"
    if len(groups) == 1 and groups[0][0] in before and kind(groups[0][0]):
        if len(before) == 1 and lead == "against":  # after the larger side, named as it is
            return f"some {kind(groups[0][0])}", ""
        return ("others" if len(before) == 1 else f"other {kind(groups[0][0])}"), ""
    if len(groups) == 1 and after == {groups[0][0]} and kind(groups[0][0]) and lead != "for":
        return f"some {kind(groups[0][0])}", ""
    ways: list[Way] = []
    also = False  # a source the other side names too, one thing however many records
    for code, records in groups:
        if code in before and kind(code):
            ways.append(Way(f"other {kind(code)}", True))
            continue
        also = also or code in before
        mine = _ways(d, code, records)
        if code in before | after:  # named alike on both sides
            ways.append(next((w for w in mine if not _echoes(topic, w.text)), mine[0]))
        else:
            ways.append(mine[k % len(mine)])
    ways = _merged(ways)
    # "Evidence from managers and internal audit" reads as one body of evidence from
    # both: it takes "suggests" (closing25's note), as "evidence from judges and
    # managers" (`_merged`) does; "audit findings and evidence from managers" take "show".
    merged = any(ways[0].text.startswith(h) for h in wording()["names"]["merged"])
    plural = len(ways) > 1 and not merged or ways[0].plural
    return join_list([w.text for w in ways]) + (" also" if also else ""), "" if plural else "s"


def _merged(ways: list[Way]) -> list[Way]:
    """Names that open alike said once ("evidence from judges and managers", not
    "evidence from judges and evidence from managers": `merged`), one thing (a
    singular verb) where the first is; never where either holds an "and" already
    ("evidence from performance and learning reviews")."""
    out: list[Way] = []
    for w in ways:
        head = next((h for h in wording()["names"]["merged"] if w.text.startswith(h)), "")
        prev = next((n for n, q in enumerate(out) if head and q.text.startswith(head)
                     and " and " not in q.text and " and " not in w.text), None)  # fmt: skip
        if prev is None:
            out.append(w)
        else:
            out[prev] = Way(f"{out[prev].text} and {w.text.removeprefix(head)}", out[prev].plural)
    return out


def _echoes(topic: str, src: str) -> bool:
    """Whether a source's name says a word of the topic again ("In performance
    information, the use of performance information ..."): words of five letters or
    more, by their first five."""

    def stems(text: str) -> set[str]:
        return {w[:5] for w in re.findall(r"[a-z]+", text.lower()) if len(w) >= 5}

    return not stems(topic).isdisjoint(stems(src))


OPENING = 3  # the words of a wording that name what it is about ("the figures leaders")


def _opens_with(wording: str, src: str) -> bool:
    """Whether a wording opens (its first `OPENING` words) on the thing a source is
    named by, the last word of each name (`_echoes`): "the figures leaders see measure
    ..." after "the service's figures" would say "the figures suggest that the figures
    ..." (tester 16), "audits check compliance ..." after "the service's own audits";
    "staff receive ..." after "the staff survey" is as it is."""
    heads = " ".join(part.split()[-1] for part in re.split(r",| and ", src) if part.split())
    return _echoes(" ".join(wording.split()[:OPENING]), heads)


def variants(d: DraftData, side: Sequence[int]) -> int:
    """How many ways of naming a side's sources there are (the most of any source)."""
    return max((len(_ways(d, code, records)) for code, records in _by_source(d, side)),
               default=1)  # fmt: skip


def notes_say(
    d: DraftData, wording: str, side: Sequence[int], criterion: str, every: bool = False
) -> bool:
    """Whether a side's notes say what a wording says beyond its criterion's own name:
    they use a quarter (at least one) of the words it says in particular
    (`relevance.claim_words`), less the words of the criterion's text and topic, which
    any note on the criterion may use ("private law applications" in "work on private
    law applications is timely": a note on a recovery plan for private law says
    nothing of timeliness).  With `every`, all of those words (a measure said with its
    predicate: "caseloads manageable" says "the workloads are manageable", "two posts
    vacant" does not say "too many posts are vacant or filled by agency staff").  True
    for a wording that says nothing more."""
    particular, distinctive = claim_words(d, wording)
    own: set[str] = set()
    if criterion:
        try:
            own = stems(d.framework.criterion(criterion).text)
        except KeyError:
            own = set()
        own |= stems(d.words.criterion(d.framework, criterion).about_what)
    wanted = (distinctive or particular) - own
    if not wanted:
        return True
    need = len(wanted) if every else max(1, -(-len(wanted) // 4))
    texts = d.texts(list(side))
    found = set().union(*(stems(texts[i].text) for i in side)) if side else set()
    return len(wanted & found) >= need


def wording_fits(d: DraftData, wording: str, side: Sequence[int], criterion: str) -> bool:
    """Whether a side's notes bear a criterion wording out: they use its words beyond the
    criterion's own (`notes_say`), or they speak of the subject the wording speaks of by
    its cues (`subjects.note_subject`, `subjects.speaks_of`: "on time in 80% of cases"
    for "the work is not timely enough")."""
    if notes_say(d, wording, side, criterion):
        return True
    subs = subjects.subjects().get(criterion)
    if subs is None:
        return False
    subs = replace(subs, usual_topic=d.words.criterion(d.framework, criterion).about_what)
    subject = subjects.note_subject(wording, subs)
    if subject is None:
        return False
    texts = d.texts(list(side))
    return any(subjects.speaks_of(texts[i].text, subject) for i in side)


def speaks_of_none(d: DraftData, criterion: str, i: int) -> bool:
    """Whether a note speaks of none of its criterion's subjects (`subjects.note_subject`:
    a recovery plan on the timeliness criterion); False where the criterion lists none."""
    subs = subjects.subjects().get(criterion)
    return subs is not None and subjects.note_subject(d.text(i), subs) is None


def side_options(
    d: DraftData, topic: str, lean: str, side: Sequence[int], other: Sequence[int] = (),
    then: Sequence[int] = (), topic_after: bool = False, wordings: Sequence[str] = (),
    avoid: str = "", criterion: str = "", unnamed: bool = False,
) -> list[str]:  # fmt: skip
    """The ways of saying one side of a claim on `topic` as what its records show, their
    sources named and never counted (`named`), in every frame (`[frames]`), and, where
    the claim's general `wordings` are given, as what they show to be so ("Audit
    findings show that leaders do not use audits and reviews well enough": `that`
    frames); a way whose sources' name says a word of the topic again is left out while
    another is left.  After the other side's records (`other`): in lower case, without
    a stop, and without the topic said again unless `topic_after` (the sides speak of
    different subjects); `avoid`: the other side's topic, which a source named on both
    sides is not to echo either."""
    # A wording only where the side's own notes say it (`relevance.says`): never a
    # template claim the note does not make (tester 14: "Managers' accounts show that
    # work on private law applications is timely" from a note on a recovery plan).
    fitting = [w for w in wordings if wording_fits(d, w, side, criterion)]
    # The figures its note gives, said first (tester 29's A16: never "the work is not
    # timely enough" where the note says 61% of reports were on time against 89%).
    figures = [] if other else figure_wordings(d, side, fitting, criterion)
    wordings = stated_wordings(d, fitting, side, lean)  # `leaderssaid` (tester 31's A10)
    # A measure of the work (the workloads) is no work to show strengths in: said with a
    # wording its notes put in their words, where one is (tester 29: "Evidence from
    # practitioners shows strengths in the workloads.").
    said_so = [
        w for w in wordings if needs_predicate(topic) and notes_say(d, w, side, criterion, True)
    ]
    if said_so and not other:
        wordings = said_so
    key = ("for" if lean == "for" else "against") + ("_after" if other else "")
    if other and topic_after:
        key += "_topic"
    frames = wording()["frames"]
    echo = f"{topic} {avoid}"  # a source on both sides: the name echoing neither topic
    names = [named(d, side, other, then, k, echo, unnamed) for k in range(variants(d, side))]
    names = [n for n in names if not _echoes(topic, n[0])] or names
    out: list[str] = []
    for src, s in dict.fromkeys(names):
        said = unechoed(topic, [src])
        plural = d.words.support.plural(said)
        fill = {
            "the_src": src, "The_src": capitalise(src), "s": s, "topic": said,
            "Topic": capitalise(said), "ts": "" if plural else "s",
        }  # fmt: skip
        if figures:
            out += [f.format(**fill, wording=w) for w in figures for f in frames["figure"]]
            continue
        if not (said_so and not other):
            out += [f.format(**fill) for f in frames[key]]
        fresh = [w for w in wordings if not _opens_with(w, src) and not _people_again(w, src)]
        for w in wordings:  # "Practitioners' accounts show that the workloads ..."
            if _opens_with(w, src):  # never "the figures suggest that the figures ..."
                continue
            if fresh and _people_again(w, src):  # nor "practitioners' accounts show that
                continue  # practitioners have ..." while another wording is left
            fill["wording"] = unechoed(w, [src])
            out += [f.format(**fill) for f in frames.get(f"{key}_that", ())]
    return list(dict.fromkeys(out))


def figure_wordings(d: DraftData, side: Sequence[int], wordings: Sequence[str],
                    criterion: str) -> list[str]:  # fmt: skip
    """What a side's notes show, in their own figures (`figurenotes.figure_clause`: "61%
    of section 7 reports were on time, against 89% nationally"), where its records are
    of one source (the sentence names it) and the figures speak of what the claim is
    about: one of the claim's general `wordings` fits the notes, or the figure clause
    speaks of one of its criterion's subjects.  A figure set beside no other says no
    verdict: it is said only after a wording it bears out ("the work is not timely
    enough: 61% of ..."), never alone.  None where no note gives figures."""
    if len({d.source[i] for i in side}) != 1:
        return []
    texts = d.texts(list(side))
    subs = subjects.subjects().get(criterion)
    out: list[str] = []
    for i in side:
        clause = figure_clause(texts[i].text)
        if not clause:
            continue
        if not wordings and (subs is None or subjects.note_subject(clause, subs) is None):
            continue
        compared = any(f", {j} " in clause for j in set(figure_wording()["compared"].values()))
        if compared:
            out.append(clause)
        else:  # a share alone says no verdict: only after the wording it bears out
            out += [f"{w}: {clause}" for w in wordings]
    return list(dict.fromkeys(out))


def needs_predicate(topic: str) -> bool:
    """Whether a topic is a measure of the work rather than the work ("the workloads",
    "practitioners' workloads", "staffing levels": `[predicate]` `topics`, the whole
    topic but its article and owners), which a sentence says something of rather than
    shows strengths or weaknesses in ("how leaders ... control workloads" is work)."""
    words = [w for w in topic.lower().replace("’", "'").split() if w != "the" and w[-1] != "'"]
    return " ".join(words) in wording()["predicate"]["topics"]


def own_words(d: DraftData, side: Sequence[int], clause: str, after: bool,
              other: Sequence[int] = ()) -> list[str]:  # fmt: skip
    """One side said as its one note says it (`clause`, the note's finding in lower
    case), its source named (`[own_words]`): where the note does not speak of the
    claim's topic, what the note says rather than a template claim it does not make.
    `after`: said after the other side (`other`), in lower case."""
    out = []
    for k in range(variants(d, side)):
        src, s = named(d, side, other if after else (), (), k)
        fill = {"the_src": src, "The_src": capitalise(src), "s": s, "clause": clause}
        out += [f.format(**fill) for f in wording()["own_words"]["after" if after else "first"]]
    return list(dict.fromkeys(out))


def counted(d: DraftData, st: Sequence[int], dv: Sequence[int]) -> str:
    """The records behind a few-records sentence, counted by source for the comment
    (the sentence names them without counting: "internal audits: 3 for, 3 against")."""
    nouns = {c: n for c, n in d.words.evidence_nouns.items() if "{" not in n}
    nouns = {**d.words.source_nouns, **nouns}
    n_for = {code: len(recs) for code, recs in _by_source(d, st)}
    n_against = {code: len(recs) for code, recs in _by_source(d, dv)}
    parts = []
    for code in dict.fromkeys([*n_for, *n_against]):
        sides = [f"{n[code]} {w}" for n, w in ((n_for, "for"), (n_against, "against"))
                 if code in n]  # fmt: skip
        parts.append(f"{nouns.get(code, code.lower().replace('_', ' '))}: {', '.join(sides)}")
    return "; ".join(parts)


def general_wordings(claim: Claim, lean: str) -> tuple[str, ...]:
    """The claim's wordings true of any strength (or weakness) on its criterion, for a
    side said as what its sources show to be so (`fewrecords.side_options`)."""
    w = claim.words
    return w.strength_general if lean == "for" else w.weakness_general


def side_topics(d: DraftData, claim: Claim, st: Sequence[int], dv: Sequence[int]
                ) -> dict[str, str]:  # fmt: skip
    """What each side of a claim on both sides is about: the subject its own notes
    speak of (`subjects.following` on that side alone) where the claim's words join two
    (tester 12: "The set of performance figures ... shows strengths in the use of
    performance information and the timeliness of the work" where only the weakness
    notes spoke of timeliness); else the claim's topic for both."""
    topic = claim.words.about_what
    base = d.words.criterion(d.framework, claim.criterion)
    chosen = subjects.subject_of(d, replace(claim, words=base), st, dv)
    if chosen is None or chosen[0].name != subjects.JOINED:
        return {"for": topic, "against": topic}
    out = {}
    for_one = replace(claim, words=base, direction="for", lean="for")
    against_one = replace(claim, words=base, direction="against", lean="against")
    out["for"] = subjects.following(d, for_one, st, ()).words.about_what
    out["against"] = subjects.following(d, against_one, (), dv).words.about_what
    if out["for"] == out["against"]:
        return {"for": topic, "against": topic}
    return out


def joined(first: str, second: str) -> list[str]:
    """Two sides in one sentence: `first` a sentence (its stop dropped), `second` to
    follow it in lower case ([each_side] `join`); each to its first semicolon ("...;
    this has fallen since last year" is left to the comment)."""
    head, tail = (t.split("; ", 1)[0].rstrip().rstrip(".") for t in (first, second))
    return [j.format(first=head, second=tail) for j in wording()["each_side"]["join"]]


# A word for people ("managers", "practitioners") in a possessive: "managers' oversight".
_POSSESSIVE = r"\b{}(?:['’]s?|['’])\s"
_INTERVIEWED = re.compile(
    r"\b(?:interviews? with|evidence from|what) ((?:[a-z]+ )*?[a-z]+s)\b"
    r"|\b([a-z]+s)['’] accounts\b"
)


def _people_again(wording: str, src: str) -> bool:
    """Whether a wording opens on the people its source names ("practitioners have
    manageable caseloads" after "practitioners' accounts")."""
    people = {(m.group(1) or m.group(2)).split()[-1] for m in _INTERVIEWED.finditer(src)}
    first = wording.split()[0].lower() if wording.split() else ""
    return bool(people) and first in people


def unechoed(finding: str, sources: Sequence[str]) -> str:
    """What some sources found without naming their own people again as its subject:
    "weaknesses in the oversight of practice" after "in interviews with managers", not
    "... managers' oversight of practice" (tester 11), nor after "managers' accounts"
    or "evidence from managers"; other words as they are."""
    people = {(m.group(1) or m.group(2)).split()[-1]
              for src in sources for m in _INTERVIEWED.finditer(src)}  # fmt: skip
    for word in sorted(people):
        finding = re.sub(_POSSESSIVE.format(re.escape(word)), "the ", finding)
    return re.sub(r"\bthe the\b", "the", finding)
