"""A dictated note read in written form: numbers, dates and codes as a person types them.

Speech-to-text writes what was said: "zero seven seven zero zero nine double oh three
one two", "fourth of february twenty sixteen", "b a two three q z", "forty two mill
lane", "full stop".  `written(text, street_words)` gives a copy in which each of those
reads as a note would write it ("07700900312", "4 February 2016", "BA23QZ", "42 Mill
Lane", "."), and a map from each offset of the copy back to the text, so the scanner's
finders for phones, NHS numbers, dates, postcodes, streets and case numbers run on the
copy and report what they find on the words that were said (`Written.span`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from exporters.identify.gates import MONTH_NAMES

_UNITS = {"zero": 0, "nought": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4,
          "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}  # fmt: skip
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
          "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
             "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
             "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
             "twentieth": 20, "thirtieth": 30}  # fmt: skip
_REPEATS = {"double": 2, "treble": 3, "triple": 3}
_MONTHS = {m.lower(): m for m in MONTH_NAMES} | {"sept": "September"}
NUMBER_WORDS = frozenset(_UNITS) | frozenset(_TEENS) | frozenset(_TENS) | frozenset(_REPEATS)
"""The words a spoken number is made of (a text with none has no spoken number)."""
_MONTH_WORDS = frozenset(_MONTHS)
DATE_WORDS = frozenset(_ORDINALS) | _MONTH_WORDS
_SPOKEN_MARKS = {("full", "stop"): ".", ("comma",): ",", ("question", "mark"): "?",
                 ("new", "paragraph"): "\n", ("new", "line"): "\n", ("semicolon",): ";",
                 ("exclamation", "mark"): "!"}  # fmt: skip
MARK_WORDS = frozenset(w[0] for w in _SPOKEN_MARKS)
_ORD_DIGITS = re.compile(r"(\d{1,2})(?:st|nd|rd|th)")
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_SOFT = re.compile(r"[ \t\-]+")
"""What may stand between the words of one spoken number or code."""
_COMMA = re.compile(r" ?, ?")
_TLDS = frozenset(
    {"com", "uk", "net", "org", "io", "me", "info", "ie", "scot", "wales", "cymru", "biz"}
)
"""How an email address said aloud ends ("... at hotmail dot co dot uk")."""
_UNIT_NOUNS = frozenset(
    {"minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days", "week",
     "weeks", "month", "months", "year", "years", "mile", "miles", "metre", "metres", "yard",
     "yards", "second", "seconds", "times", "step", "steps", "foot", "feet", "km", "more",
     "of", "the", "a", "an", "and", "to", "in", "at", "on", "or", "for", "with", "by", "her",
     "his", "their", "my", "our", "its", "kids", "children", "people", "other", "few"}
)  # fmt: skip
"""Words that never open a street's name after a number ("a five minute walk", "two of
them in court", "three kids green with envy"): what follows is no address."""
_POSTCODE = re.compile(r"[A-PR-UWYZ][A-HK-Y]?[0-9][0-9ABEHJKMNPRSTUVWXY]?[0-9][ABD-HJLNP-UW-Z]{2}")
_COURT = re.compile(r"[A-Z]{2}\d{2}[A-Z]\d{4,6}")
_REFERENCE = re.compile(r"(?=(?:.*[A-Z]){2})(?=(?:.*\d){3})[A-Z0-9]{6,14}")
"""A case or file reference spelled out: two letters and three digits at least."""


_DIGIT_WORDS = frozenset(["zero", "oh", "nought", *list(_UNITS)[3:], *_REPEATS])
_LETTERS = frozenset("bcdefghjklmnopqrstuvwxyz")
_YEARS = frozenset({"nineteen", "twenty", "thousand"})


