"""Identifiers with a fixed shape: emails, phone numbers, postcodes, NHS numbers, court
and case numbers, dates tied to a person, street addresses and schools.

Each finder takes the text (and what it needs to know) and returns `Found` spans; the
scanner resolves overlaps.  Cheap tests (is there an "@", are there enough digits)
skip most finders for most text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from exporters.identify.daymonth import day_month_slashes, feast_day
from exporters.identify.gates import MONTH_NAMES
from exporters.identify.vocabulary import Vocabulary
from exporters.identify.welsh import WELSH_HOMES, welsh_named


@dataclass(frozen=True)
class Found:
    """One identifying detail in a text: its kind, where it is, and why (for people)."""

    kind: str
    start: int
    end: int
    note: str = ""


POSTCODE = re.compile(
    r"(?<![\w\-])(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?[0-9][0-9ABEHJKMNPRSTUVWXY]? ?[0-9][ABD-HJLNP-UW-Z]{2})"
    r"(?![\w\-])",
    re.IGNORECASE,
)

_MONTHS_FULL = "|".join(MONTH_NAMES)
_MONTHS = _MONTHS_FULL + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_MONTHS_WELSH = (
    "Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr"
    "|Ion|Chwef|Ebr|Meh|Gorff|Hyd|Tach|Rhag"
)
"""The months in Welsh, and as notes shorten them ("19 Ion 2026"), read only after a day
(Mai, Medi and Mawrth are also a name and a day)."""
_MONTHS_CALENDARS = (
    r"Muharram|Safar|Rabi[ʿ'’]?\s*(?:al|ul|el)[\-\s](?:Awwal|Thani|Akhir)|"
    r"Jumada\s*(?:al|ul|el)[\-\s](?:Ula|Awwal|Akhirah|Thani)|Rajab|Sha[ʿ'’]?ban|Ramadan|"
    r"Ramazan|Shawwal|Dhu\s*al[\-\s]Qa[ʿ'’]?dah|Dhu\s*al[\-\s]Hijjah|"
    r"Tishrei|Cheshvan|Heshvan|Kislev|Tevet|Shevat|Adar|Nisan|Iyar|Sivan|Tammuz|Elul|"
    r"Meskerem|Tikimt|Hidar|Tahsas|Yekatit|Megabit|Miazia|Genbot|Hamle|Nehase|Pagume"
)
"""Months of the Islamic, Hebrew and Ethiopian calendars, as families give a child's
date of birth ("12 Ramadan 1443": corpus33), read only after a day, as the Welsh."""
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_YEAR_CALENDARS = r"(?:1[345]\d\d|5[78]\d\d)(?:\s*AH)?"
DATE_DMY = re.compile(
    rf"\b(?:the\s+)?{_DAY}\s+(?:of\s+)?(?:{_MONTHS}|{_MONTHS_WELSH}|{_MONTHS_CALENDARS})\b\.?"
    rf"(?:,?\s+(?P<y>{_YEAR}|{_YEAR_CALENDARS})\b)?"
)
_UNITS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_ORDINAL = (
    rf"(?:twenty[\s\-]+(?:{_UNITS})|thirty[\s\-]+first|{_UNITS}|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
    r"twentieth|thirtieth)"
)
DATE_WORDED = re.compile(
    rf"\b(?:(?:(?i:the)\s+)?(?i:{_ORDINAL})\s+of\s+(?:{_MONTHS})\b|"
    rf"(?:{_MONTHS})\s+the\s+(?i:{_ORDINAL})\b)(?:,?\s+(?P<y>{_YEAR})\b)?"
)
"""A day written in words: "the fifth of December", "March the twenty-first" (tester
19, F4: "turns six on the fifth of December" was no date of birth)."""
DATE_MDY = re.compile(rf"\b(?:{_MONTHS})\.?\s+{_DAY}\b(?:,?\s+(?P<y>{_YEAR})\b)?")
DATE_MY = re.compile(rf"\b(?:{_MONTHS})\.?,?\s+(?:of\s+)?{_YEAR}\b")
DATE_NUMERIC = re.compile(
    r"(?<![\w/.\-])(?:0?[1-9]|[12][0-9]|3[01])(?P<sep>[/.\-])(?:0?[1-9]|1[0-2])(?P=sep)"
    r"(?:(?:19|20)\d\d|\d\d)(?![\w/\-]|\.\d)"
)
DATE_HOLIDAY = re.compile(
    rf"\b(?:Christmas\s+Day|Christmas\s+Eve|Boxing\s+Day|New\s+Year's\s+(?:Day|Eve)|"
    rf"Valentine's\s+Day|Bonfire\s+Night|Halloween)(?:,?\s+(?P<y>{_YEAR})\b)?"
)
YEAR = re.compile(rf"\b{_YEAR}\b")
DATE_ISO = re.compile(r"(?<![\w\-])(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])\b")

SENTENCE_END = re.compile(r"[.!?](?=[\s’'\")\]]|$)|\n")
AGE = re.compile(
    r"\b(?:aged|age|ages)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b"
    r"|\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen)[ \-]years?[ \-]old\b"
    r"|\b(?:in\s+)?year\s+(?:[1-9]|1[0-3])\b|\b(?:\d{1,2}|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve)[ \-]month[ \-]old\b",
    re.IGNORECASE,
)


def sentence_span(text: str, pos: int) -> tuple[int, int]:
    """The start and end of the sentence holding position `pos`."""
    start = 0
    for m in SENTENCE_END.finditer(text, 0, pos):
        start = m.end()
    end = SENTENCE_END.search(text, pos)
    return start, (end.end() if end else len(text))


def alternation(words: Iterable[str], *, lower: bool = False) -> str:
    """The words and phrases as one regular-expression alternation, the longest first
    (a space in a phrase matching any run of spaces); lower-cased with `lower`."""
    alts = sorted(
        {re.escape(w.lower() if lower else w).replace(r"\ ", r"\s+") for w in words},
        key=len,
        reverse=True,
    )
    return "|".join(alts)


def cue_pattern(words: Iterable[str], *, lower: bool = False) -> re.Pattern[str]:
    """A word-bounded alternation of cue words and phrases: case-insensitive, or (with
    `lower`) for searching text already lower-cased, which is several times faster."""
    return re.compile(
        r"(?<![\w\-])(?:" + alternation(words, lower=lower) + r")(?![\w\-])",
        0 if lower else re.IGNORECASE,
    )


DATE_GATE = re.compile(
    r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Christmas|Boxing|New Year|"
    r"Valentine|Bonfire|Halloween)"
)
DIGIT = re.compile(r"\d")


def postcodes(text: str) -> list[Found]:
    """UK postcodes, with or without the space (upper or lower case, not mixed)."""
    out = []
    for m in POSTCODE.finditer(text):
        code = m.group(0)
        letters = [c for c in code if c.isalpha()]
        if all(c.isupper() for c in letters) or all(c.islower() for c in letters):
            out.append(Found("postcode", m.start(), m.end()))
    return out


@dataclass(frozen=True)
class DateRules:
    """What makes a date identifying: cue patterns and the inspection's own dates."""

    birth: re.Pattern[str]
    person: re.Pattern[str]
    event: re.Pattern[str]
    allowed: frozenset[str]
    inspecting: re.Pattern[str] | None = None
    """Cues of the inspection at work ("I read", "we met", "moderation")."""
    fieldwork: frozenset[str] = frozenset()
    """The days of the fieldwork, each as notes write it ("3 dec", "3/12"), normalised:
    one of these beside an `inspecting` cue is the inspection's own date."""


