"""A text's lower-case words, read once, for the cheap tests that let most text skip
most finders (a text with no school word is not searched for schools)."""

from __future__ import annotations

import re
import string

_LOWER_WORD = re.compile(r"[^\W\d_]+")
HOLIDAYS = frozenset({"christmas", "boxing", "year", "valentine", "bonfire", "halloween"})
"""Words of the only dates with no digit (Christmas Day, New Year's Eve...)."""
# Punctuation, digits and spaces to a space: what is left of a text, split, is its words.
_NOT_LETTERS = str.maketrans(
    dict.fromkeys(string.punctuation + string.digits + string.whitespace + "‘’“”–—…«»·•", " ")
)


def lower_words(text: str) -> set[str]:
    """The lower-case words of `text` (runs of letters), for the cheap tests that let
    most text skip most finders.  A C-speed split, checked: where anything but letters
    is left (a symbol the table does not know), the regular expression decides."""
    words = set(text.lower().translate(_NOT_LETTERS).split())
    if "".join(words).isalpha() or not words:
        return words
    return set(_LOWER_WORD.findall(text.lower()))
