"""A text's lower-case words, read once, for the cheap tests that let most text skip
most finders (a text with no school word is not searched for schools)."""

from __future__ import annotations

import re
from datetime import date, timedelta

_LOWER_WORD = re.compile(r"[^\W\d_]+")
HOLIDAYS = frozenset({"christmas", "boxing", "year", "valentine", "bonfire", "halloween"})
"""Words of the holidays that are dates with no digit (Christmas Day, New Year's Eve...)."""
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")  # fmt: skip
"""The months in full, as dates in notes and the scanners' cache keys write them."""
MONTHS = frozenset(m.lower() for m in MONTH_NAMES)
WORDED_DATES = HOLIDAYS | MONTHS
"""Words of the only dates with no digit: holidays (Christmas Day, New Year's Eve...) and
days written in words, which name their month ("the fifth of December")."""
# Punctuation, digits and spaces to a space: what is left of a text, split, is its words.
_NOT_LETTERS = str.maketrans(
    dict.fromkeys([chr(c) for c in range(128) if not chr(c).isalpha()] + list("‘’“”–—…«»·•"), " ")
)
"""Every ASCII character but a letter, and the commonest other marks, to a space."""


def lower_words(text: str) -> set[str]:
    """The lower-case words of `text` (runs of letters), for the cheap tests that let
    most text skip most finders.  A C-speed split: in ASCII text what is left is
    letters; elsewhere it is checked, and where anything but letters is left (a symbol
    the table does not know) the regular expression decides."""
    low = text.lower()
    words = set(low.translate(_NOT_LETTERS).split())
    if not words or low.isascii() or "".join(words).isalpha():
        return words
    return set(_LOWER_WORD.findall(low))


FIELDWORK_DAYS = 120
"""The longest fieldwork whose days are read as the inspection's own."""


def fieldwork_days(dates: list[str]) -> list[str]:
    """Each day from the first to the last ISO date of `dates` (the inspection's start
    and end), as notes write a day: "3 December", "3 Dec", "3 Sept", "3/12", "03/12",
    "3/12/2026", "3 Dec 2026"."""
    days = sorted({date.fromisoformat(d) for d in dates if re.fullmatch(r"\d{4}-\d\d-\d\d", d)})
    if len(days) < 2 or (days[-1] - days[0]).days > FIELDWORK_DAYS:
        return []
    out: list[str] = []
    for n in range((days[-1] - days[0]).days + 1):
        d = days[0] + timedelta(days=n)
        month = MONTH_NAMES[d.month - 1]
        for name in {month, month[:3], month[:4]}:
            out += [f"{d.day} {name}", f"{d.day} {name} {d.year}"]
        for day, mo in ((f"{d.day}", f"{d.month}"), (f"{d.day:02}", f"{d.month:02}")):
            out += [f"{day}/{mo}", f"{day}/{mo}/{d.year}", f"{day}/{mo}/{d.year % 100:02}"]
    return out
