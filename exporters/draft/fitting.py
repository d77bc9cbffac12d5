"""Whether a record may illustrate the sentence it would follow (`Target`, `on_topic`,
`law_of`), and how a stakeholder's view is put when it does (`attributed`).

An example illustrates the sentence it follows: it is a record on the sentence's
criterion, of the sentence's side (a strength after a strength, a development point
after a weakness), from a case of the law type the sentence is about, and its text is
about what the sentence claims: it uses a word particular to the criterion
(`relevance.particular_words`), and no other criterion's particular words outnumber
them (a note tagged with two criteria illustrates the one it is about; a judge's note
that reports are filed on time illustrates timeliness, not leadership).  Where no
record fits, the sentence has no example.

A stakeholder's view (a judge, a magistrate, a local authority, an independent
reviewing officer, a partner agency, a parent or the survey of families) is never the
inspectors' own finding: it is said as theirs, by role ("One judge told inspectors
that ..."), and is drawn on only when no evidence of the inspectors' own fits.  The
frames that say it, and that quote someone's own words, are data
(`templates/frameworks/wording/voices.toml`, read by `frames`), varied across the report
by `trace.Voice.frame`.
"""

from __future__ import annotations

import re
import weakref
from collections import defaultdict
from collections.abc import Set
from dataclasses import dataclass
from functools import cache, lru_cache

from exporters.draft.data import DraftData
from exporters.draft.relevance import particular_words, stems, topic_words, vocabulary, widespread
from exporters.draft.thatclause import that_clause
from exporters.draft.wording import wording_table
from exporters.draft.words import Words, capitalise, has_words

