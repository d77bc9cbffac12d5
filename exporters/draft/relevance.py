"""Whether a note is about the criterion it is tagged with (`off_topic`).

An inspector tags a note with criteria by hand, and a wrong tag turns a note about one
thing (a sparse contact log) into a finding about another (the reasons for advice).  A
drafted claim that rests on a few notes, none of which uses any word particular to the
criterion, is marked for the lead to check, and its comment shows the note.

A criterion's words are those of its framework text and its wording in `criteria.toml`
(noun, strengths, weaknesses, improvement point).  A word is *particular* to a criterion
when it is in the words of few criteria (at most the framework's `particular_share` of
them), so that
"court", "children" and "practitioners", which every criterion uses, never make a note
look relevant.  Words are compared by their first `STEM` letters ("recorded",
"recording" and "records" are one word; "reasons" and "reasoning" too).  A note's words
include its source's name, so a dashboard figure recorded from performance information
is about the use of performance information.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from fractions import Fraction
from functools import lru_cache

from exporters.draft.data import DraftData
from exporters.draft.words import CriterionWords, Words, _has
from store.framework import Framework

STEM = 5
_VOCABULARIES: dict[tuple[str, int, float], dict[str, frozenset[str]]] = {}
_WORD = re.compile(r"[a-z]+")
STOP = frozenset((
    "about", "above", "after", "again", "also", "although", "among", "another", "because",
    "been", "before", "being", "both", "could", "does", "doing", "done", "each", "either",
    "every", "from", "further", "have", "having", "here", "into", "itself", "just", "made",
    "make", "makes", "many", "more", "most", "much", "must", "only", "other", "over", "same",
    "should", "some", "such", "than", "that", "their", "them", "then", "there", "these",
    "they", "this", "those", "through", "under", "until", "very", "were", "what", "when",
    "where", "whether", "which", "while", "whose", "with", "within", "without", "would",
    "your", "well", "less",
))  # fmt: skip


def stems(text: str) -> set[str]:
    """The content words of a text, cut to their first `STEM` letters."""
    return {w[:STEM] for w in _WORD.findall(text.lower()) if len(w) >= 4 and w not in STOP}


def _vocabulary(framework: Framework, words: Words, share: float) -> dict[str, frozenset[str]]:
    """Each criterion's particular words (see the module docstring)."""
    own: dict[str, set[str]] = {}
    for c in framework.criteria:
        w = words.criterion(framework, c.id)
        own[c.id] = stems(" ".join([c.text, w.noun, *w.vocabulary, w.improve]))
    spread = Counter(s for found in own.values() for s in found)
    most = max(2, int(share * len(own)))
    return {cid: frozenset(s for s in found if spread[s] <= most) for cid, found in own.items()}


def particular_words(data: DraftData, criterion: str) -> frozenset[str]:
    """The stems particular to a criterion (empty for one the framework does not list)."""
    key = (data.framework.id, id(data.words), data.rules.particular_share)
    if key not in _VOCABULARIES:
        _VOCABULARIES[key] = _vocabulary(data.framework, data.words, data.rules.particular_share)
    return _VOCABULARIES[key].get(criterion, frozenset())


def off_topic(data: DraftData, criterion: str, records: Iterable[int]) -> bool:
    """Whether none of the records speaks of the criterion's topic (`on_topic_note`):
    the notes a claim rests on may be tagged with the wrong criterion.  False when there
    are no records or the criterion has no words to go by."""
    recs = list(records)
    words, phrases = topic_words(data, criterion)
    if not recs or not (words or phrases):
        return False
    texts = data.texts(recs)
    return not any(on_topic_note(data, criterion, texts[i].text, data.source[i]) for i in recs)