class SpokenSignal:
    """Whether a lower-cased text is worth reading in written form: three digits said
    in a row, a letter before a digit said (a spelled code), a day or a year said with
    a month, a year said, a date or an email said with its marks, or a number before a
    street's word.  Each test runs only where the text's words allow it (most notes
    hold "one" or "first", few three digits in a row)."""

    def __init__(self, street_words: frozenset[str]) -> None:
        digit = "|".join(_DIGIT_WORDS)
        number = "|".join([r"\d{1,4}", *_UNITS, *_TEENS, *_TENS])
        month = "|".join(_MONTHS)
        ordinal = "|".join([r"\d{1,2}(?:st|nd|rd|th)", *_ORDINALS])
        year = "|".join([*_TEENS, *_TENS, "oh"])
        self.streets = street_words
        self.run = re.compile(rf"\b(?:{digit})(?:[ ,\-]+(?:{digit})){{2}}\b")
        self.code = re.compile(rf"\b[a-z][ \-]+(?:[a-z][ \-]+)?(?:{digit}|{number})\b")
        self.dates = re.compile(
            rf"\b(?:{ordinal})[ \-]+(?:of[ \-]+)?(?:{month})\b|\b(?:{month})[ \-]+(?:the[ \-]+)?"
            rf"(?:{ordinal}|nineteen|twenty|two[ \-]+thousand)\b"
        )
        self.years = re.compile(rf"\b(?:nineteen|twenty)[ \-]+(?:{year})\b|\btwo[ \-]+thousand\b")
        streets = "|".join(sorted(street_words, key=len, reverse=True))
        self.house = re.compile(rf"\b(?:{number})(?:[ \-]+[a-z'’]+){{1,3}}[ \-]+(?:{streets})\b")

    def __call__(self, low: str, words: set[str]) -> bool:
        """Whether `low` (a text in lower case, `words` its words) says any of them."""
        if "slash" in words or "dot" in words and "at" in words or "plus" in words:
            return True
        if not _DIGIT_WORDS.isdisjoint(words) and self.run.search(low):
            return True
        if not _LETTERS.isdisjoint(words) and self.code.search(low):
            return True
        if not _MONTH_WORDS.isdisjoint(words) and self.dates.search(low):
            return True
        if not _YEARS.isdisjoint(words) and self.years.search(low):
            return True
        return not self.streets.isdisjoint(words) and self.house.search(low) is not None


@dataclass(frozen=True)
class Written:
    """A dictated text in written form: `text`, and for each offset of it the offset in
    the text that was said where a span starting (`starts`) or ending (`ends`) there
    begins or ends."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the text said that `text[start:end]` reads."""
        return self.starts[start], self.ends[end]


@dataclass(frozen=True)
class _Tok:
    low: str
    start: int
    end: int
    soft: bool
    """Whether only spaces or a hyphen stand between it and the word before."""
    comma: bool = False
    """Whether a comma (and spaces) stands there: a pause in a number said in groups."""


def written(text: str, street_words: frozenset[str]) -> Written | None:
    """`text` read as written (module doc), or None where nothing in it reads otherwise."""
    toks = _tokens(text)
    pieces: list[tuple[int, int, str]] = []
    i = 0
    while i < len(toks):
        step = _read_at(text, toks, i, street_words)
        if step is None:
            i += 1
            continue
        j, start, said = step
        pieces.append((start, toks[j - 1].end, said))
        i = j
    if not pieces:
        return None
    return _assemble(text, pieces)


def _tokens(text: str) -> list[_Tok]:
    out: list[_Tok] = []
    last = 0
    for m in _TOKEN.finditer(text):
        gap = text[last : m.start()]
        soft = bool(_SOFT.fullmatch(gap))
        comma = not soft and bool(_COMMA.fullmatch(gap)) and bool(out)
        out.append(_Tok(m.group(0).lower(), m.start(), m.end(), soft, comma))
        last = m.end()
    return out


def _read_at(
    text: str, toks: list[_Tok], i: int, street_words: frozenset[str]
) -> tuple[int, int, str] | None:
    """What the words from `toks[i]` read as: (index after them, start in the text, the
    written form), or None."""
    t = toks[i]
    for words, mark in _SPOKEN_MARKS.items():
        if tuple(x.low for x in toks[i : i + len(words)]) == words and (
            len(words) == 1 or toks[i + 1].soft
        ):
            # The space before a mark goes with it: "twenty sixteen full stop" -> "2016."
            start = toks[i - 1].end if i and t.soft else t.start
            return i + len(words), start, mark
    return (
        _email(toks, i)
        or _slashed(toks, i)
        or _date(toks, i)
        or _house(toks, i, street_words)
        or _code(toks, i)
        or _digit_run(toks, i)
        or _year_alone(toks, i)
        or _letters(toks, i)
    )


