"""The identifiability check: find anything in a draft that could identify a child or
family, before a file is written.

Scanned: every sentence of body text (including quotes), headings, table cells and the
comment text of each paragraph.  Kinds of hit:

- ``protected-name``: a name in the inspection's protected names (children, parents,
  carers, schools, places), in full, or a single part of a person's name written with a
  capital letter (common words such as "Will" or "Rose" only in full);
- ``date-of-birth`` and ``full-date``: a full date (day, month and year) after a birth
  cue, or in a sentence about a person or a child's case (other than the inspection's
  own dates);
- ``case-number``: the inspected organisation's or a court's case number (long digit
  runs, court-style numbers such as "AB12C01234");
- ``case-reference``: one of our pseudonymised case references: allowed in comments,
  never in body text;
- ``phone``, ``email``, ``postcode``, ``street-address``, ``school``.

Each hit names its kind, the matched text, where it is (paragraph number or heading)
and the evidence ids of the sentence it was found in, so the inspector can correct the
evidence and export again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from exporters.model import Paragraph, ReportModel

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|"
    "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
DATE_PATTERNS = (
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?(?:{MONTHS})\.?,?\s+(?:19|20)\d\d\b", re.IGNORECASE),
    re.compile(rf"\b(?:{MONTHS})\.?\s+{_DAY},?\s+(?:19|20)\d\d\b", re.IGNORECASE),
    re.compile(r"\b(?:0?[1-9]|[12][0-9]|3[01])[/.\-](?:0?[1-9]|1[0-2])[/.\-](?:19|20)?\d\d\b"),
    re.compile(r"\b(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])\b"),
)
DOB_CUE = re.compile(r"\b(?:born|d\.?o\.?b\.?|date of birth|birthday)\b", re.IGNORECASE)
# A full date is identifying when it is tied to a person or to a child's case.
PERSON_CUE = re.compile(
    r"\b(?:child|children|boy|girl|baby|son|daughter|mother|father|mum|dad|parent|parents|"
    r"carer|grandmother|grandfather|nan|sibling|he|she|his|her|family|hearing|contact|order|"
    r"placed|placement|moved|removed|seen|visited|allocated|resumed|birth|born)\b",
    re.IGNORECASE,
)
EMAIL = re.compile(r"\b[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+\b")
PHONE = re.compile(
    r"(?<![\w/\-])(?:\+44\s?\(?0?\)?\s?|\(?0)\d{2,4}\)?[\s\-]?\d{3,4}[\s\-]?\d{3,4}(?![\w/])"
)
POSTCODE = re.compile(r"\b[A-Z]{1,2}[0-9][A-Z0-9]?\s?[0-9][A-Z]{2}\b")
COURT_NUMBER = re.compile(r"\b[A-Z]{2}\d{2}[A-Z]\d{5}\b")
LONG_NUMBER = re.compile(r"(?<![\w.\-])\d{6,}(?![\w.\-])")
CASE_NO_CUE = re.compile(
    r"\bcase\s+(?:no\.?|number|ref(?:erence)?)\s*:?\s*[A-Z0-9][\w\-/]{2,}", re.IGNORECASE
)
_CAP = r"[A-Z][a-z'’]+"
STREET = re.compile(
    rf"\b(?:\d{{1,4}}[a-z]?,?\s+)?(?:{_CAP}\s+){{1,3}}(?:Road|Street|Avenue|Lane|Close|Drive|"
    rf"Crescent|Gardens|Terrace|Mews|Grove|Rise|Walk|Square|Parade|Boulevard)\b"
    rf"|\b\d{{1,4}}[a-z]?,?\s+(?:{_CAP}\s+){{1,3}}(?:Way|Place|Court|Hill|Park|View|Row)\b"
)
SCHOOL = re.compile(
    rf"\b(?:St\.?\s+)?(?:{_CAP}\s+){{1,4}}(?:Primary|Junior|Infant|Infants|Secondary|High|"
    rf"Grammar|Community|Church of England|C of E|Catholic)\s+(?:School|Academy)\b"
    rf"|\b(?:St\.?\s+)?(?:{_CAP}\s+){{1,3}}(?:Academy|School|College|Nursery)\b"
)
# Capitalised words that end a school-like phrase but are not schools.
SCHOOL_EXEMPT = re.compile(r"\b(?:Cafcass|Ofsted|Family|Court|Judicial|College of Social Work)\b")
# Parts of names that are also common words: matched only as part of the full name.
COMMON_WORDS = frozenset(
    [
        "will",
        "may",
        "hope",
        "rose",
        "mark",
        "june",
        "april",
        "august",
        "bill",
        "faith",
        "joy",
        "grace",
        "summer",
        "dawn",
        "rob",
        "sue",
        "pat",
        "ray",
        "guy",
        "jack",
        "frank",
        "grant",
        "page",
        "hunter",
        "lane",
        "field",
        "green",
        "white",
        "brown",
        "young",
        "long",
        "king",
        "hill",
        "wood",
        "mason",
        "judge",
        "baker",
        "cook",
        "child",
        "court",
        "case",
        "care",
        "love",
        "north",
        "south",
        "west",
        "east",
    ]
)

ALLOWED_IN_COMMENTS = frozenset({"case-reference"})

# Cheap tests that must hold for a pattern to match at all (the scan skips a pattern
# when its test fails; the result is the same, most text skips most patterns).
_DIGIT = re.compile(r"\d")
# Three digits in a row: in every year (so every date but d/m/yy), phone number, court
# number and long number.
_DIGIT_RUN = re.compile(r"\d{3}")
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_STREET_WORDS = (
    "Road", "Street", "Avenue", "Lane", "Close", "Drive", "Crescent", "Gardens", "Terrace",
    "Mews", "Grove", "Rise", "Walk", "Square", "Parade", "Boulevard", "Way", "Place",
    "Court", "Hill", "Park", "View", "Row",
)  # fmt: skip
_SCHOOL_WORDS = ("School", "Academy", "College", "Nursery")
# Whether any of the words occurs in a text (one search instead of one `in` per word).
_ANY_STREET_WORD = re.compile("|".join(_STREET_WORDS))
_ANY_SCHOOL_WORD = re.compile("|".join(_SCHOOL_WORDS))
# A whole run of word characters and hyphens shaped like a case reference.
_REF_SHAPE = re.compile(r"(?<![\w\-])[A-Z0-9][A-Z0-9\-]{2,19}(?![\w\-])")


@dataclass(frozen=True)
class Hit:
    """One detail that could identify a child or family."""

    kind: str
    text: str
    where: str
    evidence_ids: tuple[str, ...] = ()
    field: str = "body"

    def message(self) -> str:
        ev = f" (evidence {', '.join(self.evidence_ids)})" if self.evidence_ids else ""
        return f"{self.where}: {self.kind} ‘{self.text}’ in the {self.field}{ev}"


_Add = Callable[[str, "re.Match[str]"], None]


class _Hits:
    """What one scan of a text found: (kind, text), where no two matches overlap."""

    def __init__(self) -> None:
        self.hits: list[tuple[str, str]] = []
        self._taken: list[tuple[int, int]] = []

    def add(self, kind: str, m: re.Match[str]) -> None:
        """Keep the match unless it overlaps one kept before (earlier kinds win)."""
        start, end = m.span()
        if any(a < end and start < b for a, b in self._taken):
            return
        self._taken.append((start, end))
        self.hits.append((kind, m.group(0).strip()))


@dataclass
class Scanner:
    """Compiled patterns for one inspection: its protected names (people, whose single
    name parts also count, and places such as schools and streets, matched in full) and
    its case references."""

    names: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    case_refs: list[str] = field(default_factory=list)
    allowed_dates: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        people = {n.strip() for n in self.names if len(n.strip()) >= 2}
        places = {n.strip() for n in self.places if len(n.strip()) >= 2}
        full = sorted(people | places, key=len, reverse=True)
        parts: set[str] = set()
        for n in people:
            words = n.split()
            if len(words) > 1:
                for w in words:
                    w = w.strip(".,")
                    if len(w) >= 3 and w.lower() not in COMMON_WORDS and w[0].isupper():
                        parts.add(w)
        self._full = (
            re.compile(r"\b(?:" + "|".join(re.escape(n) for n in full) + r")\b", re.IGNORECASE)
            if full
            else None
        )
        # Lower-case forms, to skip the name pattern for text holding none of them
        # (only when lower-casing is plain ASCII; otherwise the pattern always runs).
        self._full_lower: tuple[str, ...] | None = (
            tuple({n.lower() for n in full}) if all(n.isascii() for n in full) else None
        )
        self._parts = (
            re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(parts)) + r")\b")
            if parts
            else None
        )
        self._part_words = tuple(sorted(parts))
        # One search each for "any of these strings occurs" (the same answer as a loop
        # of `in` tests, with the loop in C).
        self._any_full_lower = (
            re.compile("|".join(map(re.escape, self._full_lower))) if self._full_lower else None
        )
        self._any_part_word = (
            re.compile("|".join(map(re.escape, self._part_words))) if self._part_words else None
        )
        refs = sorted({r for r in self.case_refs if r}, key=len, reverse=True)
        # References shaped like ours are found as whole tokens and looked up; any other
        # shape goes into a pattern of its own (the same matches either way).
        self._ref_set = frozenset(r for r in refs if _REF_SHAPE.fullmatch(r))
        odd = [r for r in refs if r not in self._ref_set]
        self._refs = (
            re.compile(r"(?<![\w\-])(?:" + "|".join(re.escape(r) for r in odd) + r")(?![\w\-])")
            if odd
            else None
        )
        self._allowed = {d.lower() for d in self.allowed_dates}
        self._memo: dict[str, list[tuple[str, str]]] = {}

    def scan_text(self, text: str, context: str | None = None) -> list[tuple[str, str]]:
        """(kind, matched text) for every identifying detail in `text`.

        A full date counts when the text (or `context`, the whole comment a part of it
        comes from) is about a person or a child's case.  Results are remembered, so
        the same text is scanned once."""
        hit = self._memo.get(text)
        if hit is not None:  # remembered only when no date was found: no cue needed
            return list(hit)
        hits, dated = self._scan(text, context)
        if not dated:
            self._memo[text] = hits
        return list(hits)

    def scan_names(self, text: str) -> list[tuple[str, str]]:
        """Protected names only (for a list of case references, where nothing else can
        match: every other kind would overlap a reference, which is taken first)."""
        found = _Hits()
        self._names(text, found.add)
        return found.hits

    def _names(self, text: str, add: _Add) -> None:
        if self._full and (
            self._any_full_lower is None or self._any_full_lower.search(text.lower())
        ):
            for m in self._full.finditer(text):
                add("protected-name", m)
        if self._parts and self._any_part_word and self._any_part_word.search(text):
            for m in self._parts.finditer(text):
                add("protected-name", m)

    def _scan(self, text: str, context: str | None) -> tuple[list[tuple[str, str]], bool]:
        found = _Hits()
        add = found.add
        dated = False
        self._names(text, add)
        if self._ref_set:
            for m in _REF_SHAPE.finditer(text):
                if m.group(0) in self._ref_set:
                    add("case-reference", m)
        if self._refs:
            for m in self._refs.finditer(text):
                add("case-reference", m)
        if "@" in text:
            for m in EMAIL.finditer(text):
                add("email", m)
        digits = _DIGIT.search(text) is not None
        run = digits and _DIGIT_RUN.search(text) is not None
        if digits:
            low = text.lower()
            months = run and any(stem in low for stem in _MONTH_STEMS)
            for n, pattern in enumerate(DATE_PATTERNS):
                if (n < 2 and not months) or (n != 2 and not run):
                    continue
                for m in pattern.finditer(text):
                    if m.group(0).lower() in self._allowed:
                        continue
                    dated = True
                    before = text[max(0, m.start() - 40) : m.start()]
                    if DOB_CUE.search(before):
                        add("date-of-birth", m)
                    elif PERSON_CUE.search(text if context is None else context):
                        add("full-date", m)
            if run:
                for m in PHONE.finditer(text):
                    add("phone", m)
            for m in POSTCODE.finditer(text):
                add("postcode", m)
            if run:
                for m in COURT_NUMBER.finditer(text):
                    add("case-number", m)
        if "case" in text.lower():
            for m in CASE_NO_CUE.finditer(text):
                add("case-number", m)
        if run:
            for m in LONG_NUMBER.finditer(text):
                add("case-number", m)
        if _ANY_STREET_WORD.search(text):
            for m in STREET.finditer(text):
                add("street-address", m)
        if _ANY_SCHOOL_WORD.search(text):
            for m in SCHOOL.finditer(text):
                if not SCHOOL_EXEMPT.search(m.group(0)):
                    add("school", m)
        return found.hits, dated


def _where(p: Paragraph, heading: str) -> str:
    if p.number is not None:
        return f"paragraph {p.number}"
    return f"‘{heading[:50]}’"


def scan(
    report: ReportModel,
    scanner: Scanner,
    *,
    comments: bool = True,
    comment_texts: Iterable[tuple[Paragraph, str]] = (),
    comment_parts: Iterable[tuple[Paragraph, list[list[str]]]] = (),
) -> list[Hit]:
    """Every identifying detail in the draft, in document order.

    Comments are given either whole (`comment_texts`) or as lines of parts
    (`comment_parts`, from `docx_writer.comment_lines`): scanned part by part, each
    distinct part once, and a list of case references for names only.  Case references
    are allowed in comments; every other kind is a hit wherever it is.
    """
    hits: list[Hit] = []
    seen: set[tuple[str, str, str, str]] = set()

    def keep(hit: Hit) -> None:
        key = (hit.kind, hit.text.lower(), hit.where, hit.field)
        if key not in seen:
            seen.add(key)
            hits.append(hit)

    for texts in (report.title, report.subtitle):
        for kind, text in scanner.scan_text(texts):
            keep(Hit(kind, text, "the title"))
    for section in report.sections:
        for kind, text in scanner.scan_text(section.heading):
            keep(Hit(kind, text, f"heading ‘{section.heading[:50]}’", field="heading"))
        if section.table:
            for row in section.table.rows:
                for cell in row:
                    for kind, text in scanner.scan_text(cell):
                        keep(Hit(kind, text, f"table in ‘{section.heading[:50]}’", field="table"))
        for p in (*section.intro, *section.paragraphs):
            where = _where(p, section.heading)
            for s in p.sentences:
                for kind, text in scanner.scan_text(s.text):
                    keep(Hit(kind, text, where, tuple(s.evidence_ids),
                             "quote" if s.quote else "body"))  # fmt: skip
    if comments:
        for p, text in comment_texts:
            for kind, found in scanner.scan_text(text):
                if kind in ALLOWED_IN_COMMENTS:
                    continue
                keep(Hit(kind, found, _where(p, ""), tuple(p.evidence_ids), "comment"))
        for p, lines in comment_parts:
            whole = "\n".join(" · ".join(line) for line in lines)
            for line in lines:
                for part in line:
                    found_hits = (
                        scanner.scan_names(part)
                        if part.startswith("cases ")
                        else scanner.scan_text(part, context=whole)
                    )
                    for kind, found in found_hits:
                        if kind in ALLOWED_IN_COMMENTS:
                            continue
                        keep(Hit(kind, found, _where(p, ""), tuple(p.evidence_ids), "comment"))
    return hits
