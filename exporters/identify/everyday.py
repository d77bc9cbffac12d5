"""Brands named after a surname, written with their 's ("McDonald's", "Sainsbury's",
"Nando's"): the possessive word alone is not an unknown person's name.

The other everyday words (consoles, games, apps, shops, Co., Mt.) are plain lexicon
entries, read with the lexicon from `data/everyday.txt`; only the possessive brands
need this rule, because listing "McDonald" itself would hide the surname.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from exporters.identify.patterns import Found

_APOSTROPHES = ("'s", "’s")


@functools.cache
def brand_possessives() -> frozenset[str]:
    """The single-word brands of `everyday.txt` written with 's, without it
    ("McDonald", "Sainsbury")."""
    text = resources.files("exporters.identify").joinpath("data", "everyday.txt")
    out = set()
    for line in text.read_text("utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#") and " " not in line and line.endswith(_APOSTROPHES):
            out.add(line[:-2])
    return frozenset(out)


def without_brand_possessives(text: str, found: list[Found]) -> list[Found]:
    """`found` without the unknown-name finds that are exactly a brand's possessive
    ("McDonald" of "McDonald's") or the saint a place is named after ("Luke" of "St
    Luke's Hospital": held-out corpus 14; the place itself is the school, hospital or
    church rules').  A protected name is never dropped."""
    brands = brand_possessives()
    return [
        f
        for f in found
        if not (
            f.kind == "name"
            and text.startswith(_APOSTROPHES, f.end)
            and (text[f.start : f.end] in brands or _saints_place(text, f.start, f.end))
        )
    ]


_SAINT_BEFORE = re.compile(r"(?:\bSt\.?|\bSaint)[ \t]+$")
_PLACE_AFTER = re.compile(
    r"['’]s?[ \t]+(?:Hospital|Church|School|Primary|Academy|College|Catholic|C of E|CE|RC|"
    r"Cathedral|Chapel|Infant|Infants|Junior|Centre|Hall|Hospice|Park|Road|Street|Square)\b"
)


def _saints_place(text: str, start: int, end: int) -> bool:
    return bool(_SAINT_BEFORE.search(text, max(0, start - 7), start)) and bool(
        _PLACE_AFTER.match(text, end)
    )