def _joined(toks: list[_Tok], i: int) -> bool:
    return i < len(toks) and toks[i].soft


def _cardinal(toks: list[_Tok], i: int) -> tuple[int, int] | None:
    """A number said as words from toks[i] ("forty two", "seven", "a hundred and six"):
    (index after it, its value)."""
    if i >= len(toks):
        return None
    w = toks[i].low
    value: int
    if w.isdigit() and len(w) <= 4:
        return i + 1, int(w)
    if w in _TENS:
        value, i = _TENS[w], i + 1
        if (
            _joined(toks, i)
            and toks[i].low in _UNITS
            and toks[i].low not in ("oh", "zero", "nought")
        ):
            value, i = value + _UNITS[toks[i].low], i + 1
    elif w in _TEENS:
        value, i = _TEENS[w], i + 1
    elif w in _UNITS and w not in ("oh", "nought"):
        value, i = _UNITS[w], i + 1
    else:
        return None
    if _joined(toks, i) and toks[i].low == "hundred" and value < 10:
        value, i = value * 100, i + 1
        if _joined(toks, i) and toks[i].low == "and":
            rest = _cardinal(toks, i + 1)
            if rest is not None and rest[1] < 100:
                value, i = value + rest[1], rest[0]
    return i, value


def _year(toks: list[_Tok], i: int) -> tuple[int, int] | None:
    """A year said as people say one ("twenty sixteen", "nineteen ninety eight", "twenty
    oh nine", "two thousand and twelve"): (index after it, the year)."""
    if i + 1 >= len(toks) or not toks[i + 1].soft:
        return None
    w, nxt = toks[i].low, toks[i + 1].low
    if w.isdigit() and len(w) == 4 and w[:2] in ("19", "20"):
        return i + 1, int(w)
    if w == "two" and nxt == "thousand":
        j = i + 2
        if _joined(toks, j) and toks[j].low == "and":
            j += 1
        rest = _cardinal(toks, j) if _joined(toks, j) else None
        if rest is not None and rest[1] < 100:
            return rest[0], 2000 + rest[1]
        return i + 2, 2000
    if w not in ("nineteen", "twenty"):
        return None
    century = 1900 if w == "nineteen" else 2000
    if nxt == "oh" and _joined(toks, i + 2) and toks[i + 2].low in _UNITS:
        return i + 3, century + _UNITS[toks[i + 2].low]
    if nxt in _TEENS or nxt in _TENS:
        rest = _cardinal(toks, i + 1)
        if rest is not None and rest[1] >= 10:
            return rest[0], century + rest[1]
    return None


def _day(toks: list[_Tok], i: int) -> tuple[int, int] | None:
    """A day of the month said as an ordinal ("fourth", "twenty first", "4th")."""
    if i >= len(toks):
        return None
    w = toks[i].low
    if m := _ORD_DIGITS.fullmatch(w):
        day = int(m.group(1))
        return (i + 1, day) if 1 <= day <= 31 else None
    if w in _ORDINALS:
        return i + 1, _ORDINALS[w]
    if w in ("twenty", "thirty") and _joined(toks, i + 1) and toks[i + 1].low in _ORDINALS:
        day = _TENS[w] + _ORDINALS[toks[i + 1].low]
        return (i + 2, day) if day <= 31 else None
    return None


def _date(toks: list[_Tok], i: int) -> tuple[int, int, str] | None:
    """ "fourth of february twenty sixteen" -> "4 February 2016"; "february the fourth",
    "february twenty sixteen" (a month and year)."""
    start = toks[i].start
    day = _day(toks, i)
    if day is not None:
        j = day[0]
        if _joined(toks, j) and toks[j].low == "of":
            j += 1
        if not (_joined(toks, j) and toks[j].low in _MONTHS):
            return None
        said = f"{day[1]} {_MONTHS[toks[j].low]}"
        return _with_year(toks, j + 1, start, said)
    if toks[i].low not in _MONTHS or toks[i].low == "may" and i and toks[i - 1].low != "of":
        return None
    month = _MONTHS[toks[i].low]
    j = i + 1
    if _joined(toks, j) and toks[j].low == "the":
        j += 1
    day = _day(toks, j) if _joined(toks, j) else None
    if day is not None:
        return _with_year(toks, day[0], start, f"{month} {day[1]}")
    year = _year(toks, i + 1) if _joined(toks, i + 1) else None
    if year is None:
        return None
    return year[0], start, f"{month} {year[1]}"


