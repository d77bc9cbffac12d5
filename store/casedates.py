"""Dates as case lists write them (domain.md 3.5): what Excel and people in the UK type.

Read, day first, never month first: ISO (2019-04-03, 2019/04/03), dd/mm/yyyy and
dd/mm/yy (also with '-' or '.'), the month as a word ("3 Nov 26", "14-Feb-2009",
"3 November 2026", "3rd Nov 2026") and an Excel serial number (43558).  A time after the
date ("03/04/2019 00:00") is ignored.  A two-digit year is resolved against `latest`
when given (a date of birth is never after it: "3 Nov 26" on an inspection starting in
March 2026 is 1926, "14 Feb 09" is 2009), else in this century.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

EXCEL_EPOCH = dt.date(1899, 12, 30)
MONTHS: dict[str, int] = {
    **{name.casefold(): n for n, name in enumerate(calendar.month_name) if name},
    **{name.casefold(): n for n, name in enumerate(calendar.month_abbr) if name},
    "sept": 9,
}
_TIME = r"(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
NAMED = re.compile(
    rf"(\d{{1,2}})(?:st|nd|rd|th)?[\s\-/.]+([a-z]+)\.?,?[\s\-/.]+(\d{{4}}|\d{{2}}){_TIME}", re.I
)
"""'3 Nov 26', '14-Feb-2009', '3 November 2026', '3rd Nov, 2026'."""
DAY_FIRST = re.compile(rf"(\d{{1,2}})([/.\-])(\d{{1,2}})\2(\d{{4}}|\d{{2}}){_TIME}")
"""'03/11/2026', '3/11/26', '3.11.26', '03-11-2026'."""
YEAR_FIRST = re.compile(rf"(\d{{4}})([/\-])(\d{{1,2}})\2(\d{{1,2}}){_TIME}")
"""'2026-11-03', '2026/11/03'."""
SERIAL = re.compile(r"\d{5}(?:\.0+)?")
NOT_KNOWN = frozenset(
    {"nk", "n/k", "n.k.", "not known", "unknown", "unk", "tbc", "tba", "to be confirmed",
     "n/a", "na", "not recorded", "not given", "none", "-", "--", "?", "??"}
)  # fmt: skip
"""How case lists write a date nobody knows: read as no date, as an empty cell is
(tester 29, F17: "N/K" in a date-of-birth column refused the row)."""


def not_known(cell: str) -> bool:
    """Whether a date cell says the date is not known ("N/K", "Unknown", "TBC")."""
    return " ".join(cell.split()).casefold() in NOT_KNOWN


class DateProblem(ValueError):
    """A cell that is not a date: `kind` is 'form' (not a way of writing a date this
    import reads) or 'impossible' (read, but no such day: '31/02/2016', '31/13/2026')."""

    def __init__(self, value: str, kind: str) -> None:
        super().__init__(value)
        self.value, self.kind = value, kind


def _year(text: str, month: int, day: int, latest: dt.date | None) -> int:
    year = int(text)
    if len(text) == 4:
        return year
    year += 2000
    if latest is not None and (year, month, day) > (latest.year, latest.month, latest.day):
        year -= 100
    return year


def _parts(value: str) -> tuple[str, int, int] | None:
    """(year as written, month, day), or None when the form is not one read."""
    if m := YEAR_FIRST.fullmatch(value):
        return m.group(1), int(m.group(3)), int(m.group(4))
    if m := DAY_FIRST.fullmatch(value):
        return m.group(4), int(m.group(3)), int(m.group(1))
    if (m := NAMED.fullmatch(value)) and m.group(2).casefold() in MONTHS:
        return m.group(3), MONTHS[m.group(2).casefold()], int(m.group(1))
    return None


def parse_date(text: str, latest: dt.date | None = None) -> dt.date:
    """The date a case list's cell gives (see the module's docstring); DateProblem when
    it gives none."""
    value = " ".join(text.split())
    if SERIAL.fullmatch(value):
        return EXCEL_EPOCH + dt.timedelta(days=int(float(value)))
    parts = _parts(value)
    if parts is None:
        raise DateProblem(text, "form")
    year, month, day = parts
    try:
        return dt.date(_year(year, month, day, latest), month, day)
    except ValueError:
        raise DateProblem(text, "impossible") from None


CLOSED = frozenset({"y", "yes", "closed", "true", "1"})
NOT_CLOSED = frozenset({"n", "no", "open", "false", "0", "live", "active"})
"""A "Closed" column's cells that say yes or no rather than give the date (in a column
headed as a date, "End date", a word is refused as no date)."""
CLOSED_HEADINGS = frozenset({"closed", "caseclosed", "end", "ended"})
"""Headings whose cells may say yes or no ('End': a date on some rows, 'Yes' on others)."""


AGE = re.compile(
    r"(?:(?P<y>\d{1,2})\s*(?:y|yr|yrs|year|years|yo|y/o|y\.o\.)?\.?)?\s*,?\s*"
    r"(?:(?P<m>\d{1,2})\s*(?:m|mth|mths|mnth|mnths|month|months|mo|mos)\.?)?(?:\s*old)?",
    re.IGNORECASE,
)
"""An age as lists write it: '14', '3 yrs', '7 years', '9 months', '2y 3m', '15 yrs 2 mths'."""


def years_old(cell: str) -> int | None:
    """The whole years an age cell gives, or None when it gives no age."""
    m = AGE.fullmatch(cell.strip())
    if m is None or not (m.group("y") or m.group("m")):
        return None
    return int(m.group("y") or 0) + int(m.group("m") or 0) // 12


def band_of_years(years: int) -> str:
    """The AGE_BANDS band for a child of `years` whole years; ValueError at 18 or over."""
    for top, band in ((1, "0-1"), (4, "2-4"), (9, "5-9"), (13, "10-13"), (15, "14-15"),
                      (17, "16-17")):  # fmt: skip
        if years <= top:
            return band
    raise ValueError(f"aged {years} at the inspection start, not a child")


def age_band(dob: dt.date, on: dt.date) -> str:
    """The AGE_BANDS band for a child born on `dob`, at date `on`."""
    return band_of_years(on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day)))
