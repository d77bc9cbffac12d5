"""Jigsaw identification: a sentence that singles out one child by a rare
characteristic (a condition, a disability, a language, a faith...) together with a place,
a school or an age, so that people who know the place can tell who it is."""

from __future__ import annotations

import re

from exporters.identify import patterns
from exporters.identify.patterns import Found, cue_pattern, sentence_span
from exporters.identify.vocabulary import Vocabulary

_INDIVIDUAL = re.compile(
    r"\b(?:a|an|the|one|this|that|only)\s+(?:[\w\-]+\s+){0,3}?(?:child|boy|girl|baby|young\s+"
    r"person|teenager|pupil|toddler|infant|son|daughter|twin)\b|\b(?:he|she|his|her|him)\b",
    re.IGNORECASE,
)
_SETTING_KINDS = frozenset({"school", "hospital", "club", "workplace", "street-address"})
_GENERIC_SCHOOL = re.compile(r"\b(?:school|nursery|class|pupil|college|playgroup)\b", re.I)
_SMALL_PLACE = re.compile(r"\b(?:in|at|from|near|of)\s+(?:the\s+)?([A-Z][\w'’\-]+)")


class Jigsaw:
    """The jigsaw rule for one inspection (its areas' words are no small place)."""

    def __init__(self, vocab: Vocabulary, area_words: set[str]) -> None:
        self.vocab = vocab
        self.area_words = area_words
        rare = vocab.rule("rare_markers") + vocab.rule("rare_characteristics")
        self.rare = cue_pattern(rare, lower=True)
        # The longest word of each cue: a text holding none skips the search.
        self.first_words = frozenset(max(re.split(r"[\s\-']", w.lower()), key=len) for w in rare)

    def find(self, text: str, kept: list[Found]) -> list[Found]:
        """Sentences that single out one child by a rare characteristic together with a
        place, a school or an age."""
        out: list[Found] = []
        low = text.lower()
        if len(low) != len(text):
            return out
        for m in self.rare.finditer(low):
            a, b = sentence_span(text, m.start())
            if any(f.kind == "jigsaw" and f.start == a for f in out):
                continue
            sentence = text[a:b]
            if not _INDIVIDUAL.search(sentence):
                continue
            if self._singled_out(sentence, a, kept):
                out.append(Found("jigsaw", a, b, f"‘{m.group(0)}’ with a place, school or age"))
        return out

    def _singled_out(self, sentence: str, offset: int, kept: list[Found]) -> bool:
        if patterns.ages(sentence) or _GENERIC_SCHOOL.search(sentence):
            return True
        end = offset + len(sentence)
        if any(f.kind in _SETTING_KINDS and offset <= f.start < end for f in kept):
            return True
        for pm in _SMALL_PLACE.finditer(sentence):
            word = pm.group(1)
            if word in self.area_words or word in ("Area", "Areas"):
                continue
            if word in self.vocab.places or not self.vocab.is_english(word.lower()):
                return True
        return False