def _with_year(toks: list[_Tok], j: int, start: int, said: str) -> tuple[int, int, str]:
    year = _year(toks, j) if _joined(toks, j) else None
    if year is None:
        return j, start, said
    return year[0], start, f"{said} {year[1]}"


def _email(toks: list[_Tok], i: int) -> tuple[int, int, str] | None:
    """An email address said aloud ("kerys dot hale at hotmail dot co dot uk" ->
    "kerys.hale@hotmail.co.uk"): words joined by "dot", "at", and a domain said the same
    way that ends as domains do."""
    local = [toks[i].low]
    j = i + 1
    while _joined(toks, j + 1) and toks[j].low == "dot" and toks[j].soft:
        local.append(toks[j + 1].low)
        j += 2
    if not (_joined(toks, j) and toks[j].low == "at" and _joined(toks, j + 1)):
        return None
    domain = [toks[j + 1].low]
    k = j + 2
    while _joined(toks, k) and _joined(toks, k + 1) and toks[k].low == "dot":
        domain.append(toks[k + 1].low)
        k += 2
    if len(domain) < 2 or domain[-1] not in _TLDS or "at" in local:
        return None
    return k, toks[i].start, ".".join(local) + "@" + ".".join(domain)


def _slashed(toks: list[_Tok], i: int) -> tuple[int, int, str] | None:
    """A date said with its slashes ("four slash two slash twenty sixteen" -> "4/2/2016")."""
    day = _cardinal(toks, i)
    if day is None or not 1 <= day[1] <= 31 or not _said(toks, day[0], "slash"):
        return None
    month = _cardinal(toks, day[0] + 1)
    if month is None or not 1 <= month[1] <= 12:
        return None
    said, j = f"{day[1]}/{month[1]}", month[0]
    if _said(toks, j, "slash"):
        year = _year(toks, j + 1) or _cardinal(toks, j + 1)
        if year is not None and (year[1] < 100 or 1900 <= year[1] < 2100):
            return year[0], toks[i].start, f"{said}/{year[1]:02}"
    return j, toks[i].start, said


def _said(toks: list[_Tok], i: int, word: str) -> bool:
    return _joined(toks, i) and toks[i].low == word and _joined(toks, i + 1)


def _house(toks: list[_Tok], i: int, street_words: frozenset[str]) -> tuple[int, int, str] | None:
    """A house number and its street ("forty two mill lane" -> "42 Mill Lane", "7 acre
    close" -> "7 Acre Close"): one to three words, none a unit or a small word, then a
    street word."""
    number = _cardinal(toks, i)
    if number is None or not 0 < number[1] < 10000:
        return None
    j = number[0]
    for k in range(j, min(j + 3, len(toks) - 1)):
        if not toks[k].soft or toks[k].low in _UNIT_NOUNS or toks[k].low in NUMBER_WORDS:
            return None
        key = toks[k + 1]
        if key.low in street_words and key.soft:
            names = " ".join(x.low.capitalize() for x in toks[j : k + 2])
            return k + 2, toks[i].start, f"{number[1]} {names}"
    return None


def _digit(toks: list[_Tok], i: int) -> tuple[int, str] | None:
    """One spoken group of a number said digit by digit ("seven", "double oh", "treble
    five", "twelve", "forty two", a number in figures)."""
    w = toks[i].low
    if w in _REPEATS and _joined(toks, i + 1) and toks[i + 1].low in _UNITS:
        return i + 2, str(_UNITS[toks[i + 1].low]) * _REPEATS[w]
    if w in _UNITS:
        return i + 1, str(_UNITS[w])
    if w.isdigit():
        return i + 1, w
    if w in _TEENS or w in _TENS:
        value = _cardinal(toks, i)
        return (value[0], str(value[1])) if value is not None and value[1] < 100 else None
    return None


