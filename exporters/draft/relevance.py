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
look relevant.  Words are compared by their stems (`stemming.stem`: "recorded",
"recording" and "records" are one word; "reasons" and "reasoning" too; "saw him alone",
"seen on her own" and "seen alone" say the same).  A note's words
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
from exporters.draft.sameness import words_of
from exporters.draft.stemming import irregular, phrase_forms, stem
from exporters.draft.undone import done_anyway
from exporters.draft.words import CriterionWords, Words, _has, number_text
from store.framework import Framework

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
    "your", "well", "less", "used", "uses", "using", "show", "shows", "showed", "shown",
    "give", "given", "gives", "giving", "include", "includes", "included", "including",
))  # fmt: skip


@lru_cache(maxsize=65536)
def _claim_stems(text: str) -> frozenset[str]:
    # Cached: each note is compared with every wording of its criterion.
    return frozenset(
        stem(w)
        for w in _WORD.findall(phrase_forms(text).lower())
        if (len(w) >= 4 or irregular(w)) and w not in STOP
    )


def stems(text: str) -> set[str]:
    """The stems of a text's content words (`stemming.stem`): its words of four letters
    or more, and the irregular forms of shorter ones ("saw", "met"), less `STOP`."""
    return set(_claim_stems(text))


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
    return vocabulary(data).get(criterion, frozenset())


def vocabulary(data: DraftData) -> dict[str, frozenset[str]]:
    """Each criterion's particular stems (`particular_words`), by criterion."""
    key = (data.framework.id, id(data.words), data.rules.particular_share)
    if key not in _VOCABULARIES:
        _VOCABULARIES[key] = _vocabulary(data.framework, data.words, data.rules.particular_share)
    return _VOCABULARIES[key]


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
    return any(_has(low, p) for p in phrases) or counts_of(data, criterion, text)


_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|only|no)"


def counts_of(data: DraftData, criterion: str, text: str) -> bool:
    """Whether a note counts the people or posts a note on the criterion counts
    (`criteria.toml` `counts`: "Only 1 FCA speaks ...", "in a team of 14", "2 of 9
    practitioners"): a number just before one, up to two words between, or "of" and
    a number after one."""
    counted = data.words.criterion(data.framework, criterion).counts
    if not counted:
        return False
    nouns = "|".join(re.escape(c) for c in sorted(counted, key=len, reverse=True))
    before = rf"\b{_COUNT}(?:\s+of\s+\d+)?(?:\s+[\w'-]+){{0,2}}?\s+(?:{nouns})\b"
    after = rf"\b(?:{nouns})\s+of\s+\d+\b"
    return re.search(f"{before}|{after}", text, re.IGNORECASE) is not None


