"""Text written in capitals, read as if written in ordinary case.

A note typed in capitals ("HE HAS STARTED AT HOLLINS PARK ACADEMY", "MOVED TO 14 CROFT
LANE") hides what the place rules read: which words are capitalised.  Where a text
holds two words in capitals side by side, `titled` gives a copy of the same length in
which each word in capitals is written as a name is ("Hollins Park Academy") and each
small word of the language as it is in prose ("at", "the", "to"), so the rules for
schools, streets and hospitals find the same places they find in ordinary text.  The
copy's offsets are the text's, so what is found in it is reported in the text.
"""

from __future__ import annotations

import re

from exporters.identify.capitals import capitalised

# Small words of the language, always in lower case in the copy (with the scanner's
# function words, pronouns and verbs of a name).
_SMALL = frozenset(
    {"a", "an", "the", "at", "in", "on", "to", "of", "for", "from", "by", "near", "into",
     "and", "or", "but", "with", "is", "are", "was", "were", "has", "have", "had"}
)  # fmt: skip
_SHOUTED = re.compile(r"[A-Z]{2}[A-Z'’\-]*[ \t]+[A-Z0-9]{2}")
_CAPS_WORD = re.compile(r"(?<![\w'’\-])[A-Z][A-Z'’\-]+(?![\w'’\-])")


def shouted(text: str) -> bool:
    """Whether `text` holds two words in capitals side by side."""
    return _SHOUTED.search(text) is not None


def titled(text: str, small: frozenset[str]) -> str | None:
    """`text` with its words in capitals written as names are, and those of `small`
    (lower case: function words, pronouns, verbs of a name) in lower case; None where
    the text holds no two words in capitals side by side (or where a letter's case
    changes its length, so offsets would not match)."""
    if not shouted(text):
        return None

    def one(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        return low if low in _SMALL or low in small else capitalised(word)

    out = _CAPS_WORD.sub(one, text)
    return out if len(out) == len(text) else None
