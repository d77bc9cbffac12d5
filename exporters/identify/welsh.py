"""Homes, roads, schools and chapels named by their Welsh word first ("Ffordd
Llanarmon", "Fferm Tŷ Isaf", "Ysgol Bryn Alyn", "Capel Seion"): English names put the
word last ("Mill Lane"), where `patterns.places` looks for it (tester 31: these were read
as people, with a person's advice, and a school's name as a person's)."""

from __future__ import annotations

import re

WELSH_HOMES = frozenset(
    {"ffordd", "heol", "stryd", "lôn", "rhodfa", "cilgant", "teras", "maes", "fferm",
     "tyddyn", "tŷ", "ty", "bwthyn", "plas", "ysgol", "capel", "eglwys"}
)  # fmt: skip
"""The Welsh words for a road, street, lane, avenue, crescent, terrace or estate, and for
a farm, a smallholding, a house, a cottage and a hall, which come before the name."""
_WELSH_HOME = re.compile(
    r"(?<![\w'’\-])(?:Ffordd|Heol|Stryd|L[ôo]n|Rhodfa|Cilgant|Teras|Maes|Fferm|Tyddyn|T[ŷy]|"
    r"Bwthyn|Plas)(?:[ \t]+(?:y|yr|'r)|[ \t]+[A-Z][\w'’\-]+){1,3}"
)
"""A Welsh address or home named by its word first ("Ffordd Llanarmon", "Fferm Tŷ Isaf",
"Maes Glas", "Heol y Dŵr"): an address (tester 31, F4, where they were read as names, with
a person's advice); the town square alone ("the Maes in Mold") names no one."""


_WELSH_NAMED = (
    (
        re.compile(
            r"(?<![\w'’\-])Ysgol(?:[ \t]+(?:Gymraeg|Gynradd|Uwchradd|Feithrin|y|yr))*"
            r"(?:[ \t]+[A-Z][\w'’\-]+){1,3}"
        ),  # fmt: skip
        "school",
        "a school named in Welsh",
    ),
    (
        re.compile(
            r"(?<![\w'’\-])(?:Capel|Eglwys)(?:[ \t]+(?:y|yr|'r))?"
            r"(?:[ \t]+[A-Z][\w'’\-]+){1,2}"
        ),  # fmt: skip
        "club",
        "a place of worship named in Welsh",
    ),
)
"""A school or chapel named by its Welsh word first ("Ysgol Bryn Alyn", "Ysgol Gymraeg Bro
Alun", "Capel Seion"), read as what it is (tester 31: read as a person's name)."""
_NOT_A_HOME = re.compile(
    r"\b(?:School|Primary|Academy|Nursery|College|Hospital|Surgery|Chapel|Church|Centre|"
    r"Court|Hall|Park)\b"
)
"""A word that makes a Welsh name a school, a hospital or a venue ("Maes School"), which
the rules for those find."""


def welsh_named(text: str) -> list[tuple[str, int, int, str]]:
    """(kind, start, end, note) of each home, road, school or chapel `text` names by its
    Welsh word first, an address before the rest where two overlap."""
    out = [("street-address", *m.span(), "") for m in _WELSH_HOME.finditer(text)
           if not _NOT_A_HOME.search(m.group(0))]  # fmt: skip
    for pattern, kind, note in _WELSH_NAMED:
        for m in pattern.finditer(text):
            if not any(a < m.end() and m.start() < b for _, a, b, _ in out):
                out.append((kind, *m.span(), note))
    return out
