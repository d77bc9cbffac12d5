"""A note about a measure that counts or misses some work is not a finding on that work
(issue 15, tester 15's D1: "The timeliness of the work comes out poorly in performance
information and board papers" and a leaders' key finding naming "weaknesses in ...
timeliness of the work", drawn from "Performance report to the board counts timeliness
only ..." and "the figures 'tell us we're on time, not that we're any good'", where
the work was on time in 98% of cases and the weakness was what the figures measure).

A sentence of a note is about a measure's scope where it names a measure and says what
it covers or leaves out (`measures.toml`: "counts timeliness only", "nothing on the
quality of ...", "no measure of whether ..."), or where it opens on what a measure
leaves out after a sentence of the note naming one ("The board report counts reports
filed on time; nothing on their quality": the clause has no subject but the measure
named before it, and both sentences say its scope).  Inside such a sentence no other
subject's cues count, by the sentence's structure rather than a list of subjects: the
note says nothing there of whether the work is done well or badly ("the timeliness of
the work"), nor of how leaders use the figures.  Each such sentence counts for a
subject naming what the measure covers (`scope_subjects`).  `subjects.cue_count` asks
here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from exporters.draft.wording import wording_table
from exporters.draft.words import _has

if TYPE_CHECKING:
    from exporters.draft.data import DraftData
    from exporters.draft.tallies import Tally

# "only" closing a clause ("counts timeliness only:", "targets only."), not "only 38%".
_ONLY = re.compile(r"\bonly\b(?=\s*(?:[.;:,)'’\"]|$))")
_SENTENCE = re.compile(r"(?<=[.;!?])\s+")


@cache
def table() -> dict[str, Any]:
    """The words of `measures.toml`, read once."""
    return wording_table("measures.toml")


def _about_scope(low: str) -> bool:
    if not _names_measure(low):
        return False
    if _ONLY.search(low) or _not_covering().search(low) or _counting_as().search(low):
        return True
    return any(_has(low, w) for w in table()["scope"])


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _not_covering() -> re.Pattern[str]:
    """A measure said not to look at something ("audits do not look at the quality of
    ...", "the dashboard doesn't track ..."): `measure`, up to three words, a negated
    auxiliary, then a verb of covering (`covering`)."""
    t = table()
    return re.compile(
        rf"(?<![a-z])(?:{_alternation(t['measure'])})(?![a-z])(?:\s+[a-z'’-]+){{0,3}}?"
        rf"\s+(?:(?:do|does|did)\s+not|don['’]t|doesn['’]t|didn['’]t|never)\s+"
        rf"(?:{_alternation(t['covering'])})(?![a-z])"
    )


@cache
def _counting_as() -> re.Pattern[str]:
    """A measure said to count one thing as another, or one thing and not another ("the
    data counts a letter as 'complete' once it is started", "the measure counts letters
    started, not filed with checks": tester 27's A2): `measure`, up to three words, a
    verb of `counting`, up to five words (no figure: "counted 11 of 30 files as ..." is
    a finding), then "as" or ", not"."""
    t = table()
    return re.compile(
        rf"(?<![a-z])(?:{_alternation(t['measure'])})(?![a-z])(?:\s+[a-z'’-]+){{0,3}}?"
        rf"\s+(?:{_alternation(t['counting'])})(?:\s+[a-z'’-]+){{1,5}}?(?:\s+as\s|,\s+not\s)"
    )


def _names_measure(low: str) -> bool:
    return any(_has(low, w) for w in table()["measure"])


def _continues_scope(low: str) -> bool:
    """Whether a sentence opens on what a measure covers or leaves out, with no subject
    of its own ("nothing on whether the analysis is sound.", after "The board report
    counts reports filed on time;"): it speaks of the measure named before it."""
    head = low.lstrip(" -–—:,")
    return any(head.startswith(w) and _has(head, w) for w in table()["scope"])


@lru_cache(maxsize=1 << 12)
def scope_sentences(low: str) -> tuple[str, ...]:
    """The sentences of a lower-cased note about a measure's scope (see the module
    docstring): each naming a measure and what it covers or leaves out, or opening on
    what it covers or leaves out after a sentence naming one (and that sentence, which
    says what the measure counts)."""
    out: list[str] = []
    measure = ""  # the last sentence before this one naming a measure
    for s in _SENTENCE.split(low):
        if _about_scope(s):
            out.append(s)
        elif measure and _continues_scope(s):
            # What the measure counts, then what it leaves out: both say its scope.
            out += [x for x in (measure, s) if x not in out]
        if _names_measure(s):
            measure = s
    return tuple(out)


@lru_cache(maxsize=1 << 12)
def unmeasured(low: str) -> str:
    """A lower-cased note without its sentences about a measure's scope."""
    out = low
    for s in scope_sentences(low):
        out = out.replace(s, " ")
    return out


def cue_count(low: str, topic: str, cues: tuple[str, ...]) -> int:
    """How many of a subject's `cues` a lower-cased note uses (whole words): its
    sentences about a measure's scope each counted once for a subject naming what a
    measure covers (`scope_subjects`), and left out for every other subject (they speak
    of the measure, not of the work it counts nor of how leaders use it)."""
    extra = 0
    if topic in table()["scope_subjects"]:
        extra = len(scope_sentences(low))
    else:
        low = unmeasured(low)
    return extra + sum(1 for c in cues if _has(low, c))


def names_scope(topic: str) -> bool:
    """Whether a claim's topic is a subject naming what a measure covers
    (`scope_subjects`: "performance information on the quality of practice"): its
    sources are the measures it is about, so it is said in its own words, never as what
    those sources show ("the service's figures suggest that the figures leaders see
    ...": `service._shown`)."""
    return topic in table()["scope_subjects"]


_LABEL = re.compile(r"^(?:[\w'’-]+\s){0,5}[\w'’-]+:\s+")
_TAIL = re.compile(r",\s+(?:which|but|and|though|although|while)\b")


def scope_said(text: str, head: bool = False) -> str:
    """A note's first sentence where it is about a measure's scope and names the
    measure (a note opening on another point is about that), in the note's own words
    for the body: a leading label ("Private law: ") dropped, its first
    letter raised, ended with a stop; "" where there is none or it is not 6 to 40 words
    ("Audits do not look at the quality of domestic abuse work, which inspectors found
    uneven.").  `head`: the sentence to its first clause joined on (", which ...", ",
    but ..."), where that still says the measure's scope."""
    first = _SENTENCE.split(text.strip())[0]  # the note's first point: its finding
    if not _about_scope(first.lower()):
        return ""
    said = _LABEL.sub("", first).strip().rstrip(";:,.")
    if head:
        said = _TAIL.split(said, maxsplit=1)[0]
        if not _about_scope(said.lower()):
            return ""
    if not 6 <= len(said.split()) <= 40:
        return ""
    return said[0].upper() + said[1:] + "."


def outweighs(d: DraftData, t: Tally, criterion: str, records: Sequence[int]) -> bool:
    """Whether `records` about an area, going the other way from its case tally `t` on
    `criterion`, are material though fewer than the framework's `material_cases`: one
    of them is a measure over many cases that speaks of the criterion's topic
    (`counts_cases`), and the case files lean clearly one way (no even split,
    `evensplit.even`, where the figure would only say what the tally's other half
    says).  A national section's records about the organisation keep the rule of
    `material_cases` (one national audit beside the national sample is not enough:
    tests/export/test_national_level.py)."""
    from exporters.draft.evensplit import even  # it reads the tallies, which read this

    return len(t.pos) != len(t.neg) and not even(d, t) and counts_cases(d, criterion, records)


def counts_cases(d: DraftData, criterion: str, records: Sequence[int]) -> bool:
    """Whether any of `records` is a measure over many cases (`counting_sources`:
    performance data, an audit of many files) that says a finding on `criterion`'s topic
    (`relevance.on_topic_note`: a note tagged with it about something else is no finding
    on it), not only what the measure covers or leaves out (`scope_sentences`)."""
    from exporters.draft.relevance import on_topic_note  # it reads the tallies too

    counting = set(table()["counting_sources"])
    mine = [i for i in records if d.source[i] in counting]
    if not mine:
        return False
    texts = d.texts(mine)
    return any(
        not scope_sentences(texts[i].text.lower()) and on_topic_note(d, criterion, texts[i].text)
        for i in mine
    )
