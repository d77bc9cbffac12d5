"""A claim's subject from what its notes speak of, not from the criterion's phrase
(issue 15: "every sentence true to its evidence").

A criterion's topic and wordings name an aspect of a thing: "the use of performance
information", "how the service learns from complaints", "how leaders plan the
workforce".  The notes behind a claim often speak of the thing alone: "timeliness of
work submitted to court fell below target in the quarter" and "the area's figures show
allocation delays" say that performance was poor, not that managers failed to use the
information, and an independent audit found "Internal audits reveal shortfalls in the
use of performance information" drafted from such notes: a subject none of them names.

So for a criterion with `[subjects]` in criteria.toml, a claim about the service names
its usual topic only where its notes speak of that aspect (the subject's `cues`, whole
words); where they speak of something else the sentence follows them (`following`).
Each note speaks of the usual subject if it uses its cues, else of the first `other`
whose cues it uses (`note_subject`).  Over the notes of the side a sentence states
(both sides of a balanced claim): the one subject they speak of, with its own topic,
noun, general wordings and improvement point, and those of the criterion's wordings
that speak of it ("high workloads leave practitioners too little time" for caseloads);
two, joined ("the use of performance information and the timeliness of the work"),
said as what its sources show; more, or notes most of which speak of none, the
`neutral` subject, naming the thing alone.  The claim's criterion, tallies, flags and
trace are unchanged: only the words follow the notes.  The opening names a weakness
(`sectionopening.named_weaknesses`) and the improvement point its fault
(`improvements.improvement_fault`: `weakness_words`) by the same rule.  A claim about
cases is not changed: its particular wordings are already borne out case by case
(`relevance.fitting_each`), and its general ones are true of any case on the criterion.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from exporters.draft import measured
from exporters.draft.data import DraftData
from exporters.draft.tallies import Claim
from exporters.draft.wording import wording_table
from exporters.draft.words import CriterionWords

USUAL = "usual"
NEUTRAL = "neutral"
JOINED = "joined"


@dataclass(frozen=True)
class Subject:
    """One thing a claim on a criterion may be about: its name (`USUAL`, `NEUTRAL`, or
    the other subject's topic), the words by which a note speaks of it, and its words."""

    name: str
    cues: tuple[str, ...] = ()
    topic: str = ""
    noun: str = ""
    strength: tuple[str, ...] = ()
    weakness: tuple[str, ...] = ()
    improve: str = ""
    within: str = ""  # the topic of the other subject it narrows ("supervision")


@dataclass(frozen=True)
class Subjects:
    """A criterion's usual subject (its `cues`: how a note speaks of its aspect), the
    others a note may speak of instead, and the neutral one."""

    usual: Subject
    other: tuple[Subject, ...]
    neutral: Subject
    usual_topic: str = ""  # the criterion's own topic, for a joined subject
    found: tuple[str, ...] = ()  # cues saying the aspect was done ("identified": `done_away`)


def _tuple(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value or ())


def _subject(name: str, v: dict[str, Any]) -> Subject:
    return Subject(
        name, _tuple(v.get("cues")), str(v.get("topic", "")), str(v.get("noun", "")),
        _tuple(v.get("strength")), _tuple(v.get("weakness")), str(v.get("improve", "")),
        str(v.get("within", "")),
    )  # fmt: skip


@cache
def subjects() -> dict[str, Subjects]:
    """Each listed criterion's subjects (criteria.toml [subjects]), read once."""
    table = wording_table("criteria.toml").get("subjects", {})
    out = {}
    for crit, v in table.items():
        other = tuple(_subject(str(o["topic"]), o) for o in v.get("other", ()))
        neutral = _subject(NEUTRAL, v["neutral"])
        out[crit] = Subjects(_subject(USUAL, v), other, neutral, found=_tuple(v.get("found")))
    return out


def speaks_of(text: str, subject: Subject) -> bool:
    """Whether a note uses one of a subject's cues (whole words, any case)."""
    return cue_count(text.lower(), subject) > 0


def cue_count(low: str, subject: Subject) -> int:
    """How many of a subject's cues a lower-cased note uses (whole words), a note's
    sentences about what a measure counts or misses read as `measured` reads them."""
    return measured.cue_count(low, subject.topic, subject.cues)


def note_subject(text: str, subs: Subjects) -> Subject | None:
    """The subject one note speaks of: the usual one where it uses any of its cues (it
    bears the usual wording out: "the first recorded national action was in September"
    is about acting on the figures, however much the note also says of the drift),
    else the other whose cues it uses the most, the first in their order among equals
    ("Judges raised concerns about late filing of reports leading to adjourned
    hearings" speaks of timeliness, not of the quality of reports); None where it uses
    none (a note on something else, or tagged wrongly: `relevance.off_topic`)."""
    return _note_subject(text, subs.usual, subs.other)


@lru_cache(maxsize=1 << 14)
def _note_subject(text: str, usual: Subject, other: tuple[Subject, ...]) -> Subject | None:
    """`note_subject`, remembered: a draft asks it of the same note for each sentence
    and example the note may stand behind (about ten times a note), each asking it
    to look for every cue of every subject (a quarter of a draft's time)."""
    low = text.lower()
    if cue_count(low, usual):
        return usual
    best, most = None, 0
    for subject in other:
        n = 0 if subject.within else cue_count(low, subject)
        if n > most:
            best, most = subject, n
    if best is None:
        return None
    # A subject narrowing the one chosen (`within`), by its own cues ("how often
    # supervision takes place" for a note on supervision that says it is cancelled).
    narrow, most = best, 0
    for subject in other:
        n = cue_count(low, subject) if subject.within == best.topic else 0
        if n > most:
            narrow, most = subject, n
    return narrow


def spoken_of_texts(subs: Subjects, texts: Sequence[str]) -> list[Subject]:
    """The subjects one side's notes speak of (`note_subject`), counted by note, the
    most spoken of first (the usual one first among equals, then the others in their
    order): the first alone where it is at least half of the notes, else the first two
    where together they are; empty (the neutral subject) where neither is so, or where
    most of the notes speak of none."""
    found = [note_subject(text, subs) for text in texts]
    named = _widened([x for x in found if x is not None], subs)
    if 2 * len(named) < len(found):
        return []
    order = [subs.usual, *subs.other]
    ranked = sorted(set(named), key=lambda x: (-named.count(x), order.index(x)))
    for k in (1, 2):
        if 2 * sum(named.count(x) for x in ranked[:k]) >= len(found):
            return ranked[:k]
    return []


def _widened(named: list[Subject], subs: Subjects) -> list[Subject]:
    """The notes' subjects, those narrowing one subject (`within`: how often supervision
    takes place, how well it helps reflection) said as that subject where the notes
    speak of it in more than one way (lead17): one subject, never two joined."""
    wide = {x.topic: x for x in subs.other}
    ways: dict[str, set[Subject]] = {}
    for x in named:
        ways.setdefault(x.within or x.topic, set()).add(x)
    return [wide[x.within] if x.within in wide and len(ways[x.within]) > 1 else x
            for x in named]  # fmt: skip


def joined(subs: Subjects, parts: Sequence[Subject]) -> Subject:
    """One subject naming the two the notes speak of ("the use of performance
    information and the timeliness of the work"), said only as what its sources show
    (no wordings: each wording names one of them)."""
    first, second = parts
    return Subject(
        JOINED, topic=f"{topic(subs, first)} and {topic(subs, second)}",
        noun=_join_nouns(first.noun or topic(subs, first), second.noun or topic(subs, second)),
    )  # fmt: skip


def _join_nouns(one: str, two: str) -> str:
    """Two nouns joined, their common "of ..." said once ("the use and accuracy of
    performance information", never "the use of performance information and the
    accuracy of performance information")."""
    head1, of1, tail1 = one.partition(" of ")
    head2, of2, tail2 = two.partition(" of ")
    if of1 and of2 and tail1 == tail2:
        return f"{head1} and {head2.removeprefix('the ')} of {tail1}"
    return f"{one} and {two}"


def topic(subs: Subjects, subject: Subject) -> str:
    """A subject's topic (the usual one's is the criterion's own, `CriterionWords`)."""
    return subject.topic or subs.usual_topic


def subject_of(
    d: DraftData, claim: Claim, st: Sequence[int], dv: Sequence[int]
) -> tuple[Subject, tuple[Subject, ...]] | None:
    """The subject a claim about the service is said with (`following`), and the
    subjects its notes speak of (`choose`, on the notes of each side the sentence
    states: both sides of a balanced claim); None where its criterion lists no
    subjects or the claim is about cases."""
    subs = subjects().get(claim.criterion)
    if subs is None or claim.by_cases:
        return None
    subs = replace(subs, usual_topic=claim.words.about_what)
    if claim.direction == "for":
        sides = [st]
    elif claim.direction == "against":
        sides = [dv]
    else:
        sides = [st, dv]
    texts = d.texts([i for side in sides for i in side])
    weak = set(dv)
    return choose(subs, [[done_away(subs, weak_part(texts[i].text)) if i in weak
                          else texts[i].text for i in side] for side in sides])  # fmt: skip


# A negation in the three words before a cue ("had not identified", "never picked up").
_NEGATED = re.compile(
    r"\b(?:not|never|no|nobody|failed to|without)\W+(?:[\w'’-]+\W+){0,2}$|n['’]t\W+(?:[\w'’-]+\W+){0,2}$"
)


def done_away(subs: Subjects, text: str) -> str:
    """A development note's text without the cues that say its aspect was done (`found`:
    "the area audit had already identified drift in private law" says the information
    was used, and found the drift), so that the note speaks of what was found, not of
    the use (tester 24's A4: Area 8's "the use of performance information comes out
    poorly", from its figures and from that audit, which it then gave as the example);
    a cue said not done ("had not identified") stays."""
    return _done_away(subs.found, text) if subs.found else text


@lru_cache(maxsize=1 << 12)
def _done_away(found: tuple[str, ...], text: str) -> str:
    """`done_away`, remembered (a draft asks it of a note for each claim it may back)."""
    low = text.lower()
    cut: list[tuple[int, int]] = []
    for cue in found:
        for m in re.finditer(rf"\b{re.escape(cue)}\b", low):
            if not _NEGATED.search(low[: m.start()]):
                cut.append(m.span())
    for a, b in sorted(cut, reverse=True):
        text = text[:a] + text[b:]
    return text


@cache
def _weak_words() -> tuple[frozenset[str], tuple[str, ...]]:
    w = wording_table("rests.toml")["weak_clauses"]
    return frozenset(w["words"]), tuple(w["endings"])


@lru_cache(maxsize=1 << 14)
def weak_part(text: str) -> str:
    """A development note's clauses that say its weakness (`rests.toml` [weak_clauses]),
    where some of its clauses do and others do not ("37% say their caseload is
    unmanageable; 64% say their manager is approachable": the second is no weakness,
    and the note does not speak of the support managers give: kf21's leftover); else
    the note."""
    words, endings = _weak_words()
    parts = [p.strip() for p in _PARTS.split(text) if p.strip()]
    if len(parts) < 2:
        return text
    weak = [p for p in parts if any(w in words or w.endswith(endings)
                                    for w in re.findall(r"[a-z']+", p.lower()))]  # fmt: skip
    return " ".join(weak) if weak and len(weak) < len(parts) else text


_PARTS = re.compile(r"(?<=[.;])\s+")  # a note's sentences and semicolon clauses


def choose(subs: Subjects, sides: Sequence[Sequence[str]]) -> tuple[Subject, tuple[Subject, ...]]:
    """The subject the notes of a claim's sides (their texts) are said with, and the
    subjects they speak of: the one subject they speak of, or the two joined; the
    neutral one where they speak of more, or where most of a side's notes speak of
    none; the usual one where there are no notes (nothing to follow)."""
    sides = [side for side in sides if side]
    if not sides:
        return subs.usual, ()
    found: list[Subject] = []
    for side in sides:
        said = spoken_of_texts(subs, side)
        if not said:
            return subs.neutral, ()
        found += [x for x in said if x not in found]
    if len(found) == 1:
        return found[0], tuple(found)
    # Two joined, where each is one phrase ("how leaders plan the workforce and control
    # workloads and practitioners' workloads" is not).
    if len(found) > 2 or any(" and " in topic(subs, x) for x in found):
        return subs.neutral, tuple(found)
    narrower = _narrower(topic(subs, found[0]), topic(subs, found[1]))
    if narrower is not None:
        # "the use of performance information and performance information on the
        # quality of practice" names one thing twice (tester 17): the narrower alone.
        return found[narrower], tuple(found)
    return joined(subs, found), tuple(found)


def _narrower(one: str, two: str) -> int | None:
    """Where one topic names, in two words or more, the thing another is about
    ("performance information on the quality of practice" beside "the use of
    performance information"): which of the two (0, 1) it is, the narrower; else None."""

    def thing(t: str) -> str:
        return t.split(" of ", 1)[1].removeprefix("the ") if " of " in t else ""

    for k, (a, b) in enumerate(((two, one), (one, two))):
        if len(thing(a).split()) >= 2 and b.removeprefix("the ").startswith(thing(a)):
            return k
    return None


def worded(
    words: CriterionWords, subject: Subject, found: Sequence[Subject], subs: Subjects
) -> CriterionWords:
    """The criterion's words with another subject's topic, noun and wordings in place
    of its own: the subject's own wordings, and those of the criterion's that speak of
    a subject the notes speak of other than the usual one (`found`: "high workloads
    leave practitioners too little time" where the notes speak of caseloads); no line
    on what it means for children (the criterion's impact wordings speak of its usual
    subject); its own improvement point (none: the generic one; two joined: that of
    the one the most notes speak of)."""
    kept = [x for x in found if x.name != USUAL]
    improve, plain = subject.improve, ""
    if subject.name == JOINED:  # the point of the subject the most notes speak of
        first = found[0]
        improve, plain = (words.improve, words.improve_plain) if first.name == USUAL else (
            first.improve, "")  # fmt: skip

    def fits(wordings: Sequence[str]) -> tuple[str, ...]:
        return tuple(x for x in wordings if (note_subject(x, subs) or subs.usual) in kept)

    return replace(
        words, topic=subject.topic, noun=subject.noun or subject.topic,
        strength=subject.strength + fits(words.strength),
        weakness=subject.weakness + fits(words.weakness),
        strength_general=subject.strength + fits(words.strength_general),
        weakness_general=subject.weakness + fits(words.weakness_general),
        impact=(), weak_impact=(), improve=improve, improve_plain=plain,
    )  # fmt: skip


def following(d: DraftData, claim: Claim, st: Sequence[int], dv: Sequence[int]) -> Claim:
    """The claim with words that follow its notes (see the module docstring): as it is
    where they speak of its criterion's usual subject, or where the criterion lists none."""
    chosen = subject_of(d, claim, st, dv)
    if chosen is None or chosen[0].name == USUAL:
        return claim
    subject, found = chosen
    subs = subjects()[claim.criterion]
    return replace(claim, words=worded(claim.words, subject, found, subs))


def weakness_words(d: DraftData, claim: Claim, dv: Sequence[int]) -> CriterionWords:
    """The words for what needs to improve on a claim's criterion, from what its
    development notes `dv` speak of (`following`): an improvement point names the
    fault its notes describe, not the criterion's usual subject."""
    return following(d, replace(claim, direction="against"), (), dv).words


def names_usual(d: DraftData, claim: Claim, st: Sequence[int], dv: Sequence[int]) -> bool:
    """Whether a claim's notes speak of its criterion's usual subject, alone or beside
    another (`subject_of`): a headline stating it in the criterion's own terms asserts
    no subject none of them names."""
    chosen = subject_of(d, claim, st, dv)
    return chosen is None or chosen[0].name == USUAL or any(x.name == USUAL for x in chosen[1])


def illustrates(criterion: str, side: Sequence[str], text: str) -> bool:
    """Whether a note (`text`) may illustrate a sentence on one side of a claim about
    the service whose notes on that side are `side`: where they speak of particular
    subjects (`choose`: "the quality of the service's audits"), a note that speaks of
    one of them, never of another ("the audit programme has slipped" after the quality
    of audits; the family justice board after work with local authorities); any note
    where the sentence names the neutral subject or the criterion lists none.  A note
    on a narrower subject (`within`) illustrates the subject it narrows."""
    subs = subjects().get(criterion)
    if subs is None:
        return True
    subject, found = choose(subs, [side])
    if subject.name == NEUTRAL or not found:
        return True
    own = note_subject(text, subs)  # or the subject it narrows, said as that (`_widened`)
    return own in found or (
        own is not None and bool(own.within) and any(x.topic == own.within for x in found)
    )
