"""A day and month as notes write them with a slash and no year ("DV incident 18/11",
"seen 3/12 14:10"): a date only where the words around it say so, never where a
fraction reads ("3/5 cases", "in 2/3 of files"), so `patterns.dates` can judge it as a
day and month (tester 29, F8)."""

from __future__ import annotations

import re
from collections.abc import Iterable

DATE_DM_SLASH = re.compile(
    r"(?<![\w/.\-:])(?:0?[1-9]|[12][0-9]|3[01])/(?:0?[1-9]|1[0-2])(?![\w/\-%]|\.\d)"
)
"""A day and month as notes write them, "18/11", with no year; a date only where
`_DM_BEFORE` or `_DM_TIME` says so (tester 29, F8: "DV incident 18/11 at mother's
address" was no date), never where a fraction reads ("3/5 cases", "in 2/3 of files")."""
_DM_BEFORE = re.compile(
    r"(?:\b(?:on|dated|from|since|until|till|by|incident|hearing|visit|visited|seen|"
    r"referral|meeting|call|phoned|rang|contact|report|arrested|admitted|discharged|"
    r"moved|placed|returned|left|strategy|s47|s\.47|dv|mtg|hrg|appt)\s*[:\-]?\s*)$",
    re.IGNORECASE,
)
_DM_TIME = re.compile(r"\s+(?:at\s+)?\d{1,2}[:.]\d\d\b")
_DM_FRACTION = re.compile(
    r"\s+(?:of|cases?|files?|children|families|staff|practitioners|were|was|had|have|are|is|"
    r"in|with|met|showed|show|reports?|judges?|partners?|areas?|criteria)\b",
    re.IGNORECASE,
)


def day_month_slashes(text: str) -> Iterable[re.Match[str]]:
    """The "18/11" dates of `text` that read as dates, not fractions."""
    for m in DATE_DM_SLASH.finditer(text):
        after = text[m.end() : m.end() + 20]
        if _DM_FRACTION.match(after):
            continue
        if _DM_BEFORE.search(text[max(0, m.start() - 25) : m.start()]) or _DM_TIME.match(after):
            yield m


_FEAST = re.compile(
    r"(?:\b[A-Z][\w'’\-]*[ \t]+(?:Day|Night|Eve)|[A-Z][\w'’\-]*,[ \t]+the[ \t]+(?:[a-z\-]+[ \t]+)?"
    r"festival)[ \t]*,?[ \t]+(?:on|is|falls[ \t]+on|fell[ \t]+on)?[ \t]*"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[ \t]+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:and|or|to|-|–)[ \t]+)?$"
)
"""A day and month that names a festival's day ("Iqbal Day on 9 November", "Guy Fawkes
Night on Thursday 5 November", "Jāņi, the midsummer festival on 23 and 24 June": held-out
corpus 13): a day of every year, no one's; not "the festival on 3 August", which may be a
day of one family's case."""


def feast_day(text: str, start: int) -> bool:
    """Whether the day and month at `start` follows a festival's name."""
    return _FEAST.search(text, max(0, start - 50), start) is not None


_MONTHS = frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
)
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?[ \t]+$")


def month_of_a_day(text: str, start: int, end: int) -> bool:
    """Whether the word at `start:end` is a month after a day's number ("24 June"): a
    date, which `patterns.dates` judges, never a person called June or May."""
    return (
        text[start:end] in _MONTHS
        and _DAY_BEFORE.search(text, max(0, start - 6), start) is not None
    )