def _run(toks: list[_Tok], i: int, letters: bool) -> list[tuple[int, str]]:
    """The groups of a spoken number (or, with `letters`, a code of letters and digits)
    from toks[i], each (index after it, what it writes); a number said in groups may
    pause at a comma ("oh seven seven zero zero, nine double oh ...")."""
    out: list[tuple[int, str]] = []
    j = i
    while j < len(toks) and (j == i or toks[j].soft or not letters and toks[j].comma):
        w = toks[j].low
        if letters and len(w) == 1 and w.isalpha():
            out.append((j + 1, w.upper()))
            j += 1
            continue
        one = _digit(toks, j)
        if one is None:
            break
        out.append(one)
        j = one[0]
    return out


def _digit_run(toks: list[_Tok], i: int) -> tuple[int, int, str] | None:
    """A number said digit by digit, four digits or more ("oh one six one four nine six
    double two"): the digits, with "oh" a nought only where other digits stand by it."""
    plus = toks[i].low == "plus" and _joined(toks, i + 1)
    first = i + 1 if plus else i
    if toks[first].low == "oh" and not (_joined(toks, first + 1) and _digit(toks, first + 1)):
        return None
    run = _run(toks, first, letters=False)
    digits = "".join(s for _j, s in run)
    if len(run) < 2 or len(digits) < 4 or all(t.low.isdigit() for t in toks[first : run[-1][0]]):
        return None
    return run[-1][0], toks[i].start, ("+" if plus else "") + digits


def _code(toks: list[_Tok], i: int) -> tuple[int, int, str] | None:
    """A postcode or a case number spelled letter by letter with its digits said ("b a
    two three q z" -> "BA23QZ", "b s two six p zero zero four one two"): the longest
    stretch from toks[i] that has a postcode's, a court number's or a reference's shape."""
    if not (len(toks[i].low) == 1 and toks[i].low.isalpha()):
        return None
    run = _run(toks, i, letters=True)
    while len(run) >= 3:
        said = "".join(s for _j, s in run)
        if _POSTCODE.fullmatch(said) or _COURT.fullmatch(said) or _REFERENCE.fullmatch(said):
            return run[-1][0], toks[i].start, said
        run.pop()
    return None


def _year_alone(toks: list[_Tok], i: int) -> tuple[int, int, str] | None:
    """A year said alone ("born in twenty sixteen"), with no number said before or after."""
    if toks[i].low not in ("nineteen", "twenty", "two") or (i and toks[i - 1].low in NUMBER_WORDS):
        return None
    year = _year(toks, i)
    if year is None or (year[0] < len(toks) and toks[year[0]].low in NUMBER_WORDS):
        return None
    return year[0], toks[i].start, str(year[1])


def _letters(toks: list[_Tok], i: int) -> tuple[int, int, str] | None:
    """Letters spelled out ("n h s", "g p"): an initialism in capitals, so its cue reads."""
    if toks[i].low in ("a", "i") or len(toks[i].low) != 1 or not toks[i].low.isalpha():
        return None
    j = i
    while (
        j < len(toks)
        and len(toks[j].low) == 1
        and toks[j].low.isalpha()
        and (j == i or toks[j].soft)
    ):
        j += 1
    while j - i > 1 and toks[j - 1].low in ("a", "i"):
        j -= 1
    if j - i < 2:
        return None
    return j, toks[i].start, "".join(t.low.upper() for t in toks[i:j])


def _assemble(text: str, pieces: list[tuple[int, int, str]]) -> Written:
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = [0]
    last = 0
    for a, b, said in pieces:
        out.append(text[last:a])
        starts.extend(range(last, a))
        ends.extend(range(last + 1, a + 1))
        out.append(said)
        starts.extend([a] * len(said))
        ends.extend([b] * len(said))
        last = b
    out.append(text[last:])
    starts.extend(range(last, len(text) + 1))
    ends.extend(range(last + 1, len(text) + 1))
    return Written("".join(out), tuple(starts), tuple(ends))