# "The judge said that", "Local authority managers told inspectors", "One IRO felt":
# who spoke and the reporting verb, taken off so that the view is said by role.
_REPORTED = re.compile(
    r"^(?:[\w’'-]+\s+){0,6}?(?:judges?|magistrates?|bench|legal advisers?|DFJ|IROs?|"
    r"reviewing officers?|social workers?|managers?|heads? of service|directors?|"
    r"partners?|agenc(?:y|ies)|services?|representatives?|parents?|mothers?|fathers?|"
    r"carers?|grandparents?|respondents?|families|solicitors?|young (?:people|person)|"
    r"they|he|she)"
    # where they sit ("magistrates at the family court said ..."), or how they answered
    # a survey ("parents who answered the survey said ...")
    r"(?:\s+(?:at|in|from|of|for|who answered|who responded to|responding to)\s+"
    r"(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?\s+"
    r"(?:(?:also|all|both|consistently|repeatedly)\s+)?"
    r"(?:(?:wrote|write|writes)(?:\s+in\s+(?:the|their|a)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:survey|questionnaire))?|"
    r"said|say|says|told inspectors|commented|comment|comments|explained|explain|"
    r"explains|reported|report|reports|described|describe|describes|feel|feels|felt|"
    r"think|thinks|thought|believe|believes|believed|praised|praise|praises|noted|"
    r"note|notes|stated|states|confirmed|confirm|confirms|agreed|agree|agrees|"
    r"were clear|was clear|are clear|is clear)"
    r"(?:\s+that)?,?\s+",
    re.IGNORECASE,
)
# A person the example names first by "the" (or "the manager's"), as if the reader
# had met them.
_PERSON = re.compile(
    r"^the (?=((?:child|young person|girl|boy|baby|infant|toddler|teenager|"
    r"(?:team |service |practice )?manager|practice supervisor|head of practice|"
    r"social worker|practitioner|guardian|judge|magistrate|family court adviser|FCA|"
    r"IRO))\b)"
)
# The people a case has one of: after "In one case," the case has introduced them.
_OF_THE_CASE = frozenset((
    "child", "young person", "girl", "boy", "baby", "infant", "toddler", "teenager",
    "social worker", "practitioner", "guardian", "judge", "magistrate",
    "family court adviser", "FCA", "IRO",
))  # fmt: skip
# Words saying who said something, not what it is about.
REPORTING_STEMS = frozenset(stems("said says told tells feels felt thought thinks"))
# Words naming whom a note is about ("the young person"), not what it says of the work:
# they never make a note about a criterion, whatever the criterion's text mentions.
_WHO_STEMS = frozenset(stems(
    "young people person child children girl baby infant teenager family families parent "
    "parents carer carers mother father sibling siblings brother sister"
))  # fmt: skip
# A sentence about what documents show ("visible on the file", "reports are concise"):
# its example is a document too, not an observation or someone's account.
_RECORDS_FRAME = re.compile(
    r"\b(?:files?|records?|recording|recorded|reports?|letters?|plans?)\b(?! that)",
    re.IGNORECASE,
)
_OBSERVED_FRAME = re.compile(r"\bobserv(?:ed|ation|ations)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Target:
    """What an example must illustrate: the sentence's criterion, its side ("strength"
    or "development"), the law type it is about ("" for any) and its text."""

    criterion: str
    polarity: str
    law: str = ""
    sentence: str = ""


def law_of(words: Words, sentence: str) -> str:
    """The one law type a sentence's wording is about ("a care plan" is public law),
    or "" when it names none or more than one."""
    laws = [law for law, cues in words.law_cues.items() if has_any_words(sentence, cues)]
    return laws[0] if len(laws) == 1 else ""


def has_any_words(text: str, phrases: tuple[str, ...]) -> bool:
    """Whether any of `phrases` occurs in `text` as whole words, ignoring case (as
    `words.has_words` says of one): one search of the text, not one per phrase."""
    return bool(phrases) and _any_of(phrases).search(text.lower()) is not None


@lru_cache(maxsize=256)
def _any_of(phrases: tuple[str, ...]) -> re.Pattern[str]:
    # Any of the phrases, lower case, with no letter or digit (`[^\W_]`) either side.
    alts = "|".join(re.escape(p.lower()) for p in phrases)
    return re.compile(rf"(?<![^\W_])(?:{alts})(?![^\W_])")


def on_topic(data: DraftData, i: int, target: Target, text: str) -> bool:
    """Whether record i, saying `text`, is about the target's criterion, so that it
    shows the sentence's point: it uses a word particular to the criterion other than
    one naming whom the note is about ("The young person spoke warmly of her guardian"
    says nothing of children's wishes reaching the court, though "young people" is in
    that criterion's text), and no other criterion's particular words outnumber them (a
    judge's note that reports are filed on time is about timeliness, whatever it is
    tagged with).  True when the criterion has no particular words to go by."""
    own = particular_words(data, target.criterion)
    if not own:
        return True
    said = stems(text) - REPORTING_STEMS - _WHO_STEMS
    cues, phrases = topic_words(data, target.criterion)
    low = text.lower()
    # Its cues count as its words ("a three houses exercise" is direct work).
    mine = len(said & (own | (cues - _WHO_STEMS))) + sum(has_words(low, p) for p in phrases)
    if not mine:
        return False
    others = (w for c, w in vocabulary(data).items() if c != target.criterion)
    return all(len(said & w) <= mine for w in others)


def point_words(data: DraftData, target: Target) -> frozenset[str]:
    """What the target sentence claims in particular: the stems, particular to its
    criterion (`relevance.particular_words`), of the criterion's wording the sentence
    uses ("reports convey what children want and why": want, conve, conte, lives);
    failing that, of the whole sentence, or of the criterion.  Words naming whom a note
    is about ("young person") are not a point."""
    own = particular_words(data, target.criterion) - _WHO_STEMS
    low = target.sentence.lower()
    w = data.words.criterion(data.framework, target.criterion)
    used = [p for p in (*w.strength, *w.weakness, w.noun) if p and p.lower() in low]
    point = stems(" ".join(used)) & own or stems(target.sentence) & own
    return frozenset(point or own)


# What an example must add to its claim: this many content words that neither the
# claim's sentence nor any wording of its criterion uses (a concrete act, a consequence,
# who did what).
ADDS = 3


def added_words(data: DraftData, target: Target, text: str) -> frozenset[str]:
    """The content words (stems) of an example's `text` that say something its claim did
    not: none of the claim's sentence, its criterion's noun or general wordings (which
    only say the work is good or not: "effective", "of a good standard"), nor the words
    naming whom a note is about or who said it, nor those in most criteria's words
    ("work", "court": `relevance.widespread`).  "In one case direct work was
    purposeful" adds nothing to "direct work is purposeful"; "the FCA used a three
    houses exercise, which showed that she worried about her father's drinking" adds
    what was done and what it showed."""
    w = data.words.criterion(data.framework, target.criterion)
    general = (*w.strength_general, *w.weakness_general)
    new = stems(text) - stems(" ".join([target.sentence, w.noun, *general]))
    new -= _WHO_STEMS | REPORTING_STEMS
    return frozenset(new - widespread(data, new))


def adds_to(data: DraftData, target: Target, text: str) -> bool:
    """Whether an example's `text` adds at least `ADDS` content words to its claim
    (`added_words`), so that it is not the claim said again of one case."""
    return len(added_words(data, target, text)) >= ADDS


def speaks_of(data: DraftData, criterion: str, text: str) -> bool:
    """Whether `text` (a note and a child's words) uses a word particular to
    `criterion`, other than one naming whom it is about, matched by stem
    ("wanted" speaks of what a child "wants"): a child's words quoted after a claim show
    its point ("I want to see my brothers more" after what children want), not only
    that the child liked their guardian.  True when the criterion has no particular
    words to go by."""
    own = _four(particular_words(data, criterion) - _WHO_STEMS - REPORTING_STEMS)
    return not own or not own.isdisjoint(_four(stems(text) - REPORTING_STEMS))


def _four(found: Set[str]) -> set[str]:
    """The stems as a set (`stemming.stem` makes "want", "wants" and "wanted" one)."""
    return set(found)


def source_kind(source: str) -> str:
    """What kind of evidence a source is: "observation" (OBS_...), "account" (what
    someone told inspectors: interviews and surveys) or "record" (case files and the
    inspectors' discussions of them with the practitioner, audits, performance
    information, complaints, board papers)."""
    if source.startswith("OBS_"):
        return "observation"
    if source.startswith(("INT_", "SURVEY_")):
        return "account"
    return "record"


def suits_frame(words: Words, source: str, sentence: str) -> bool:
    """Whether a record from `source` may illustrate `sentence`: a sentence about what
    documents show ("oversight is visible on the file", "reports are concise") is
    illustrated by a record, not by an observed supervision session or what someone
    told inspectors; one about what was observed, by an observation.  A
    stakeholder's view is said as theirs, by role, so it suits either."""
    if is_stakeholder(words, source):
        return True
    kind = _frame_kind(sentence)
    return not kind or source_kind(source) == kind


@lru_cache(maxsize=1024)
def _frame_kind(sentence: str) -> str:
    """The kind of source (`source_kind`) a sentence's frame asks for ("" for any): read
    once per sentence, not once per record it might be illustrated by."""
    if _OBSERVED_FRAME.search(sentence):
        return "observation"
    if _RECORDS_FRAME.search(sentence):
        return "record"
    return ""


# By id of the draft's data (which is not hashable), with a weak reference to it, so
# that a new draft's data never meets an old one's index.
_DEVELOPMENT_BY_CASE: dict[int, tuple[weakref.ref[DraftData], dict[int, list[int]]]] = {}


def _development_by_case(data: DraftData) -> dict[int, list[int]]:
    """Each case's development records (worked out once per draft's data)."""
    held = _DEVELOPMENT_BY_CASE.get(id(data))
    if held is not None and held[0]() is data:
        return held[1]
    found: dict[int, list[int]] = defaultdict(list)
    for i, (k, pol) in enumerate(zip(data.case, data.polarity, strict=True)):
        if k and pol == "development":
            found[k].append(i)
    for key in [k for k, (ref, _) in _DEVELOPMENT_BY_CASE.items() if ref() is None]:
        del _DEVELOPMENT_BY_CASE[key]
    _DEVELOPMENT_BY_CASE[id(data)] = (weakref.ref(data), dict(found))
    return _DEVELOPMENT_BY_CASE[id(data)][1]


def case_disputes(data: DraftData, k: int, target: Target) -> bool:
    """Whether case k's own record says something against what the target sentence
    claims, so that it may not illustrate it: its notes disagree on the criterion
    (`DraftData.cases_split`); or, for a strength, an inspector graded it below good on
    a criterion of the same theme (a child not seen for seven weeks is no example of
    children's views reaching the court), or a development note in it speaks of the
    sentence's point (two of its `point_words`, or its only one).  Cheap checks first;
    notes are read last."""
    crit = target.criterion
    if k in data.cases_split.get(crit, ()):
        return True
    if target.polarity != "strength":
        return False
    theme = data.words.criterion(data.framework, crit).theme
    fw = data.framework
    for c, weak in data.graded_weak.items():
        if k in weak and data.words.criterion(fw, c).theme == theme:
            return True
    devs = _development_by_case(data).get(k, [])
    if not devs:
        return False
    wanted = _four(point_words(data, target))
    enough = min(2, len(wanted))
    texts = data.texts(devs)
    return bool(enough) and any(len(wanted & _four(stems(texts[j].text))) >= enough for j in devs)


def about_own(data: DraftData, i: int, criterion: str, text: str) -> bool:
    """Whether record i, saying `text`, is about `criterion` rather than another of the
    criteria it is tagged with: no other of them has more of its particular words in
    the text (a child's words about being listened to, tagged with analysis in reports
    as well, are about the listening).  True for a record with one criterion."""
    tags = data.crits[i]
    if len(tags) < 2:
        return True
    said = stems(text) - REPORTING_STEMS
    mine = len(said & particular_words(data, criterion))
    return all(len(said & particular_words(data, c)) <= mine for c in tags if c != criterion)


def tiers(d: DraftData, evs: list[int], about_service: bool) -> list[list[int]]:
    """Candidates for an example, best placed first: practice is illustrated by work on
    a case, the service by evidence about the service; the inspectors' own evidence
    before a stakeholder's view."""
    w = d.words
    own = [i for i in evs if not is_stakeholder(w, d.source[i])]
    views = [i for i in evs if is_stakeholder(w, d.source[i])]
    out: list[list[int]] = []
    for group in (own, views):
        wide = [i for i in group if not d.case[i]]
        cases = [i for i in group if d.case[i]]
        if about_service:
            out += [wide, cases]
        else:
            work = w.case_work_sources
            out += [[i for i in cases if d.source[i] in work],
                    [i for i in cases if d.source[i] not in work], wide]  # fmt: skip
    return [t for t in out if t]


def is_stakeholder(words: Words, source: str) -> bool:
    """Whether a source records someone else's view of the service (a stakeholder's),
    not the inspectors' own finding."""
    return source in words.partner_quotes or source in words.family_quotes


@dataclass(frozen=True)
class Frames:
    """How someone else's view or words are put (`voices.toml`): each a tuple of frames
    saying the same thing in different words."""

    view: tuple[str, ...]
    survey_view: tuple[str, ...]
    quote: tuple[str, ...]
    survey_quote: tuple[str, ...]
    phrase: tuple[str, ...]


@cache
def frames() -> Frames:
    """The frames, read from `templates/frameworks/wording/voices.toml` once."""
    d = wording_table("voices.toml")
    return Frames(*(tuple(d[k]) for k in ("view", "survey_view", "quote", "survey_quote",
                                          "phrase")))  # fmt: skip


# Words that open a sentence in capitals without naming anything.
_OPENERS = frozenset((
    "The", "A", "An", "This", "That", "These", "Those", "Our", "Their", "His", "Her", "Its",
    "Some", "Most", "All", "Every", "Each", "Many", "Few", "One", "Two", "In", "On", "At",
    "When", "If", "As", "Since", "After", "Before", "While", "Although",
))  # fmt: skip


def lower_first(text: str, keep: Set[str]) -> str:
    """`text` with its first letter lowered to follow other words, unless its first word
    is a name: in capitals ("FCA", "FCAs", "IRO's"), one of `keep` (the organisation, the glossary's
    capitals), or the first of two capitalised words that do not merely open a
    sentence ("Leeds City Council", not "The Family Court"), or of capitalised words
    joined by "and", "of" or "&" ("Brighton and Hove")."""
    words = text.split(" ", 2)
    first = words[0]
    core = re.sub(r"(?:[’']s|s[’']?|[’'])?[.,;:]*$", "", first)  # "FCAs", "IRO's", "FCAs'"
    if not first or (core.isupper() and len(core) > 1) or first in keep:
        return text
    if len(words) > 1 and words[1][:1].isupper() and first not in _OPENERS:
        return text
    if first not in _OPENERS and _JOINED_NAME.match(text):
        return text  # "Hampshire and Isle of Wight service led ..." (tester 18, F18)
    return text[0].lower() + text[1:]


_JOINED_NAME = re.compile(r"[A-Z][\w'’\-]*[ \t]+(?:and|of|&)[ \t]+[A-Z]")
"""A name of capitalised words joined by "and", "of" or "&" ("Brighton and Hove",
"Hampshire and Isle of Wight"), whose first word is no opening capital."""


def reported(words: Words, source: str, text: str, clause: str, keep: Set[str]) -> str | None:
    """What a stakeholder said (`clause`, from the note `text`), with who said it taken
    off ("The judge said that reports are clear." -> "reports are clear."), ready to
    follow a frame; None when under four words are left."""
    m = _REPORTED.match(clause)
    body = (clause[m.end() :] if m else clause).strip()
    if len(body.split()) < 4:
        return None
    if _SAYS.match(body) and words.support.own_speaker(body, keep) is None:
        return None  # someone else's words inside it ("DJ said that ..."): not re-reported
    return lower_first(body, keep)


# What is left still reporting someone's words, by a speaker no role stands for.
# (Not a passive: "the plan was described as ...", "parents were told ...".)
_SAYS = re.compile(
    r"^(?:(?!(?:was|were|is|are|be|been|being)\s)[\w’'.-]+\s+){1,4}?"
    r"(?:said|says|describes?|described|told (?:inspectors|us|me))\b",
    re.IGNORECASE,
)


# Verbs that take an object, not a clause ("described the advice as consistently high",
# "praised the reports", "commented on their length", "noted improvements"): with no
# "that" after them, what follows them is no clause to put after "told inspectors that".
_OBJECT_VERB = re.compile(
    r"\b(describe|praise|comment|note|report|welcome)(?:d|s|ed)?,?\s+$", re.IGNORECASE
)


def object_verb(clause: str) -> str | None:
    """The verb, in the past tense, where `clause` opens by naming who spoke and a verb
    that takes an object with no "that" after it ("A judge described the advice as ..."
    -> "described"); None where it reports a clause ("said (that) ...", "described
    that ...") or names no speaker."""
    m = _REPORTED.match(clause)
    verb = _OBJECT_VERB.search(m.group(0)) if m else None
    if verb is None:
        return None
    stem = verb.group(1).lower()
    return stem + "d" if stem.endswith("e") else stem + "ed"


_ONE = frozenset({"the", "a", "an", "one"})  # a speaker who is one person, said by role


def attributed(
    words: Words, source: str, text: str, clause: str, frame: str = "", keep: Set[str] = frozenset()
) -> str | None:
    """A stakeholder's view (`clause`, from the note `text`) said as theirs, by role,
    in `frame` (one of `frames().view`, or `survey_view` for the survey; the first when
    none is given): "One judge told inspectors that reports are clear."  None when
    nothing is left once who spoke is taken off (`reported`).  Where what is left still
    names who spoke, by a role the source's own does not stand for ("The chair of the
    local family justice board said ...", "The President's office described ..."),
    that is who is said to have said it, never framed by a second speaker
    (`support.own_speaker`)."""
    body = reported(words, source, text, clause, keep)
    if body is None:
        return None
    # Several speakers the note names reporting it themselves ("Two LAs describe ...",
    # "Both district judges praise ..."): said as the note says it, never re-reported by
    # one role (tester 12: "One local authority representative told inspectors that two
    # LAs describe ...").
    several = words.support.own_speaker(clause, keep)
    if several is not None and several.whole and several.who.split()[0].lower() not in _ONE:
        return capitalise(clause) if clause.endswith((".", "!")) else capitalise(clause) + "."
    own = words.support.own_speaker(body, keep)
    if own is not None and own.whole:
        return capitalise(body) if body.endswith((".", "!")) else capitalise(body) + "."
    who = words.speaker(source, text)
    verb = object_verb(clause)
    if verb:  # "described the advice as ...": said with its own verb, not as a clause
        said = f"{capitalise(who)} {verb} {body}"
        return said if said.endswith((".", "!")) else said + "."
    if own is not None:
        body, who = lower_first(own.said, keep), lower_first(own.who, keep)
    clause_said = that_clause(words.standalone, body, frozenset(keep))  # never a fragment
    if clause_said is None:
        return None
    if not frame:
        f = frames()
        frame = (f.survey_view if source == "SURVEY_USER" else f.view)[0]
    return frame.format(Who=capitalise(who), who=who, clause=clause_said)


def of_the_case(clause: str) -> bool:
    """Whether `clause` opens on someone a case has one of, in the possessive ("the
    baby's mother disclosed ..."): said after "In one case," or as "a baby's mother",
    never "For example, one baby's mother ..." (`introduced`)."""
    m = _PERSON.match(clause)
    if m is None or m[1] not in _OF_THE_CASE:
        return False
    return clause[m.end(1) : m.end(1) + 2] in ("'s", "’s")


def introduced(clause: str, in_case: bool) -> str:
    """`clause` with the person it opens on introduced: "For example, the young person
    said ..." names someone the reader has not met, so "one young person"; after "In one
    case," the case has introduced its child and those who work on it ("the guardian"),
    but not a manager ("In one case, a manager's note ...")."""
    m = _PERSON.match(clause)
    if m is None:
        return clause
    who = m.group(1)
    a = "an " if who[0] in "aeiouAEIOU" else "a "
    if not in_case:  # "one boy said ...", but "a boy's grandmother said ...": of_the_case
        return (a if of_the_case(clause) else "one ") + clause[m.end() :]
    if who in _OF_THE_CASE:
        return clause
    return a + clause[m.end() :]
