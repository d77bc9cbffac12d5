"""Jigsaw identification: a sentence that singles out one child by a rare
characteristic (a condition, a disability, a language, a faith...) together with a place,
a school or an age, so that people who know the place can tell who it is; and a
circumstance that singles out one family in an area on its own (a country abroad it is
moving to or from, the family's own business, a relative of great age, the town it lives
in), which, with the case's type and area that every draft gives, is enough (tester 16,
F7; tester 17, F11)."""

from __future__ import annotations

import re

from exporters.identify import patterns
from exporters.identify.generalsense import general
from exporters.identify.known import Known
from exporters.identify.patterns import Found, alternation, cue_pattern, sentence_span
from exporters.identify.vocabulary import Vocabulary

_INDIVIDUAL = re.compile(
    r"\b(?:a|an|the|one|this|that|only)\s+(?:[\w\-]+\s+){0,3}?(?:child|boy|girl|baby|young\s+"
    r"person|teenager|pupil|toddler|infant|son|daughter|twin)\b|\b(?:he|she|his|her|him)\b",
    re.IGNORECASE,
)
_ONE_OF_FEW = re.compile(
    r"\s+(?:(?!(?:the|a|an|this|that|his|her|their)\s)[\w\-]+\s+){0,3}?"
    r"(?:child|children|boy|girl|baby|babies|family|families|young\s+(?:person|people)|"
    r"teenagers?|twins?|pupils?|students?|one|order|application|case|placement)\b"
)
"""After "the only", "one of two"...: a child, a family or a case ("the only secure order
for a child", "the only one at her school"), not "the only weakness" nor "the only time"."""
_SETTING_KINDS = frozenset({"school", "hospital", "club", "workplace", "street-address"})
_GENERIC_SCHOOL = re.compile(r"\b(?:school|nursery|class|pupil|college|playgroup)\b", re.I)
_SMALL_PLACE = re.compile(r"\b(?:in|at|from|near|of)\s+(?:the\s+)?([A-Z][\w'’\-]+)")
_GREAT_AGE = re.compile(
    r"\b(?:aged|who\s+is|is\s+now|now)\s+(?:9\d|1[01]\d)\b|\b(?:9\d|1[01]\d)[\s\-]year[\s\-]old\b",
    re.IGNORECASE,
)
"""A relative of great age ("who is 91", "a 94-year-old great-grandmother")."""
HOME_WORDS = frozenset(
    {"placed", "lives", "living", "live", "lived", "moved", "moving", "stay", "stays",
     "staying", "stayed", "resides", "residing", "relocated", "settled", "housed", "rehoused",
     "placement"}
)  # fmt: skip
"""Words that say where a child or family lives (they wake the jigsaw search)."""
_HOME = re.compile(
    rf"\b(?i:{'|'.join(sorted(HOME_WORDS))})\b(?:[ \t]+[\w'’\-/&]+){{0,8}}?"
    r"[ \t]+(?i:in|to|near)[ \t]+(?:the[ \t]+(?=Isle[ \t]+of[ \t]))?"
    r"(?P<place>Isle[ \t]+of[ \t]+[A-Z][\w'’\-]+|[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)?)"
)
"""Where a child or family lives, named ("placed with foster carers in Bodmin", "moved
to Rhyl with her mother": tester 17, F11), shorthand between ("Placed w/ foster carers
in Skipton": tester 29, F8), an island by its "Isle of" name ("moved to the Isle of Man":
tester 35)."""


_HOME_NATION = frozenset({"England", "Britain", "Great Britain", "UK", "United Kingdom"})
"""Where the inspection is: a family that "moved to England" is not singled out by it.
Wales, Scotland and Northern Ireland are another jurisdiction, and still count."""

_OTHER_NATION = frozenset({"Scotland", "Wales", "Northern Ireland", "Isle of Man", "Jersey",
                           "Guernsey"})  # fmt: skip
"""Said as the jurisdiction it is, not as a town (tester 35: "‘Scotland’, the town ...")."""

_FILLER_NOT = "(?:to|at|from|in|into|out|up|down|with|for|of|round|over|back|off|away|on)"
"""Words that end the way to a business's name: "ran to the shop" is an errand."""


_LISTED = re.compile(
    r"\s*,\s*[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?\s*(?:,|\s+(?:and|or)\s+)\s*[A-Z]"
)
"""The first of a list of three or more places ("from Albania, Vietnam, Sudan and
Iran", corpus33): countries listed so are where families come from in general, no one
family's tie."""


def _history_at(text: str, at: int) -> bool:
    """Whether the sentence at `at` dates what it says before 1900 ("lived in Bath from
    1801 to 1806": a historical figure's home, held-out corpus 14)."""
    a, b = sentence_span(text, at)
    return _OLD_YEAR.search(text, a, b) is not None


_OLD_YEAR = re.compile(r"\b1[0-8]\d\d\b")


def _general_at(text: str, at: int) -> bool:
    a, b = sentence_span(text, at)
    return general(text[a:b])


