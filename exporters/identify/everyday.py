"""Brands named after a surname, written with their 's ("McDonald's", "Sainsbury's",
"Nando's"): the possessive word alone is not an unknown person's name.

The other everyday words (consoles, games, apps, shops, Co., Mt.) are plain lexicon
entries, read with the lexicon from `data/everyday.txt`; only the possessive brands
need this rule, because listing "McDonald" itself would hide the surname.
"""

from __future__ import annotations

import functools
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
    ("McDonald" of "McDonald's").  A protected name is never dropped."""
    brands = brand_possessives()
    return [
        f
        for f in found
        if not (
            f.kind == "name"
            and text[f.start : f.end] in brands
            and text.startswith(_APOSTROPHES, f.end)
        )
    ]
