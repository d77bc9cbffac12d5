"""The word lists the scanner reads: an English dictionary, the inspection domain's own
vocabulary and places, given names and their short forms, and the context words of
`data/rules.toml`.

Everything is loaded once per process (the dictionary takes about a quarter of a
second) and shared by every scanner; `Vocabulary` is immutable after loading.
"""

from __future__ import annotations

import functools
import re
import threading
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any

_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("'s", ""),
    ("’s", ""),
    ("ies", "y"),
    ("ied", "y"),
    ("iest", "y"),
    ("ier", "y"),
    ("ily", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("ly", ""),
    ("er", ""),
    ("ers", ""),
    ("est", ""),
    ("ness", ""),
    ("ment", ""),
    ("ments", ""),
    ("al", ""),
    ("ally", ""),
)
_DOUBLED = re.compile(r"([bdfglmnprt])\1$")


def _read(name: str) -> str:
    return resources.files("exporters.identify").joinpath("data", name).read_text("utf-8")


def _lines(name: str) -> list[str]:
    out = []
    for line in _read(name).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


@dataclass(frozen=True)
class Vocabulary:
    """The lists, loaded.  Phrases are kept as tuples of words."""

    dictionary: set[str]
    """The dictionary's words as it spells them (lower-case entries are ordinary words)."""
    extra_words: frozenset[str]
    """Ordinary words the dictionary lacks (`words.txt`)."""
    common_words: frozenset[str]
    """The headwords of the GCIDE (Webster's 1913 and its additions), lower-cased: the
    ordinary words a reader knows, without the rare and archaic entries of Webster's
    second edition ("tez", "kobi", "gaz") that are more often a nickname in capitals."""
    proper_nouns: frozenset[str]
    """Capitalised entries of Webster's list (names of people and places among them)."""
    as_written: frozenset[str]
    """Ordinary words of two letters that are no name only as written ("Dw" of "Dw i
    isio": `welsh.txt`); in capitals they are initials ("DW")."""
    lexicon_words: frozenset[str]
    """Every capitalised word of the domain lexicon and the places, as written."""
    lexicon_phrases: frozenset[tuple[str, ...]]
    """Multi-word lexicon entries and places, as word tuples."""
    places: frozenset[str]
    """Single words that are places (for jigsaw checks)."""
    place_names: frozenset[str]
    """Places listed as one word that the domain lexicon does not also hold (Carlton,
    Whitby, Preston; not March): many are surnames or first names too."""
    given_names: frozenset[str]
    nicknames: dict[str, tuple[str, ...]]
    rules: dict[str, Any]
    spellings: tuple[tuple[re.Pattern[str], str], ...] = ()
    """British spellings as the dictionary's American ones (`british_spellings` in
    `rules.toml`): "organisation" is read as "organization"."""

    def is_english(self, lower: str) -> bool:
        """Whether a lower-case word is an ordinary English word (inflections allowed)."""
        return _is_english(self, lower)

    def is_common(self, lower: str) -> bool:
        """Whether a lower-case word is a common English word (inflections allowed):
        a GCIDE headword or one of `words.txt`.  A word of the dictionary that is not
        common is read as a name where capitals hide whether it is one."""
        return _common_cached(id(self), lower)

    def is_compound(self, lower: str) -> bool:
        """Whether a word joins two English words ("workforce", and also many
        surnames: "Blackwood"), so is an ordinary word only where a sentence starts."""
        return _compound_cached(id(self), lower)

    def rule(self, name: str) -> list[str]:
        """A list of context words from `rules.toml`."""
        value = self.rules.get(name, [])
        return list(value)


@functools.lru_cache(maxsize=65536)
def _english_cached(vocab_id: int, lower: str) -> bool:
    vocab = _LOADED[vocab_id]
    if "-" in lower:
        parts = [part for part in lower.split("-") if part]
        if len(parts) > 1 and parts[0] in vocab.rules.get("word_prefixes", ()):
            parts = parts[1:]  # "pre-verbal": a prefix before an ordinary word
        return all(_word_in(vocab, part) for part in parts)
    return _word_in(vocab, lower) or _prefixed(vocab, lower)


_PREFIXED_REST = 6
"""The fewest letters after a prefix written on ("rewritten"): a surname such as
Restall or Unwin is a prefix before a short word, not an ordinary word."""


def _prefixed(vocab: Vocabulary, lower: str) -> bool:
    """A prefix written on to a common word of six letters or more: "rewritten",
    "unsupervised", "misreported" (tester 19, F6: "(Rewritten after laptop died.)" read
    as a name)."""
    return any(
        lower.startswith(p) and len(lower) - len(p) >= _PREFIXED_REST
        and _common_cached(id(vocab), lower[len(p):])
        for p in vocab.rules.get("joined_prefixes", ())
    )  # fmt: skip


def _word_in(vocab: Vocabulary, lower: str) -> bool:
    def known(w: str) -> bool:
        return w in vocab.dictionary or w in vocab.extra_words

    return _spelt(vocab, known, lower)


def _spelt(vocab: Vocabulary, known: Callable[[str], bool], lower: str) -> bool:
    """Whether a word is known as written, inflected, or in the dictionary's American
    spelling ("behaviour", "organisations", "paediatric", "travelled")."""
    if known(lower) or _stemmed(known, lower):
        return True
    if len(lower) < _SPELLING_MIN:
        return False  # "Mae", "Rae": a short name is no spelling of a word
    for pattern, american in vocab.spellings:
        other = pattern.sub(american, lower)
        if other != lower and (known(other) or _stemmed(known, other)):
            return True
    return False


_SPELLING_MIN = 5