def _norm_date(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", text)).strip(" .,").lower()


def _date_spans(text: str) -> list[tuple[int, int, str]]:
    """Every date in `text` and its shape (full, day-month, month-year, year), the
    first pattern to match a stretch taking it."""
    spans: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], shape: str) -> None:
        s, e = m.start(), m.end()
        if any(a < e and s < b for a, b in taken):
            return
        taken.append((s, e))
        spans.append((s, e, shape))

    for m in DATE_ISO.finditer(text):
        add(m, "full")
    for m in DATE_NUMERIC.finditer(text):
        add(m, "full")
    for m in DATE_DMY.finditer(text):
        add(m, "full" if m.group("y") else "day-month")
    for m in day_month_slashes(text):
        add(m, "day-month")
    for m in DATE_MDY.finditer(text):
        add(m, "full" if m.group("y") else "day-month")
    for m in DATE_WORDED.finditer(text):
        add(m, "full" if m.group("y") else "day-month")
    for m in DATE_MY.finditer(text):
        add(m, "month-year")
    for m in DATE_HOLIDAY.finditer(text):
        add(m, "full" if m.group("y") else "day-month")
    for m in YEAR.finditer(text):
        add(m, "year")
    return spans


def dates(text: str, rules: DateRules, names_at: Callable[[int, int], bool]) -> list[Found]:
    """Dates tied to a person: a date of birth (any date beside a birth cue: full, day
    and month, or month and year), or a date in a sentence about one person or one
    child's case (a full date beside a person or a case event; a day and month, or a
    month and year, beside a person).  `names_at(start, end)` tells whether a person's
    name was found in a span (it makes the sentence about a person)."""
    if not DATE_GATE.search(text):
        return []
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer: search as written
        low = text
    spans = _date_spans(text)
    out = []
    for s, e, shape in spans:
        if _norm_date(text[s:e]) in rules.allowed:
            continue
        a, b = sentence_span(text, s)
        sentence = low[a:b]
        before = low[max(a, s - 60) : s]
        if shape == "year":
            # A year alone counts only as a year of birth ("born in 2016").
            cutoff = low[max(a, s - 7) : s].rstrip().endswith(("before", "after", "since"))
            if rules.birth.search(low[max(a, s - 25) : s]) and not cutoff:
                out.append(Found("date-of-birth", s, e, "a year of birth"))
            continue
        if rules.birth.search(before) or rules.birth.search(low[e : min(b, e + 40)]):
            out.append(Found("date-of-birth", s, e, "a date of birth"))
        elif _inspecting(rules, _norm_date(text[s:e]), sentence) or (
            shape == "day-month" and feast_day(text, s)):  # fmt: skip
            continue
        elif rules.person.search(sentence) or names_at(a, b):
            out.append(Found("date", s, e, "a date about one person"))
        elif shape == "full" and rules.event.search(sentence):
            out.append(Found("date", s, e, "a date in one child's case"))
        elif (shape == "day-month" and _NUMBERED_DAY.fullmatch(text[s:e])
              and _EVENT_ON.search(low[max(a, s - 30) : s])):  # fmt: skip
            # "Visit on 14/10", "DV incident on 19/11": a day of one child's case, as
            # notes write it with no subject (tester 32, F5).
            out.append(Found("date", s, e, "a date in one child's case"))
    return out


