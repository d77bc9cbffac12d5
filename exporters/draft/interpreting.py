"""Whether a note says a child was made to interpret for an adult in the family
(`child_interpreter.toml`), and which such notes a stakeholder told inspectors.

The rule (case35, tester 34's A14): a child, then the child interpreting or named "as
interpreter"; or "interpreted by" a child; never after a negation, nor "interpreted ...
as", the child's understanding.  `areainterpreter` says it in an area's section.

Such a note is counted in the tallies as the inspectors' own, against the criteria it
is filed under, whatever its source (`told_by_others`, read by `data.DraftData`): a
child who interpreted for a parent at a hearing is a fact of the case, not a view, even
where the parent is the one who told inspectors (tester 34's "12yo son interpreted about
DA", from the parent's interview, was said in the section and counted neither way).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from exporters.draft.wording import wording_table

if TYPE_CHECKING:
    from exporters.draft.data import DraftData

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z‘'\"])")
"""Where a note's sentences end (as `examples.split_sentences` splits them)."""

_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
_AGED = re.compile(r"^\d{1,2}(?:yo|y/o|yrs?|-?years?-old|-?yr-old)$")


@cache
def wording() -> dict[str, Any]:
    """`child_interpreter.toml`."""
    return wording_table("child_interpreter.toml")


def _is_child(tokens: list[str], k: int) -> bool:
    w = wording()
    t = tokens[k]
    if t in w["children"] or _AGED.match(t):
        return True
    return k + 1 < len(tokens) and f"{t} {tokens[k + 1]}" in w["children"]


def _interprets(tokens: list[str], j: int) -> bool:
    """Whether word j says someone interpreted: a verb of `interpreting` (not "... as":
    an understanding), or one of `as_nouns` after "as" ("as an interpreter")."""
    w = wording()
    t = tokens[j]
    if t in w["interpreting"]:
        return "as" not in tokens[j + 1 : j + 1 + int(w["understood_within"])]
    if t in w["as_nouns"]:
        return "as" in tokens[max(0, j - 2) : j]
    return False


def says_child_interpreted(sentence: str) -> bool:
    """Whether a note's sentence says a child interpreted (module docstring)."""
    w = wording()
    tokens = [t.lower() for t in _TOKEN.findall(sentence)]
    within, never = int(w["within"]), set(w["never"])
    for j in range(len(tokens)):
        if not _interprets(tokens, j) or not never.isdisjoint(tokens[max(0, j - 3) : j]):
            continue
        if any(_is_child(tokens, c) for c in range(max(0, j - within), j)):
            return True
        if tokens[j + 1 : j + 2] == ["by"] and any(
            _is_child(tokens, c) for c in range(j + 2, min(len(tokens), j + 5))
        ):
            return True
    return False


def note_says(text: str) -> bool:
    """Whether one of a note's sentences says a child interpreted."""
    low = text.lower()
    if "interpret" not in low and "translat" not in low:
        return False
    return any(says_child_interpreted(s) for s in _SENTENCE.split(" ".join(text.split())))


def told_by_others(d: DraftData, own: list[bool]) -> list[int]:
    """The development notes on a case, not the inspectors' own by their source (`own`),
    that say a child interpreted."""
    recs = [i for i, o in enumerate(own) if not o and d.case[i]
            and d.polarity[i] == "development"]  # fmt: skip
    if not recs or d.store is None:
        return []
    texts = d.texts(recs)
    return [i for i in recs if note_says(texts[i].text)]