@functools.lru_cache(maxsize=16384)
def _common_cached(vocab_id: int, lower: str) -> bool:
    vocab = _LOADED[vocab_id]

    def known(w: str) -> bool:
        return w in vocab.common_words or w in vocab.extra_words

    return _spelt(vocab, known, lower)


@functools.lru_cache(maxsize=16384)
def _compound_cached(vocab_id: int, lower: str) -> bool:
    vocab = _LOADED[vocab_id]

    def known(w: str) -> bool:
        return w in vocab.dictionary or w in vocab.extra_words

    if len(lower) < 7:
        return False
    return any(
        known(lower[:i]) and (known(lower[i:]) or _stemmed(known, lower[i:]))
        for i in range(3, len(lower) - 2)
    )


def _stemmed(known: Callable[[str], bool], lower: str) -> bool:
    for suffix, repl in _SUFFIXES:
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
            stem = lower[: -len(suffix)] + repl
            if known(stem):
                return True
            if repl == "" and _DOUBLED.search(stem) and known(stem[:-1]):
                return True
    return False


_LOADED: dict[int, Vocabulary] = {}


def _is_english(vocab: Vocabulary, lower: str) -> bool:
    return _english_cached(id(vocab), lower)


def _phrases(lines: list[str], given: set[str]) -> tuple[set[str], set[tuple[str, ...]], set[str]]:
    """Single capitalised words, phrases, and one-word entries.  A given name inside a
    phrase ("Prince's Trust") counts only as part of the phrase."""
    words: set[str] = set()
    phrases: set[tuple[str, ...]] = set()
    singles: set[str] = set()
    for line in lines:
        parts = tuple(_WORD.findall(line))
        if not parts:
            continue
        if len(parts) == 1:
            singles.add(parts[0])
        else:
            phrases.add(parts)
        words.update(p for p in parts if p[:1].isupper() and (len(parts) == 1 or p not in given))
    return words, phrases, singles


def county_abbreviations(counties: list[str]) -> set[str]:
    """The ways notes shorten a county ("Cumbs", "Lancs", "Herts", "Derbys"): its name cut
    after three to five letters, at least three letters before its end, with "s" added,
    unless the name itself goes on with that "s" ("Somers" begins Somerset)."""
    out = set()
    for county in counties:
        for n in range(3, 6):
            stem = county[:n]
            if len(county) - n >= 3 and stem[-1] != "s" and not county.startswith(stem + "s"):
                out.add(stem + "s")
    return out


def _known_word(lower: str, dictionary: frozenset[str], extra: set[str]) -> bool:
    """A dictionary word or an inflection of one ("wars", "hams"), read as `is_english`
    reads words, for use before the vocabulary exists."""

    def known(w: str) -> bool:
        return w in dictionary or w in extra

    return known(lower) or _stemmed(known, lower)


_WORD = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*")


_LOADING = threading.Lock()


def load() -> Vocabulary:
    """The vocabulary, loaded once per process (about a quarter of a second of CPU: the
    workbench loads it in the background when an inspection opens).  A thread that asks
    while another is loading it waits for that load instead of loading it again."""
    with _LOADING:
        return _load()


@functools.cache
def _load() -> Vocabulary:
    from english_words import get_english_words_set

    web2 = get_english_words_set(["web2"], lower=False, alpha=True)
    proper = frozenset(w for w in web2 if w[:1].isupper())
    gcide = get_english_words_set(["gcide"], lower=False, alpha=True)
    dictionary = web2 | gcide
    extra = {w for line in _lines("words.txt") for w in line.lower().split()}
    given = {w for line in _lines("given_names.txt") for w in line.split()}
    nick: dict[str, tuple[str, ...]] = {}
    for line in _lines("nicknames.tsv"):
        full, _tab, short = line.partition("\t")
        nick[full.strip()] = tuple(s.strip() for s in short.split(",") if s.strip())
    lexicon = _lines("lexicon.txt") + _lines("everyday.txt")  # brands, games, Co., Mt.
    welsh = [w for line in _lines("welsh.txt") for w in line.split()]
    lexicon += [w for w in welsh if len(w) > 2]  # two letters: `as_written`
    _lex_words, lex_phrases, lex_singles = _phrases(lexicon, given)
    place_words, place_phrases, place_singles = _phrases(_lines("places.txt"), given)
    # A word of an organisation's or a role's name counts alone only where the lexicon
    # lists it alone ("Young" of the Family Justice Young People's Board does not); a
    # word of a place's name counts alone ("Dagenham").
    lex_words = {w for w in lex_singles if w[:1].isupper()}
    with resources.files("exporters.identify").joinpath("data", "rules.toml").open("rb") as fh:
        rules = tomllib.load(fh)
    shortened = county_abbreviations(rules.get("counties", []))
    shortened -= given | {s for forms in nick.values() for s in forms}
    shortened = {w for w in shortened if not _known_word(w.lower(), dictionary, extra)}
    place_words |= shortened
    place_singles |= shortened
    vocab = Vocabulary(
        dictionary=dictionary,
        extra_words=frozenset(extra),
        common_words=frozenset(w.lower() for w in gcide),
        proper_nouns=proper,
        lexicon_words=frozenset(lex_words | place_words),
        lexicon_phrases=frozenset(lex_phrases | place_phrases),
        places=frozenset(place_singles | {w for p in place_phrases for w in p}),
        place_names=frozenset(w for w in place_singles if w[:1].isupper()) - lex_words,
        given_names=frozenset(given),
        as_written=frozenset(w for w in welsh if len(w) <= 2),
        nicknames=nick,
        rules=rules,
        spellings=tuple((re.compile(a), b) for a, b in rules.get("british_spellings", [])),
    )
    _LOADED[id(vocab)] = vocab
    return vocab