_EVENT_ON = re.compile(
    r"\b(?:visit|visited|seen|incident|referral|disclosure|assault|"
    r"arrest|arrested|contact|handover|rang|phoned|strategy\s+meeting|"
    r"medical|admitted|discharged|moved|removed|placed|excluded)\s+(?:on|of|dated)\s+$"
)
"""A case event right before "on" and a day and month ("visit on 14/10")."""
_NUMBERED_DAY = re.compile(r"\d{1,2}[/.]\d{1,2}")
"""A day and month in figures, as notes write a day of the case."""


def _inspecting(rules: DateRules, date: str, sentence: str) -> bool:
    """A day of the fieldwork in a sentence about the inspection at work."""
    return bool(date in rules.fieldwork and rules.inspecting and rules.inspecting.search(sentence))


_CAP = r"[A-Z][\w'’\-]*"


@dataclass(frozen=True)
class PlaceRules:
    """Street and school patterns, built once from `rules.toml`.  Each is searched for
    only in the few characters before one of its key words, found first."""

    street_key: re.Pattern[str]
    street_numbered: re.Pattern[str]
    street_named: re.Pattern[str]
    numbered_only: frozenset[str]
    school_key: re.Pattern[str]
    school_before: re.Pattern[str]
    school_lower_before: re.Pattern[str]
    street_words: frozenset[str]
    school_words: frozenset[str]
    numbered_words: frozenset[str]
    """Street words that need a house number (lower case): skipped in a text with no digit."""