class Jigsaw:
    """The jigsaw rule for one inspection (its areas' words are no small place)."""

    def __init__(self, vocab: Vocabulary, area_words: set[str]) -> None:
        self.vocab = vocab
        self.area_words = area_words
        rare = vocab.rule("rare_markers") + vocab.rule("rare_characteristics")
        self.rare = cue_pattern(rare, lower=True)
        self.markers = frozenset(vocab.rule("rare_markers"))
        countries = vocab.rule("countries_abroad") + vocab.rule("cities_abroad")
        going = alternation(vocab.rule("abroad_cues"))
        places = alternation(countries)
        # Not a possessive ("to Georgia's school") nor the start of a longer name
        # ("in China Town").
        self.abroad = re.compile(rf"\b(?i:{going})\s+({places})(?![\w\-'’])(?!\s+[A-Z][a-z])")
        self.business = cue_pattern(vocab.rule("family_business"), lower=True)
        self.owned = re.compile(
            rf"\b(?:{alternation(vocab.rule('business_owners'), lower=True)})"
            rf"\s+(?:{alternation(vocab.rule('business_verbs'), lower=True)})"
            rf"\s+(?:(?:a|an|the|their|his|her|its)\s+)?(?:(?!{_FILLER_NOT}\b)[\w'’\-]+\s+){{0,3}}?"
            rf"(?:{alternation(vocab.rule('business_nouns'), lower=True)})(?![\w\-])"
        )
        # The longest word of each cue: a text holding none skips the search.
        # A relative's great age has digits, which wake the search on their own (the
        # scanner's `digits`); "the" of "the USA" is no word to wake it by.
        cues = (rare + [c.removeprefix("the ") for c in countries] + vocab.rule("family_business")
                + vocab.rule("business_verbs"))  # fmt: skip
        self.known = Known(vocab)
        self.first_words = (
            frozenset(max(re.split(r"[\s\-']", w.lower()), key=len) for w in cues)
            | HOME_WORDS
            | self.known.gate
        )

    def find(self, text: str, kept: list[Found]) -> list[Found]:
        """Sentences that single out one child by a rare characteristic together with a
        place, a school or an age."""
        out: list[Found] = []
        low = text.lower()
        if len(low) != len(text):
            return out
        for found, what in self._circumstances(text, low):
            a, b = sentence_span(text, found)
            if not any(f.start == a for f in out):
                out.append(Found("jigsaw", a, b, what))
        for m in self.rare.finditer(low):
            a, b = sentence_span(text, m.start())
            if any(f.kind == "jigsaw" and f.start == a for f in out):
                continue
            sentence = text[a:b]
            if not _INDIVIDUAL.search(sentence):
                continue
            # A marker singles out one child, family or case ("the only deaf pupil"), not a
            # time or a weakness ("the only time she was seen alone": tester 19, F3); then
            # an area's place counts too ("the only secure order for a child from the Isle
            # of Wight": tester 18, F8).
            marker = m.group(0) in self.markers
            if marker and not _ONE_OF_FEW.match(low, m.end()):
                continue
            if self._singled_out(sentence, a, kept, areas_too=marker):
                out.append(Found("jigsaw", a, b, f"‘{m.group(0)}’ with a place, school or age"))
        return out

    def _circumstances(self, text: str, low: str) -> list[tuple[int, str]]:
        """Where a circumstance singles out one family, and what it is."""
        found = [(m.start(1), f"‘{m.group(1)}’, a place abroad the family is tied to")
                 for m in self.abroad.finditer(text)
                 if not _general_at(text, m.start()) and not _LISTED.match(text, m.end(1))]  # fmt: skip
        found += [(m.start(), f"‘{m.group(0)}’, the family's own business")
                  for m in self.business.finditer(low)]  # fmt: skip
        found += [(m.start(), f"‘{text[m.start():m.end()]}’, a business the family runs or owns")
                  for m in self.owned.finditer(low)]  # fmt: skip
        found += [(m.start(), f"‘{m.group(0)}’, a relative's great age")
                  for m in _GREAT_AGE.finditer(text)]  # fmt: skip
        found += self.known.find(text, low)
        found += [(m.start("place"), f"‘{m.group('place')}’, " + (
                      "another jurisdiction a child or family moved to (few do)"
                      if m.group("place") in _OTHER_NATION else
                      "the town a child or family lives in"))
                  for m in _HOME.finditer(text)
                  if (m.group("place") in _OTHER_NATION or self._a_town(m.group("place")))
                  and not _general_at(text, m.start()) and not _history_at(text, m.start())]  # fmt: skip
        return found

    def _a_town(self, named: str) -> bool:
        """Whether a place named where someone lives is one of the places list (a town, a
        city, a county), not a word of the inspection's areas, which every draft names."""
        first = named.split()[0]
        if named in _HOME_NATION:
            return False
        return (first not in self.area_words and first not in ("Area", "Areas")
                and (named in self.vocab.places or first in self.vocab.places))  # fmt: skip

    def _singled_out(
        self, sentence: str, offset: int, kept: list[Found], areas_too: bool = False
    ) -> bool:
        if patterns.ages(sentence) or _GENERIC_SCHOOL.search(sentence):
            return True
        end = offset + len(sentence)
        if any(f.kind in _SETTING_KINDS and offset <= f.start < end for f in kept):
            return True
        for pm in _SMALL_PLACE.finditer(sentence):
            word = pm.group(1)
            if not areas_too and (word in self.area_words or word in ("Area", "Areas")):
                continue
            if word in self.vocab.places:
                return True
            # A faith, a people or a language the lexicon knows is no place ("in the Sikh
            # calendar": held-out corpus 10); any other word no dictionary has may be one.
            if word not in self.vocab.lexicon_words and not self.vocab.is_english(word.lower()):
                return True
        return False
