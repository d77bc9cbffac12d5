"""The glossary's terms as the finished draft uses them: the inspectors' working
abbreviations beside the glossary's own terms, and where a term's possessive ending and
its abbreviation in brackets stand, so that both the written-out form and the footnote
mark go after the whole term ("the family court adviser's (FCA's)¹ analysis").

`Words.terms` (`words.py`) are the terms the drafting reads; `working_terms` are the
abbreviations inspectors write in their notes (`glossary.toml`, `[[working]]`), written
out wherever one reaches the draft but never a reason to take a note as an example.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache
from typing import Any

from exporters.draft.words import Term, wording_dir

# "'s" after a singular ("adviser's", "FCA's"); a bare apostrophe after a plural, before
# the word it owns or the abbreviation ("advisers' caseloads", "advisers' (FCAs')"), not
# a closing quotation mark ("'the FCAs'."); either apostrophe.
_OWNS = re.compile(r"[’']s\b")
_PLURAL_OWNS = re.compile(r"[’'](?= [a-z]| \()")


@cache
def _glossary() -> dict[str, Any]:
    with open(wording_dir() / "glossary.toml", "rb") as fh:
        return tomllib.load(fh)


@cache
def working_terms() -> tuple[Term, ...]:
    """The inspectors' working abbreviations (`glossary.toml`, `[[working]]`)."""
    data = _glossary()
    return tuple(
        Term(key=t["key"], long=t["long"], long_plural=t.get("long_plural", ""),
             short=t.get("short", ""), short_plural=t.get("short_plural", ""))
        for t in data.get("working", [])
    )  # fmt: skip


def possessive(text: str, at: int) -> str:
    """The possessive ending that follows a term ending at `at` in `text`, or ""."""
    m = _OWNS.match(text, at)
    if m is None and text[at - 1 : at] == "s":
        m = _PLURAL_OWNS.match(text, at)
    return m.group(0) if m else ""


def abbreviated(terms: Iterable[Term]) -> re.Pattern[str]:
    """A bracketed abbreviation of any of `terms`, possessive or not (" (FCAs')")."""
    forms = sorted({f for t in terms for f in (t.short, t.short_plural) if f}, key=len,
                   reverse=True)  # fmt: skip
    return re.compile(r" \((?:" + "|".join(map(re.escape, forms)) + r")(?:[’']s?)?\)")


def mark_at(text: str, end: int, brackets: re.Pattern[str]) -> int:
    """Where the footnote mark goes for a term whose words end at `end`: after the whole
    term as written, its possessive ending and its abbreviation in brackets (`brackets`,
    from `abbreviated`) included, as the 2018 report marks "performance learning
    reviews (PLRs)¹"; never between them."""
    end += len(possessive(text, end))
    after = brackets.match(text, end)
    return after.end() if after else end


def quoted_note(term: Term, form: str) -> str:
    """The footnote explaining an abbreviation that a section uses only inside someone's
    quoted words, which are never changed: the term's own note, or what `form` (as
    quoted: "SW", "SWs") stands for (`glossary.toml`, `[quoted]`)."""
    if term.note:
        return term.note
    plural = form == term.short_plural and bool(term.long_plural)
    said = str(_glossary()["quoted"]["note"])
    return said.format(short=form, long=term.long_plural if plural else term.long)
