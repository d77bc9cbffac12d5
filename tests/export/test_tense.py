"""One tense per sentence, the report's voice: what the service does is said in the
present, so a balanced sentence never reads "In most cases X is purposeful, but in a
small number Y was limited".  Checked over every criterion's wording (`criteria.toml`,
and the wording made from a framework's own criterion text) in every built-in
framework, and over every sentence frame a claim is put in."""

from __future__ import annotations

import re
from functools import cache

import pytest

from exporters.draft.words import capitalise, side_words, words
from store.framework import builtin_ids, load_framework

_WORD = re.compile(r"[a-z’']+")
# Finite past forms: a past auxiliary, or an irregular verb in its past form.
PAST = frozenset((
    "was", "were", "wasn't", "weren't", "did", "didn't", "hadn't", "went", "made", "took",
    "gave", "saw", "knew", "told", "said", "left", "kept", "felt", "came", "met", "sought",
    "thought", "brought", "wrote", "heard", "held", "began", "became", "ran", "spoke",
    "understood", "chose", "drew", "fell", "grew", "lost", "paid", "sent", "spent", "stood",
    "taught", "won", "broke", "missed", "found",
))  # fmt: skip
# Before a participle ("are not recorded", "has been shared", "the agreed plan",
# "known but not acted on"): the word that shows it is not a finite past verb.
_PARTICIPLE_BEFORE = frozenset((
    "is", "are", "be", "been", "being", "has", "have", "get", "gets", "remain", "remains",
    "feel", "feels", "seem", "seems", "become", "becomes", "the", "a", "an", "their", "its",
    "his", "her", "each", "every", "no", "any", "some", "and", "or", "but", "nor", "by",
    "with", "of", "for", "to", "in", "on", "at", "from", "without", "than", "as", "once",
    "well", "not", "often", "always", "never", "also", "only", "yet", "still", "all", "so",
    "too", "fully", "more", "less", "most", "clearly", "properly", "consistently",
))  # fmt: skip
_NOT_VERBS = frozenset(("need", "needs", "indeed", "speed", "red", "bed", "shed", "seed"))
# Participles the wording uses as adjectives ("experienced practitioners", "orders linked
# to surrogacy", "limited impact"): never a finite verb there.
_ADJECTIVES = frozenset(
    (
        "centred",
        "experienced",
        "linked",
        "commissioned",
        "limited",
        "skilled",
        "qualified",
        "sampled",
        "looked",
        "needed",
        "based",
        "detailed",
        "focused",
        "informed",
        "trained",
        "tailored",
        "balanced",
    )
)
_NOT_PAST_ED = _NOT_VERBS | _ADJECTIVES
# How a frame opens when it reports what inspectors did: past by right.
_REPORTING = re.compile(r"^inspectors found that,?\s*", re.IGNORECASE)


def past_forms(text: str) -> list[str]:
    """The finite past-tense verbs in a clause or sentence (see the lists above)."""
    found = []
    ws = _WORD.findall(_REPORTING.sub("", text).lower())
    for k, w in enumerate(ws):
        before = ws[k - 1] if k else ""
        if w == "had":
            if before not in ("has", "have"):
                found.append(w)
        elif w in PAST:
            if not (w in ("found", "held", "kept", "made", "met", "told", "understood")
                    and before in _PARTICIPLE_BEFORE):  # fmt: skip
                found.append(w)
        elif w.endswith("ed") and len(w) > 4 and w not in _NOT_PAST_ED:
            if before.endswith("ly") or before in _PARTICIPLE_BEFORE or before.endswith("ed"):
                continue  # "are properly represented", "the agreed plan"
            found.append(w)
    return found


@pytest.mark.parametrize(
    "clause",
    [
        "safeguarding concerns were not followed up quickly enough",
        "reports described events without analysing their impact on the child",
        "the focus drifted from the child towards the disagreement between the adults",
        "early screening missed information that was relevant to the child's safety",
        "delays in allocation held up decisions for the child",
        "the child had several changes of practitioner",
        "practice fell short of this: delay is appropriately avoided",
    ],
)
def test_the_check_finds_a_past_tense(clause: str) -> None:
    assert past_forms(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "direct work with the child is limited or is not recorded",
        "a known risk to the child is not acted on promptly",
        "children are properly represented throughout the proceedings",
        "partnership work on delay has had limited impact",
        "the agreed plan is reviewed when the child's circumstances change",
    ],
)
def test_the_check_passes_the_present(clause: str) -> None:
    assert past_forms(clause) == []


@pytest.mark.parametrize("framework_id", builtin_ids())
def test_every_criterion_s_strengths_and_weaknesses_are_in_the_present(framework_id: str) -> None:
    fw = load_framework(framework_id)
    w = words()
    wrong = []
    for c in fw.criteria:
        cw = w.criterion(fw, c.id)
        for phrase in (*cw.strength, *cw.weakness):
            if past_forms(phrase):
                wrong.append(f"{c.id}: {phrase} ({', '.join(past_forms(phrase))})")
    assert wrong == []


def _fill(strength: str, weakness: str) -> dict[str, str]:
    return {
        **side_words("most", "a small number of"), "for_n": "three", "against_n": "two", "n": "five",
        "for_of": "three of the five cases", "against_of": "two of the five cases",
        "shows": "show", "shows_against": "show", "src": "board papers", "place": "Wessex", "area": "Area 6",
        "counted": "sampled", "strength": strength, "Strength": capitalise(strength),
        "weakness": weakness, "Weakness": capitalise(weakness),
    }  # fmt: skip


@pytest.mark.parametrize("framework_id", builtin_ids())
def test_every_balanced_sentence_is_in_one_tense(framework_id: str) -> None:
    """Each criterion's strengths and weaknesses in each balanced frame of its family:
    the sentence the draft would write, with no past-tense verb in it."""
    fw = load_framework(framework_id)
    w = words()
    wrong = []
    checked: set[str] = set()
    for c in fw.criteria:
        cw = w.criterion(fw, c.id)
        frames = w.frames[cw.about]
        kinds = [k for k in frames if "balanced" in k]
        assert kinds, cw.about
        # Each pair's words filled in once, each sentence checked once (frames of
        # different kinds can read alike).
        fills = [_fill(s, x) for s in cw.strength for x in cw.weakness]
        for kind in kinds:
            for frame in frames[kind]:
                for fill in fills:
                    sentence = frame.format(**fill)
                    if sentence not in checked:
                        checked.add(sentence)
                        if _in_the_past(sentence):
                            wrong.append(sentence)
    assert wrong == []


@cache
def _in_the_past(sentence: str) -> bool:
    """Whether a sentence has a past-tense verb (`past_forms`), read once a process: the
    three built-in frameworks' criteria and frames make the same sentences."""
    return bool(past_forms(sentence))