_LOOK_BACK = 90


def place_rules(vocab: Vocabulary) -> PlaceRules:
    """Compile the street and school patterns from the vocabulary's rules."""
    streets = sorted(set(vocab.rule("street_words")), key=len, reverse=True)
    alt_all = "|".join(map(re.escape, streets))
    schools = sorted(set(vocab.rule("school_words")), key=len, reverse=True)
    alt_school = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in schools)
    unit = r"(?:Flat|Apartment|Apt|Unit|Room)\s+\d+[A-Za-z]?,?\s+"
    house = r"\d{1,4}[A-Za-z]?,?\s+"
    lower_school = r"school|nursery|primary|academy|college|pre-school|preschool|playgroup"
    return PlaceRules(
        street_key=re.compile(
            rf"\b(?:{alt_all})\b\.?(?:\s+(?:North|South|East|West)\b)?(?!\s+[A-Z][a-z])"
        ),
        street_numbered=re.compile(
            rf"(?<![\w\-/])(?:{unit}(?:{house})?|{house})(?:{_CAP}\s+){{1,3}}$"
        ),
        street_named=re.compile(rf"(?<![\w'’\-])(?:{_CAP}\s+){{1,3}}$"),
        numbered_only=frozenset(vocab.rule("street_words_numbered")),
        school_key=re.compile(
            rf"(?:{alt_school})(?![\w\-])(?:\s+(?:School|Academy|Primary|Nursery))?"
            rf"|\b(?:{lower_school})\b"
        ),
        school_before=re.compile(
            rf"(?<![\w'’\-])(?:(?:St|Saint)\.?\s+|Our\s+Lady\s+(?:of\s+)?|Holy\s+|The\s+)?"
            rf"(?:{_CAP}\s+(?:(?:and|of|on|upon|in|the|&)\s+)?){{1,4}}$"
        ),
        school_lower_before=re.compile(rf"(?<![\w'’\-])(?:{_CAP}\s+){{1,3}}$"),
        street_words=frozenset(w.lower() for w in streets),
        # A school word can match only where its last word is in the text: those (and
        # the lower-case words) are what a text must hold to be searched at all.
        school_words=frozenset(re.findall(r"[^\W\d_]+", w)[-1].lower() for w in schools)
        | frozenset(p for w in lower_school.split("|") for p in w.split("-")),
        numbered_words=frozenset(w.lower() for w in vocab.rule("street_words_numbered")),
    )


# A school word followed by one of these is not a school ("the High Court", "primary
# carer").
_NOT_SCHOOL_AFTER = re.compile(
    r"\s*(?:Court|Courts|Street|Road|Sheriff|Commission|Commissioner|Care|Carer|Carers|"
    r"Health|Trust|Priority|Risk|Needs|Doctor|Doctors|Minister|Judge|Judges|Mortality|"
    r"Level|Levels|Standards|Cost|Costs|Rate|Rates)\b"
)
_SCHOOL_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "her",
        "his",
        "their",
        "our",
        "its",
        "this",
        "that",
        "these",
        "those",
        "new",
        "local",
        "primary",
        "secondary",
        "special",
        "independent",
        "private",
        "state",
        "village",
        "nearby",
        "previous",
        "current",
        "same",
        "other",
        "mainstream",
        "faith",
        "church",
        "catholic",
        "welsh",
        "english",
        # A preposition opening a sentence: "At nursery, ..." names no nursery.
        "at",
        "in",
        "from",
        "to",
        "after",
        "before",
        "outside",
        "during",
        "since",
        "until",
        "into",
        "for",
        "with",
        "by",
    ]
)
_LEAD_SKIP = frozenset({"St", "Saint", "The", "Our", "Lady", "Holy"})


