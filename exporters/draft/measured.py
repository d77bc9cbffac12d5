"""A note about a measure that counts or misses some work is not a finding on that work
(issue 15, tester 15's D1: "The timeliness of the work comes out poorly in performance
information and board papers" and a leaders' key finding naming "weaknesses in ...
timeliness of the work", drawn from "Performance report to the board counts timeliness
only ..." and "the figures 'tell us we're on time, not that we're any good'", where
the work was on time in 98% of cases and the weakness was what the figures measure).

A sentence of a note is about a measure's scope where it names a measure and says what
it covers or leaves out (`measures.toml`: "counts timeliness only", "nothing on the
quality of ...", "no measure of whether ...").  Inside it, the cues of a subject naming
the work measured ("the timeliness of the work") do not count: the note says nothing
of whether the work is done well or badly.  Each such sentence counts for a subject
naming what the measure covers (`scope_subjects`).  `subjects.cue_count` asks here.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache, lru_cache
from typing import Any

from exporters.draft.words import _has, wording_dir

# "only" closing a clause ("counts timeliness only:", "targets only."), not "only 38%".
_ONLY = re.compile(r"\bonly\b(?=\s*(?:[.;:,)'’\"]|$))")
_SENTENCE = re.compile(r"(?<=[.;!?])\s+")


@cache
def table() -> dict[str, Any]:
    """The words of `measures.toml`, read once."""
    with (wording_dir() / "measures.toml").open("rb") as fh:
        return tomllib.load(fh)


def _about_scope(low: str) -> bool:
    t = table()
    if not any(_has(low, w) for w in t["measure"]):
        return False
    return bool(_ONLY.search(low)) or any(_has(low, w) for w in t["scope"])


@lru_cache(maxsize=1 << 12)
def scope_sentences(low: str) -> tuple[str, ...]:
    """The sentences of a lower-cased note about a measure's scope (see the module
    docstring)."""
    return tuple(s for s in _SENTENCE.split(low) if _about_scope(s))


@lru_cache(maxsize=1 << 12)
def unmeasured(low: str) -> str:
    """A lower-cased note without its sentences about a measure's scope."""
    out = low
    for s in scope_sentences(low):
        out = out.replace(s, " ")
    return out


def cue_count(low: str, topic: str, cues: tuple[str, ...]) -> int:
    """How many of a subject's `cues` a lower-cased note uses (whole words), its
    sentences about a measure's scope left out for a subject naming the work measured
    (`work`), and each counted once for a subject naming what a measure covers
    (`scope_subjects`)."""
    t = table()
    extra = 0
    if topic in t["scope_subjects"]:
        extra = len(scope_sentences(low))
    elif topic.startswith(tuple(t["work"])):
        low = unmeasured(low)
    return extra + sum(1 for c in cues if _has(low, c))
