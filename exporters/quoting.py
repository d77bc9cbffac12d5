"""Whose recorded words the draft may quote, for the places a note is written: a child
in an age band the draft never quotes (a baby's or a toddler's "words" are someone
else's, `quote_age_bands` in the drafting table) is named as such when an inspector
records words against the case (tester 13, F6: a 2-4-year-old's quote was accepted
without a question, and left out of the draft without a word)."""

from __future__ import annotations

import tomllib
from functools import cache

from store.framework import builtin_dir


@cache
def quote_age_bands() -> frozenset[str]:
    """The age bands whose children the draft quotes (`[phrases] quote_age_bands`)."""
    with (builtin_dir() / "wording" / "drafting.toml").open("rb") as f:
        return frozenset(tomllib.load(f)["phrases"]["quote_age_bands"])


def too_young_note(age_band: str) -> str:
    """One sentence when a child of `age_band` is too young to be quoted, else ""."""
    if age_band in quote_age_bands():
        return ""
    return (
        f"The child in this case is aged {age_band}: the draft does not quote a child "
        "this young; if a parent or carer said these words, put them in the note's text "
        "with who said them."
    )
