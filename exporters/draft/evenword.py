"""The word for each side of an even split with mixed cases (tester 20's A7: "Many of
the cases ... show that the quality of direct work with the child is good, but as many
others do not", of five for, five against and one mixed of 11).

Where the framework's word for a side reaches half ("many", up to "the majority of"),
the two sides together would read as more than every case: each side is said "about
half of the" where it is ([near_even] `about_half_within` in `drafting.toml`), else as
a minority (`key_findings.toml` [balance] `minority`), and the other side "as many"
(`words.even_split`): "About half of the cases ... show that ..., but as many others do
not", never "Many ... as many others".
"""

from __future__ import annotations

import re
from functools import cache

from exporters.draft.tables import drafting_table
from exporters.draft.wording import wording_table


@cache
def minority_word() -> str:
    """`key_findings.toml` [balance] `minority`: the smaller side's word beside a
    majority where the framework's own word for its share reaches half ("a minority
    of")."""
    return str(wording_table("key_findings.toml")["balance"]["minority"])


def even_word(n: int, total: int) -> tuple[str, str]:
    """Both sides' word for `n` cases each way among `total` cases with a view, where
    the framework's word for `n` reaches half (see the module docstring)."""
    if abs(2 * n - total) < 2 * float(drafting_table("near_even")["about_half_within"]) * total:
        word = str(drafting_table("even_split")["about_half"])
    else:
        word = minority_word()
    return word, word


def not_excepting(
    frames: tuple[str, ...], pos: str, neg: str, even: bool = False
) -> tuple[str, ...]:
    """The frames that never set a side said as a minority (`minority_word`) apart as
    the exception ("..., except in a minority", "..., though not in a minority":
    tester 21's A3; a minority may be nearly half, no exception to the rest), nor either
    side of an even split (`even`: "In about half of the cases ..., the work is good,
    though not in as many others"), nor a side said in a word `[never_excepted]` names
    after "except" or "not in" ("Across the majority of cases, except some": tester
    25's A8; "In most cases, though not in some, ...": tester 26's A4); all of them
    where every frame does."""
    never = set(drafting_table("never_excepted")["words"])
    sides = [k for k, word in (("pos", pos), ("neg", neg))
             if even or word == minority_word() or word in never]  # fmt: skip
    if not sides:
        return frames
    apart = re.compile(rf"\b(?:except|not in) (?:in )?\{{(?:{'|'.join(sides)})_alone\}}")
    return tuple(f for f in frames if not apart.search(f)) or frames