_KEYS: dict[tuple[str, frozenset[str]], re.Pattern[str]] = {}


def _keys(pattern: re.Pattern[str], present: set[str] | frozenset[str]) -> re.Pattern[str]:
    """`pattern` cut down to the alternatives that hold one of the `present` words
    (lower case): one small search instead of one over every key word.  Cached."""
    key = (pattern.pattern, frozenset(present))
    cut = _KEYS.get(key)
    if cut is None:
        head, _sep, rest = pattern.pattern.partition("(?:")
        body, close, tail = rest.partition(")")
        alts = [a for a in body.split("|") if set(re.findall(r"[a-z]+", a.lower())) & present]
        cut = re.compile(head + "(?:" + "|".join(alts or ["(?!)"]) + close + tail)
        if len(_KEYS) > 512:
            _KEYS.clear()
        _KEYS[key] = cut
    return cut


def places(
    text: str,
    rules: PlaceRules,
    is_domain: Callable[[list[str]], bool],
    initial_at: set[int],
    words: set[str] | None = None,
    digits: int = 1,
) -> list[Found]:
    """Street addresses and schools or nurseries (with or without the word School).

    `is_domain(words)` tells whether the capitalised words before a school word are
    all the inspection's own vocabulary ("Cafcass Academy", "Judicial College").
    `initial_at` holds the offsets where a sentence starts; `words`, the text's
    lower-case words, lets a text with no street or school word skip the search, and
    `digits` (how many the text holds) one with no house number skip the street words
    that need one."""
    out: list[Found] = []
    street_keys: Iterable[re.Match[str]] = ()
    if words is None:
        street_keys = rules.street_key.finditer(text)
    else:
        present = rules.street_words & words
        if not digits:
            present -= rules.numbered_words
        if present:
            street_keys = _keys(rules.street_key, present).finditer(text)
    for k in street_keys:
        a = max(0, k.start() - _LOOK_BACK)
        before = text[a : k.start()]
        key = k.group(0).rstrip(".")
        m = rules.street_numbered.search(before)
        if m and key in rules.numbered_only:
            caps = [w for w in m.group(0).split() if w[:1].isupper()]
            if is_domain(caps):  # "Area 6 Family Court"
                m = None
        if m is None and key not in rules.numbered_only:
            m = rules.street_named.search(before)
        if m:
            out.append(Found("street-address", a + m.start(), k.end()))
    if words is None or not WELSH_HOMES.isdisjoint(words):
        for kind, start, end, note in welsh_named(text):
            if not any(f.start < end and start < f.end for f in out):
                out.append(Found(kind, start, end, note))
    school_key = rules.school_key
    if words is not None:
        if rules.school_words.isdisjoint(words):
            return out
        school_key = _keys(rules.school_key, rules.school_words & words)
    for k in school_key.finditer(text):
        if _NOT_SCHOOL_AFTER.match(text, k.end()):
            continue
        a = max(0, k.start() - _LOOK_BACK)
        before = text[a : k.start()]
        lower = k.group(0)[:1].islower()
        m = (rules.school_lower_before if lower else rules.school_before).search(before)
        if not m or (lower and m.group(0).rstrip().endswith(("'s", "’s"))):
            continue  # "Tiegan-Rose's school" names a person, not a school
        caps = [w for w in re.findall(r"[\w'’\-]+", m.group(0)) if w[:1].isupper()]
        lead = [w for w in caps if w not in _LEAD_SKIP]
        if not lead or is_domain(lead) or (lower and lead[-1].lower() in _SCHOOL_STOP):
            continue
        if len(lead) == 1 and (a + m.start()) in initial_at and lead[0].lower() in _SCHOOL_STOP:
            continue
        out.append(Found("school", a + m.start(), k.end()))
    return out


def ages(text: str) -> list[tuple[int, int]]:
    """Spans that give a child's age or school year."""
    return [m.span() for m in AGE.finditer(text)]
