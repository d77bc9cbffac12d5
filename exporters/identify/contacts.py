"""Numbers and addresses in a note: email addresses, NHS numbers, court and case
numbers, long numbers and phone numbers (`phonenumbers` reads them); an organisation's
line or a public body's desk is nobody's own (held-out corpus 9)."""

from __future__ import annotations

import re

import phonenumbers

from exporters.identify.patterns import Found, sentence_span

EMAIL = re.compile(r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
COURT_NUMBER = re.compile(r"(?<![\w\-/])[A-Z]{2} ?\d{2} ?[A-Z] ?\d{4,6}(?![\w\-/])")
CASE_NO_CUE = re.compile(
    r"(?i:\b(?:case|claim|court|file|cafcass|crime|incident|log|police|reference|ref)\.?"
    r"(?:\s+(?:no\.?|number|num\.?|ref(?:erence)?|id))?)[\s:.,]+"
    r"(?P<id>(?=[A-Z0-9/\-]*\d)[A-Z0-9][A-Z0-9\-/]{4,}[A-Z0-9])(?![\w\-/])"
)
LONG_NUMBER = re.compile(r"(?<![\w.,\-/])\d{6,}(?![\w.,\-/])")
NHS_NUMBER = re.compile(r"(?<![\w\-])\d{3}[ \-]?\d{3}[ \-]?\d{4}(?![\w\-])")
NHS_CUE = re.compile(r"\bNHS\b|\bhealth\s+(?:service\s+)?number\b|\bCHI\b", re.IGNORECASE)
PHONE_CANDIDATE = re.compile(
    r"(?<![\w/.\-])(?:\+|00)?\(?\d[\d ().\-]{7,20}\d(?![\w/\-])(?:\s*(?:ext\.?|x)\s*\d{1,5})?"
)


_PUBLIC_DESK = re.compile(
    r"(?i)(?:enquiries|enquiry|info|contact|contactus|admin|help|helpdesk|complaints|"
    r"feedback|office|hello|general|reception)@[\w\-.]+\.(?:gov\.uk|nhs\.uk|nhs\.net|"
    r"police\.uk|gov\.wales|llyw\.cymru)"
)
"""A public body's desk ("enquiries@ofsted.gov.uk"): nobody's own address.  A school's
office (.sch.uk) and a club's or charity's (.org.uk) can point at a place, so count."""


def emails(text: str) -> list[Found]:
    """Email addresses (a public body's desk apart)."""
    if "@" not in text:
        return []
    return [Found("email", m.start(), m.end()) for m in EMAIL.finditer(text)
            if not _PUBLIC_DESK.fullmatch(m.group(0))]  # fmt: skip


def _nhs_valid(digits: str) -> bool:
    total = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def numbers(text: str, digit_count: int) -> list[Found]:
    """NHS numbers, court numbers, case numbers after a cue, long numbers and phone
    numbers (checked with `phonenumbers`: any possible number, valid or not, so the
    drama ranges count)."""
    out: list[Found] = []
    if digit_count >= 10:
        for m in NHS_NUMBER.finditer(text):
            digits = re.sub(r"\D", "", m.group(0))
            cue = NHS_CUE.search(text, max(0, m.start() - 40), m.start())
            if _nhs_valid(digits) or cue:
                out.append(Found("nhs-number", m.start(), m.end()))
    if digit_count >= 4:
        out.extend(Found("case-number", m.start(), m.end()) for m in COURT_NUMBER.finditer(text))
        for m in CASE_NO_CUE.finditer(text):
            out.append(Found("case-number", m.start("id"), m.end("id")))
    lines: list[tuple[int, int]] = []
    if digit_count >= 9:
        phones, lines = _phones(text)
        out.extend(phones)
    if digit_count >= 6:
        out.extend(Found("case-number", m.start(), m.end()) for m in LONG_NUMBER.finditer(text)
                   if not any(a <= m.start() < b for a, b in lines))  # fmt: skip
    return out


def _phones(text: str) -> tuple[list[Found], list[tuple[int, int]]]:
    """The phone numbers in `text`, and where it writes an organisation's line, which is
    none (`_organisations`), so that no other rule reads its digits as a number."""
    out, lines = [], []
    for m in PHONE_CANDIDATE.finditer(text):
        raw = m.group(0).rstrip(" .-")
        digits = re.sub(r"\D", "", raw)
        if not 9 <= len(digits) <= 15:
            continue
        lead = raw.lstrip("(")
        if not (lead.startswith(("0", "+")) or (len(digits) >= 10 and raw.isdigit())):
            continue
        try:
            number = phonenumbers.parse(raw, "GB")
        except phonenumbers.NumberParseException:
            continue
        if _organisations(number) and (
            not _placed_near(text, m.start()) or _national(text, m.start())
        ):
            lines.append(m.span())
            continue
        if phonenumbers.is_possible_number(number) or _uk_shaped(digits):
            out.append(Found("phone", m.start(), m.start() + len(raw)))
    return out, lines


_SERVICE_LINES = frozenset({
    phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.SHARED_COST,
    phonenumbers.PhoneNumberType.UAN, phonenumbers.PhoneNumberType.PREMIUM_RATE,
})  # fmt: skip


def _organisations(number: phonenumbers.PhoneNumber) -> bool:
    """A UK freephone, 03, 084 or 09 number (a helpline's, a council's: "Meic, 080880
    23456", "the Ofsted helpline, 0300 123 1231"): an organisation's line, never a
    family's, whose phones are mobiles and landlines (held-out corpus 9); unless its
    sentence names a place it would lead to (`_placed_near`)."""
    return (
        number.country_code == 44
        and phonenumbers.is_valid_number(number)
        and phonenumbers.number_type(number) in _SERVICE_LINES
    )


_PLACES_TO_FIND = re.compile(
    r"\b(?:refuges?|shelters?|hostels?|safe\s+house|placements?|children's\s+home|"
    r"foster|school|nursery|ward|unit|surgery|practice|club|church|mosque|temple)\b",
    re.IGNORECASE,
)
"""A place an organisation's line would lead to ("the refuge's helpline, 0808 ..."): a
local service's number beside it points at where a family is."""


_HELPLINE_BEFORE = re.compile(
    r"\b[A-Z][\w'’]+[ \t]+(?:Helpline|Advice[ \t]+Line)\b[^.\d]{0,12}$"
    r"|\b[A-Z][\w]+['’]s[ \t]+(?:helpline|advice[ \t]+line)\b[^.\d]{0,12}$"
    r"|\b(?P<org>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,3})[ \t]*\(?$"
)
"""A national helpline's number after its name ("the National Domestic Abuse Helpline on
0808 ...", beside the charity Refuge: held-out corpus 12; "Shelter's helpline, 0808 ...",
"rang Karma Nirvana (0800 ...)": held-out corpus 13): the line, wherever it leads; not
"the refuge's helpline", a local service's, nor a named place's ("Hope House Refuge (0800
..."), whose name holds a place it leads to."""


def _national(text: str, at: int) -> bool:
    """Whether a helpline's name ends the text before `at` (`_HELPLINE_BEFORE`); a name
    in brackets' way only with no place to lead to in its sentence before it."""
    m = _HELPLINE_BEFORE.search(text, 0, at)
    if m is None or not m.group("org"):
        return m is not None
    return _PLACES_TO_FIND.search(text, sentence_span(text, at)[0], at) is None


def _placed_near(text: str, at: int) -> bool:
    a, b = sentence_span(text, at)
    return _PLACES_TO_FIND.search(text, a, b) is not None


def _uk_shaped(digits: str) -> bool:
    """A UK number written in full: 0 and ten digits, or 44 and ten."""
    return (digits.startswith("0") and len(digits) in (10, 11)) or (
        digits.startswith("44") and len(digits) in (11, 12)
    )
