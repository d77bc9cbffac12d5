"""The word an unknown capitalised word may be a slip for ("Cihld" for Child, "FHRDA"
for FHDRA): said beside the hit, so that the lead corrects the note rather than accept
a typo as a name (tester 20's F14).  The hit stands either way: a surname can be a
slip away from a word, and only the lead can tell.

One slip only, of the kinds a hand makes on a keyboard: two letters swapped
("Cihld"), a doubled letter written once ("Assesment"), in a word of seven letters or
more, one letter too many ("Chronollogy"), and in one of eight or more, one left out
("Chronolgy"); in a shorter word a letter written twice is no slip to guess ("Dunne" is
no slip for "dune").  A letter changed, or left out of a shorter word, is not guessed: names are a letter from too many words
("Brannan" from the archaic "brannal", "Hughs" from "hugs").  Only to a word the
scanner would pass (a common English word of today's dictionary, or the inspection's
own vocabulary as the lexicon writes it; never a place, which would be a detail).
Where a slip reaches more than one word, none is said."""

from __future__ import annotations

from exporters.identify.vocabulary import Vocabulary

_SHORTEST = 5
"""Below this length no slip is guessed."""
_EXTRA_LETTER = 7
"""From this length a letter too many is guessed too."""
_MISSING_LETTER = 8
"""From this length a letter left out is guessed too ("Chronolgy" for Chronology: tester
29, F18); shorter, names are a letter from too many words."""


def nearest_word(vocab: Vocabulary, word: str) -> str | None:
    """The one word `word` is a single slip away from, written as `word` is (in
    capitals, or with a capital), or None.  The inspection's own vocabulary first
    (a slip in a note is most often of its own words: "FHRDA"), then today's English."""
    if len(word) < _SHORTEST or not word.isalpha() or _current(vocab, word.lower()):
        return None  # a word of its own is no slip ("Moose" for "mooes": tester 34, F12)
    slips = _slips(
        word.lower(), extra=len(word) >= _EXTRA_LETTER, missing=len(word) >= _MISSING_LETTER
    )
    own = {w for w in (_own(vocab, c) for c in slips) if w}
    found = own or {c for c in slips if _current(vocab, c)}
    if len(found) != 1:
        return None
    (hit,) = found
    if hit != hit.lower():
        return hit  # as the lexicon writes it: "FHDRA"
    return hit.upper() if word.isupper() else hit[0].upper() + hit[1:]


def _own(vocab: Vocabulary, lower: str) -> str | None:
    """The word as the lexicon writes it ("FHDRA", "Cafcass"), if it is no place."""
    for written in (lower.upper(), lower.capitalize()):
        if written in vocab.lexicon_words and written not in vocab.places:
            return written
    return None


_ENDINGS = ("s", "es", "d", "ed", "ing")


def _current(vocab: Vocabulary, lower: str) -> bool:
    """A word of today's dictionary (or `words.txt`), or one with a plain ending, that
    is also a headword of the 1913 one: neither the archaic words only the 1913
    dictionary has ("assement", "mooer") nor the names only today's has."""
    if not vocab.is_common(lower):
        return False
    if lower in vocab.dictionary or lower in vocab.extra_words:
        return True
    return any(lower.endswith(end) and lower[: -len(end)] in vocab.dictionary for end in _ENDINGS)


def _slips(word: str, *, extra: bool, missing: bool = False) -> set[str]:
    """The words one slip away: swapped neighbours or a doubled letter written once;
    with `extra`, also a letter too many (one written twice among them); with
    `missing`, a letter left out anywhere."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1 and b[0] != b[1]}
    out |= {a + b[0] + b for a, b in splits if b}
    if extra:
        out |= {a + b[1:] for a, b in splits if b}
    if missing:
        out |= {a + c + b for a, b in splits for c in "abcdefghijklmnopqrstuvwxyz"}
    out.discard(word)
    return out