TOPIC_SPREAD = 2
_TOPICS: dict[tuple[str, int], dict[str, tuple[frozenset[str], tuple[str, ...]]]] = {}
_WHO5 = frozenset(stem(w) for w in (
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
            single = {stem(q.lower()) for q in cues if " " not in q and len(q) >= 4}
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

_SPREAD: dict[tuple[str, int, float], tuple[Counter[str], int]] = {}
_CLAIM_WORDS: dict[tuple[int, int, str], tuple[frozenset[str], frozenset[str]]] = {}


def _spread(data: DraftData) -> tuple[Counter[str], int]:
    """In how many criteria's words each stem (`stemming.stem`) is, and the
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


def widespread(data: DraftData, found: set[str]) -> set[str]:
    """Of some stems, those in the words of more than the framework's `particular_share`
    of the criteria ("work", "children", "court"): they say nothing in particular."""
    spread, most = _spread(data)
    return {s for s in found if spread[s] > most}


def claim_words(data: DraftData, wording: str) -> tuple[frozenset[str], frozenset[str]]:
    """What a wording claims in particular: its content stems less those in the words
    of more than the framework's `particular_share` of the criteria ("children",
    "court", "practitioners" say nothing particular); and, of these, the distinctive
    ones, in the words of at most half as many ("wants", "alone", "delay"; not
    "report" or "case")."""
    spread, most = _spread(data)
    key = (id(spread), most, wording)
    got = _CLAIM_WORDS.get(key)
    if got is None:  # a wording is judged against many records: its words read once
        said = frozenset(s for s in _claim_stems(wording) if spread[s] <= most)
        distinctive = frozenset(s for s in said if spread[s] <= max(1, most // 2))
        got = _CLAIM_WORDS[key] = (said, distinctive)
    return got


def borne_out(data: DraftData, wording: str, records: Iterable[int]) -> bool:
    """Whether the notes a wording would rest on say what it says in particular: the
    notes use a quarter (at least one) of its distinctive words, or, for a wording with
    none, one of its particular words (`claim_words`).  "The report does not say what the child
    wants or why" is not borne out by notes that the child was not seen alone, though
    they mention the report; "a positive account of leaders' priorities" is not borne out by a judge's
    note that reports are on time.  True for a wording that says
    nothing particular; False when there are no notes."""
    return _notes_say(data, wording, records, _QUARTER)


_QUARTER, _TWO_THIRDS = Fraction(1, 4), Fraction(2, 3)


def _wanted(data: DraftData, wording: str, share: Fraction, ignore: frozenset[str]
            ) -> tuple[frozenset[str], int]:  # fmt: skip
    """The words a wording says in particular (its distinctive words, else its particular
    ones, less `ignore`), and how many of them notes must use (`share`, at least one)."""
    particular, distinctive = claim_words(data, wording)
    wanted = (distinctive or particular) - ignore
    return wanted, max(1, -(-share.numerator * len(wanted) // share.denominator))  # integers


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
    wanted, need = _wanted(data, wording, share, ignore)
    recs = list(records)
    if not wanted:
        return True
    if not recs:
        return False
    texts = data.texts(recs)
    left = set(wanted)
    for i in recs:  # stop at the first note that brings the count up to `need`
        left -= _claim_stems(texts[i].text)
        if len(wanted) - len(left) >= need:
            return True
    return False


def shows_wording(data: DraftData, criterion: str, polarity: str, sentence: str, text: str) -> bool:
    """Whether `text` (an example) says what `sentence`'s own wording of the criterion's
    side (`polarity`) says in particular, where the sentence uses one that is not
    general: a quarter (at least one) of the wording's distinctive words, else of its
    particular ones (`claim_words`), as its notes must (`borne_out`).  "Managers
    challenge practitioners to improve the quality of their work" is shown by a
    challenge, never by a director who knew where an area was weak (tester 25's A6:
    both about managers' oversight).  True where the sentence uses no such wording."""
    w = data.words.criterion(data.framework, criterion)
    side = w.strength if polarity == "strength" else w.weakness
    general = {*w.strength_general, *w.weakness_general}
    low, said = sentence.lower(), _claim_stems(text)
    used = [p for p in side if p not in general and p.lower() in low]
    for wording in used:
        wanted, need = _wanted(data, wording, _QUARTER, frozenset())
        if len(wanted & said) >= need:
            return True
    return not used


def borne_out_by_records(data: DraftData, wording: str, records: Iterable[int], least: int) -> bool:
    """Whether at least `least` of the records, each on its own, bear the wording out
    (`borne_out`); counting stops once there are enough.  The wording's words are
    derived once and the records' texts read together, not once per record."""
    recs = list(records)
    wanted, need = _wanted(data, wording, _QUARTER, frozenset())
    if not wanted:  # a wording that says nothing particular: every record bears it out
        return len(recs) >= least
    texts = data.texts(recs)
    n = 0
    for i in recs:
        n += len(wanted & _claim_stems(texts[i].text)) >= need
        if n >= least:
            return True
    return n >= least


# Words naming whom a note is about ("the young person", "in person"), cut as
# `_claim_stems` stems them: they never show that a note says what a wording says.
WHO = frozenset(stem(w) for w in (
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
    return _notes_say(data, wording, records, _TWO_THIRDS, WHO)


def _case_groups(data: DraftData, records: Iterable[int]) -> dict[int, list[int]]:
    """Records by case (records with no case count as one)."""
    groups: dict[int, list[int]] = {}
    for i in records:
        groups.setdefault(data.case[i], []).append(i)
    return groups


def _case_says(data: DraftData, wording: str, recs: Sequence[int]) -> bool:
    """Whether one case's own notes say what a wording says (`says`) and mention every
    particular it names (`support.toml`, [[particular]]), and, for a wording saying
    there is no record of a thing, record none of it done (`undone.done_anyway`)."""
    texts = data.texts(recs)
    said = [texts[i].text for i in recs]
    if data.words.support.unsupported(wording, said) or done_anyway(wording, said):
        return False
    return says(data, wording, recs)


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
    return _each_says(data, wording, _case_groups(data, records), cases)


def _each_says(
    data: DraftData, wording: str, groups: dict[int, list[int]], cases: Iterable[int]
) -> bool:
    """`borne_out_each`, given the records by case (`_case_groups`)."""
    if not groups or any(k not in groups for k in cases):
        return False
    return all(_case_says(data, wording, recs) for recs in groups.values())


def _normal(text: str) -> str:
    """Text as `trace.normal` gives it: lower case, letters and digits only."""
    return " ".join(words_of(text))


def _unsaid(wordings: Iterable[str], said: Sequence[str]) -> tuple[str, ...]:
    """The wordings none of the sentences `said` (each as `trace.normal` gives it) holds:
    each wording normalised once, and searched for in the sentences joined by line
    breaks (a normalised wording holds none, so a match is inside one sentence)."""
    held = "\n".join(said)
    return tuple(x for x in wordings if not (said and _normal(x) in held))


def _closeness(data: DraftData, wording: str, records: Sequence[int]) -> Fraction:
    """The share of a wording's particular words (`claim_words`) that the notes use:
    "managers' oversight of the work is not recorded" is closer to notes that say no
    oversight was recorded than "managers' direction is not recorded when the case
    reaches a key decision", though both are borne out."""
    particular, _ = claim_words(data, wording)
    wanted = particular - WHO
    if not wanted or not records:
        return Fraction(1)
    texts = data.texts(records)
    said: set[str] = set().union(*(_claim_stems(texts[i].text) for i in records))
    return Fraction(len(wanted & said), len(wanted))


def fitting_each(
    data: DraftData, words: CriterionWords, wordings: Sequence[str], records: Sequence[int],
    cases: Iterable[int], said: Iterable[str] = (),
) -> tuple[str, ...]:  # fmt: skip
    """Of a claim about cases' `wordings`, those naming a particular that every one of
    `cases` bears out in its own notes (`borne_out_each`) and that none of the report's
    sentences `said` so far holds (each as `trace.normal` gives it), closest to the
    notes' own words first and none far from them (`_closeness`: at least three
    quarters of the closest's share): the general wordings are not offered while such a
    particular one is left.  Otherwise, for a weakness most of whose cases share one
    fault a particular wording not yet said names, the general wordings with that fault
    and its count (`shared_fault`: "the way children are seen does not suit their needs (in four of
    them, children are not seen alone when they should be)"); else the criterion's
    general ones, true of any strength or weakness on it."""
    general = {*words.strength_general, *words.weakness_general}
    cases, held = list(cases), list(said)
    groups = _case_groups(data, records)  # once for every wording
    fit = [x for x in wordings if x not in general and _each_says(data, x, groups, cases)]
    if fit:
        close = {x: _closeness(data, x, records) for x in fit}
        best = max(close.values())
        near = sorted((x for x in fit if 4 * close[x] >= 3 * best), key=lambda x: -close[x])
        fresh = _unsaid(near, held)
        if fresh:
            return fresh
    plain = tuple(x for x in wordings if x in general)
    if not set(plain) & set(words.weakness_general):
        return plain  # a strength's, or no general wording to qualify
    unsaid = list(_unsaid(wordings, held))
    fault = shared_fault(data, words, unsaid, records, cases)
    if fault is None:
        return plain
    wording, count = fault
    frame = data.words.support.shared_fault
    return tuple(frame.format(general=g, count=count, specific=wording) for g in plain)


def shared_fault(
    data: DraftData, words: CriterionWords, wordings: Sequence[str], records: Sequence[int],
    cases: Sequence[int],
) -> tuple[str, str] | None:  # fmt: skip
    """The fault most of `cases` (a weakness's) share, where a particular wording (one of
    `wordings`, not general) names it: the wording borne out by the most cases in their
    own notes (`borne_out_each`, case by case), the one whose words the notes use most
    among equals, and how many cases bear it out ("four"), when that is more than half
    of them, and at least two.  None where the faults differ."""
    if not cases:
        return None
    groups = _case_groups(data, records)
    general = {*words.strength_general, *words.weakness_general}
    best: tuple[int, Fraction, str] | None = None
    for x in wordings:
        if x in general:
            continue
        held = [k for k in cases if k in groups and _case_says(data, x, groups[k])]
        if len(held) < 2 or 2 * len(held) <= len(cases):
            continue
        mine = [i for k in held for i in groups[k]]
        rank = (len(held), _closeness(data, x, mine), x)
        if best is None or rank[:2] > best[:2]:
            best = rank
    if best is None:
        return None
    return best[2], number_text(best[0])