def on_topic_note(data: DraftData, criterion: str, text: str, source: str = "") -> bool:
    """Whether a note (with its source's name: a dashboard figure recorded from
    performance information is about the use of performance information) speaks of the
    criterion's topic: it uses one of the criterion's `cues` (criteria.toml: "caseload",
    "agency staff" for workloads and workforce planning), or a word of its framework
    text, noun or topic that names few other criteria's (`TOPIC_SPREAD`).  Words naming
    whom a note is about ("the girl", "parents") never count."""
    words, phrases = topic_words(data, criterion)
    said = f"{text} {data.words.source_nouns.get(source, '')}"
    found = stems(said)
    if not words.isdisjoint(found) or any(x.startswith(w) for w in words for x in found):
        return True  # "plan" in "planned"
    low = said.lower()
    return any(_has(low, p) for p in phrases)


TOPIC_SPREAD = 2
_TOPICS: dict[tuple[str, int], dict[str, tuple[frozenset[str], tuple[str, ...]]]] = {}
_WHO5 = frozenset(w[:STEM] for w in (
    "child", "children", "young", "person", "people", "parent", "parents", "family",
    "families", "mother", "father", "baby", "infant", "teenager", "sibling", "girl",
))  # fmt: skip


def topic_words(data: DraftData, criterion: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """A criterion's topic words (`on_topic_note`): stems (its one-word cues, and the
    words of its framework text, noun and topic in at most `TOPIC_SPREAD` criteria's),
    and phrases (its cues of several words, or of under four letters, as written)."""
    key = (data.framework.id, id(data.words))
    if key not in _TOPICS:
        fw, w = data.framework, data.words
        own = {}
        for c in fw.criteria:
            cw = w.criterion(fw, c.id)
            own[c.id] = stems(" ".join([c.text, cw.noun, cw.about_what])) - _WHO5 - _GENERIC
        spread = Counter(x for found in own.values() for x in found)
        out = {}
        for c in fw.criteria:
            cues = w.criterion(fw, c.id).cues
            single = {q.lower()[:STEM] for q in cues if " " not in q and len(q) >= 4}
            phrases = tuple(q for q in cues if " " in q or len(q) < 4)
            derived = {x for x in own[c.id] if spread[x] <= TOPIC_SPREAD}
            out[c.id] = (frozenset(single | derived), phrases)
        _TOPICS[key] = out
    return _TOPICS[key].get(criterion, (frozenset(), ()))


# Words of a criterion's text that name no topic of their own.
_GENERIC = frozenset(
    stems(
        "effective effectively quality ensure ensures work practice service services "
        "including especially terms both well made"
    )
)


# Whether a wording is borne out by the notes it would rest on ---------------------------

CLAIM_STEM = 4
_SPREAD: dict[tuple[str, int, float], tuple[Counter[str], int]] = {}


@lru_cache(maxsize=65536)
def _claim_stems(text: str) -> frozenset[str]:
    # Cached: each note is compared with every wording of its criterion.
    return frozenset(
        w[:CLAIM_STEM] for w in _WORD.findall(text.lower()) if len(w) >= 4 and w not in STOP
    )


def _spread(data: DraftData) -> tuple[Counter[str], int]:
    """In how many criteria's words each stem (first `CLAIM_STEM` letters) is, and the
    most for a stem to be particular (the framework's `particular_share` of them)."""
    key = (data.framework.id, id(data.words), data.rules.particular_share)
    if key not in _SPREAD:
        own = []
        for c in data.framework.criteria:
            w = data.words.criterion(data.framework, c.id)
            own.append(_claim_stems(" ".join([c.text, w.noun, *w.strength, *w.weakness,
                                              w.improve, w.topic])))  # fmt: skip
        spread = Counter(s for found in own for s in found)
        _SPREAD[key] = spread, max(2, int(data.rules.particular_share * len(own)))
    return _SPREAD[key]


def claim_words(data: DraftData, wording: str) -> tuple[set[str], set[str]]:
    """What a wording claims in particular: its content stems less those in the words
    of more than the framework's `particular_share` of the criteria ("children",
    "court", "practitioners" say nothing particular); and, of these, the distinctive
    ones, in the words of at most half as many ("wants", "alone", "delay"; not
    "report" or "case")."""
    spread, most = _spread(data)
    said = {s for s in _claim_stems(wording) if spread[s] <= most}
    return said, {s for s in said if spread[s] <= max(1, most // 2)}


def borne_out(data: DraftData, wording: str, records: Iterable[int]) -> bool:
    """Whether the notes a wording would rest on say what it says in particular: the
    notes use a quarter (at least one) of its distinctive words, or, for a wording with
    none, one of its particular words (`claim_words`).  "The report does not say what the child
    wants or why" is not borne out by notes that the child was not seen alone, though
    they mention the report; "a positive account of leaders' priorities" is not borne out by a judge's
    note that reports are on time.  True for a wording that says
    nothing particular; False when there are no notes."""
    return _notes_say(data, wording, records, Fraction(1, 4))


def _notes_say(
    data: DraftData,
    wording: str,
    records: Iterable[int],
    share: Fraction,
    ignore: frozenset[str] = frozenset(),
) -> bool:
    """Whether the notes use at least `share` (and at least one) of the words a wording
    says in particular (its distinctive words, else its particular ones, less
    `ignore`): True for a wording that says nothing particular, False for no notes."""
    particular, distinctive = claim_words(data, wording)
    wanted = (distinctive or particular) - ignore
    recs = list(records)
    if not wanted:
        return True
    if not recs:
        return False
    texts = data.texts(recs)
    said: set[str] = set().union(*(_claim_stems(texts[i].text) for i in recs))
    found = len(wanted & said)
    return found >= 1 and found >= share * len(wanted)


# Words naming whom a note is about ("the young person", "in person"), cut as
# `_claim_stems` cuts them: they never show that a note says what a wording says.
WHO = frozenset(w[:CLAIM_STEM] for w in (
    "child", "children", "young", "person", "people", "parent", "family", "families",
    "mother", "father", "baby", "infant", "teenager", "sibling",
))  # fmt: skip


def says(data: DraftData, wording: str, records: Iterable[int]) -> bool:
    """Whether the notes say what a wording says in particular: at least two thirds
    (at least one) of its distinctive words (`claim_words`), or, for a wording with
    none, of its particular words; words naming whom a note is about never count.
    Stricter than `borne_out`: "an older child's wish to instruct a solicitor is not
    considered" is not said by a note that the guardian took five weeks to contact the
    child's solicitor, nor "information is shared late with the local authority" by a
    note that the local authority check was never requested.  True for a wording that
    says nothing particular; False when there are no notes."""
    return _notes_say(data, wording, records, Fraction(2, 3), WHO)


def borne_out_each(
    data: DraftData, wording: str, records: Iterable[int], cases: Iterable[int] = ()
) -> bool:
    """Whether a wording that counts cases is true of every one of them: each case's own
    notes among `records` say what it says (`says`) and mention every particular it
    names (`support.toml`, [[particular]]), and each of `cases` (those the sentence
    counts) has notes among them.  "Children are not seen alone when they should be"
    is not said of five cases of which two were not seen alone, one not seen at all and
    one seen once; the criterion's general wording is (`CriterionWords.weakness_general`).
    Records with no case count as one.  False when there are no records."""
    groups: dict[int, list[int]] = {}
    for i in records:
        groups.setdefault(data.case[i], []).append(i)
    if not groups or any(k not in groups for k in cases):
        return False
    support = data.words.support
    for recs in groups.values():
        texts = data.texts(recs)
        if support.unsupported(wording, [texts[i].text for i in recs]):
            return False
        if not says(data, wording, recs):
            return False
    return True


def fitting_each(
    data: DraftData, words: CriterionWords, wordings: Sequence[str], records: Sequence[int],
    cases: Iterable[int],
) -> tuple[str, ...]:  # fmt: skip
    """Of a claim about cases' `wordings`, those naming a particular that every one of
    `cases` bears out in its own notes (`borne_out_each`), then the criterion's general
    ones, true of any strength or weakness on it."""
    general = {*words.strength_general, *words.weakness_general}
    cases = list(cases)
    fit = tuple(x for x in wordings if x not in general
                and borne_out_each(data, x, records, cases))  # fmt: skip
    return fit + tuple(x for x in wordings if x in general)
