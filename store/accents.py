"""Names as typed on a keyboard without their accents."""

from __future__ import annotations

import unicodedata

_UNDECOMPOSED = str.maketrans(
    {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss",
     "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D"}
)  # fmt: skip


def plain(word: str) -> str:
    """`word` without its accents ("Siân Ó Briain" -> "Sian O Briain", "Søren" ->
    "Soren"): as a name is typed on a keyboard without them (tester 24)."""
    if word.isascii():
        return word
    parts = unicodedata.normalize("NFKD", word.translate(_UNDECOMPOSED))
    return "".join(c for c in parts if not unicodedata.combining(c))
