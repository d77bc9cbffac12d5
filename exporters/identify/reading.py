"""Reading a text's capitalised words: where each stands and what it is.

`WordReader.tokens` gives each capitalised word of a text as a `Token`: its text
without a possessive, whether it opens a sentence, and its class (the inspection's own
word, an acronym, an English word, a given name, a word no list knows).  What a word is
does not depend on where it stands, so each distinct word is read once per scanner
(`_word`); only its place (a sentence's start, a lexicon phrase, for a word in capitals
the words around it: `capitals.py`) is read per text.  `names.py` judges the tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from exporters.identify.capitals import CapitalsMixin, after_initial, capitalised
from exporters.identify.protected import Entry
from store.accents import plain

# The previous character is checked in Python: a look-behind here runs at every
# position and made this search three times slower.
CAPITAL = re.compile(r"[A-ZÀ-ÖØ-Þ\u0100-\u024F\u1E00-\u1EFF][\w'’\-]*")
_WORD_CHARS = "'’-_"
_HAS_DIGIT = re.compile(r"\d")
_CONTRACTION = re.compile(r"(?:['’](?:d|ll|m|ve|re)|n['’]t)$", re.IGNORECASE)
_OPENERS = " \t\"'‘“(["
_BULLETS = "•*–—-"

WordInfo = tuple[str, bool, str, bool, "Entry | None", bool]


@dataclass(slots=True)
class Token:
    """A capitalised word: its text without a possessive, where it is, and what the
    scanner made of it."""

    text: str
    start: int
    end: int
    possessive: bool
    initial: bool
    cls: str = ""  # lex, acronym, english, given, given-english, lex-given, unknown
    # (and, until its place in the text is read, caps-unknown: see `_caps_in_place`)
    protected: Entry | None = None
    compound: bool = False
    caps: bool = False
    """Written in capitals ("SMITH")."""
    placed: bool = False
    """A short unknown word in capitals taken for a name by where it stands ("KEZ said")."""


class WordReader(CapitalsMixin):
    """Reading capitalised words, for `NameFinder` (which builds the lists read here)."""

    own_words: set[str]
    staff_words: set[str]
    calendar: frozenset[str]
    _phrases: dict[str, list[str]]
    _words: dict[str, WordInfo | None]

    def tokens(self, text: str) -> list[Token]:
        """The capitalised words of `text`, classified.  What a word is does not depend
        on where it stands, so each distinct word is read once per scanner
        (`_word`); only its place (sentence start, a lexicon phrase) is read per text."""
        out: list[Token] = []
        covered_to = -1
        words = self._words
        for m in CAPITAL.finditer(text):
            s = m.start()
            if s < covered_to:
                continue
            if s and (text[s - 1].isalnum() or text[s - 1] in _WORD_CHARS):
                continue
            raw = m.group(0)
            try:
                info = words[raw]
            except KeyError:
                info = words[raw] = self._word(raw)
            if info is None:
                continue
            word, possessive, cls, compound_cls, protected, caps = info
            if word in self._phrases:
                end = self._phrase_at(text, s, word)
                if end:
                    covered_to = end
                    out.append(Token(text[s:end], s, end, False, _initial(text, s), "lex"))
                    continue
            initial = _initial(text, s)
            tok = Token(word, s, s + len(word), possessive, initial, cls, protected, False, caps)
            if compound_cls and initial:
                tok.cls, tok.compound = "english", True
            if caps:
                self._caps_in_place(text, tok)
            out.append(tok)
        if len(words) > 200_000:
            words.clear()
        return out

    def _word(self, raw: str) -> WordInfo | None:
        """What one capitalised word is, wherever it stands: the word without a
        possessive, whether it had one, its class, whether it is a compound of English
        words (English where a sentence starts), and the protected name it is part of.
        None for what is not a word to judge ("I'd", "Don't", "3B")."""
        word = raw.rstrip("-'’")
        contraction = _CONTRACTION.search(word)
        if contraction:  # "I'd", "Don't", "We'll"
            word = word[: contraction.start()]
            if word == "I" or self.vocab.is_english(word.lower()):
                return None
        possessive = False
        if word in self.own_words and word.endswith(("'s", "’s")):
            return word, False, "lex", False, None, False  # "Barnardo's", the charity
        if word.endswith(("'s", "’s", "'S", "’S")):
            word, possessive = word[:-2], True
        elif raw.endswith(("'", "’")) and word.endswith("s"):
            possessive = True
        if len(word) < 2 or not word[0].isupper() or _HAS_DIGIT.search(word):
            return None
        cls = self._classify(word)
        protected = self.index.parts.get(word)
        if protected is None and not word.isascii():  # "Zoë" where the list has Zoe
            protected = self.index.parts.get(plain(word))
        if protected is None and self.index.lost:  # "Łukasz" where the list has ?ukasz
            protected = self.index.lost_letters(word)
        caps = word.isupper()
        if caps:
            protected = self.index.part_folded(word)
            if cls not in ("acronym", "lex"):
                word = capitalised(word)  # read as a name: "SMITH" as Smith
        compound = cls == "unknown" and self.vocab.is_compound(word.lower())
        return word, possessive, cls, compound, protected, caps

    def _phrase_at(self, text: str, start: int, word: str) -> int:
        """The end of the lexicon phrase starting at `start`, or 0."""
        for phrase in self._phrases.get(word, ()):
            if text.startswith(phrase, start):
                end = start + len(phrase)
                if end >= len(text) or not (text[end].isalnum() or text[end] in "-_"):
                    return end
        return 0

    def _classify(self, word: str, as_written: bool = True) -> str:
        """The class of a word (see `Token.cls`); `as_written`: read as the text writes
        it, not a word in capitals read as a name is written (`vocab.as_written`)."""
        vocab = self.vocab
        if word.isupper():  # an acronym, or a word in capitals ("SMITH", "URGENT")
            return self._classify_capitals(word)
        if word in self.own_words or word in self.staff_words or \
                (as_written and word in vocab.as_written):  # fmt: skip
            return "lex-given" if word in vocab.given_names else "lex"
        if word.endswith("s") and word[:-1] in self.own_words:  # "Saturdays"
            return "lex"
        if "-" in word and (self._own_compound(word) or self._calendar_range(word)):
            return "lex"  # "Minecraft-style", "Ofsted-rated"; "Sep-Nov", "Mon-Fri"
        given = word in vocab.given_names or (
            "-" in word and any(p in vocab.given_names for p in word.split("-"))
        )
        english = vocab.is_english(word.lower())
        proper = english and len(word) >= 4 and word in vocab.proper_nouns
        if given or (proper and word.lower() not in self.function_words):
            return "given-english" if english else "given"
        if not english and word.lower() in self.relation_words:
            return "english"  # "Stepdad", "STEPDAD": a relation is never a name
        return "english" if english else "unknown"

    def _calendar_range(self, word: str) -> bool:
        """A range of dates written as one word: months, days or seasons joined by a
        hyphen ("Sep-Nov", "Mon-Fri", "Sept-Dec"; `calendar_words` in `rules.toml`)."""
        parts = word.lower().split("-")
        return len(parts) > 1 and all(p in self.calendar for p in parts)

    def _own_compound(self, word: str) -> bool:
        """A hyphenated word made of one of the inspection's own words and ordinary
        English words ("Minecraft-style", "Cafcass-funded"); never one holding a given
        name, a word that is neither, or only own words."""
        parts = [p for p in word.split("-") if p]
        own = [p for p in parts if p in self.own_words]
        english = [p for p in parts if p not in own and p not in self.vocab.given_names
                   and self.vocab.is_english(p.lower())]  # fmt: skip
        # Two own words ("Stroud-Whitby") make a double-barrelled surname, not a compound.
        return bool(own) and bool(english) and len(own) + len(english) == len(parts)


def _initial(text: str, start: int) -> bool:
    """Whether a word starts a sentence (or a quotation, or a list item); not after a
    person's initial ("K. Lister")."""
    j = start - 1
    opened = False
    while j >= 0 and (text[j] in _OPENERS or text[j] in _BULLETS):
        if text[j] in "\"'‘“" or text[j] in _BULLETS:
            opened = True
        j -= 1
    if j < 0:
        return True
    if text[j] == "." and not opened and after_initial(text, start):
        return False
    return opened or text[j] in ".!?:\n\r"
