"""A key finding's point resting on a handful of the cases read goes last (issue 15,
tester 32's A2: "In two of the three cases with evidence on the advice to the court (of
the 67 read), the advice the court receives is not good enough." was the second sentence
of the first key finding, ahead of every well-evidenced one, though the draft itself
flagged its notes as perhaps tagged wrongly).

A sentence of a finding is *thin* where every criterion it states is, across the
inspection, a share of fewer cases with a view than the framework's `min_cases`, and of
fewer than a tenth of the cases read (`SHARE`): a handful out of many (three of 67; not
three of the 16 a small inspection read, which its summary weighs as it did).  It is
taken out of its finding into one of its own (`THIN`), which `kforder.place` puts after
every other, with the checks its body sentence carries (`kfchecks.carry_marks`); where the
summary has more findings than `[limits] most`, it is the first left out.  A finding
whose every sentence is thin goes last whole.  The findings that give a judgement's grade
(leaders, a law type, an area) weigh their reasons elsewhere (`kfreasons`) and are left
as they are.
"""

from __future__ import annotations

from dataclasses import replace

from exporters.draft.casethemes import Scene, Theme
from exporters.model import Sentence

THIN = "thin"
"""The name of a finding holding only thin sentences (`kforder.place`: last)."""
GRADED = ("leaders", "law", "area")  # findings giving a judgement's grade: left as they are
SHARE = 0.1
"""A thin point's cases with a view are fewer than this share of the cases read."""


def thin_criteria(sc: Scene) -> set[str]:
    """The criteria whose national share of cases rests on fewer than `min_cases` cases
    with a view, fewer than `SHARE` of those read."""
    least = sc.data.rules.min_cases
    return {c.criterion for c in sc.claims if c.by_cases
            and 0 < c.tally.views < min(least, SHARE * c.tally.sampled)}  # fmt: skip


def is_thin(s: Sentence, thin: set[str]) -> bool:
    """Whether a finding's sentence is a claim every criterion of which is thin."""
    return s.role == "claim" and bool(s.criteria) and set(s.criteria) <= thin


def thin_last(sc: Scene, found: list[Theme]) -> list[Theme]:
    """The findings with each thin sentence in a finding of its own (`THIN`), after them
    all (see the module docstring)."""
    thin = thin_criteria(sc)
    out: list[Theme] = []
    apart: list[Theme] = []
    for t in found:
        few = [s for s in t.sentences if is_thin(s, thin)]
        if not few or t.name in GRADED:
            out.append(t)
            continue
        rest = [s for s in t.sentences if s not in few]
        weight = len({i for s in few for i in s.evidence_ids})
        if rest:
            t.sentences = rest
            t.weight = max(0, t.weight - weight)
            out.append(t)
        apart.append(replace(t, name=THIN, weight=weight, sentences=few, urgent=False,
                             kept=t.kept and not rest, escalated=frozenset()))  # fmt: skip
    return [*out, *apart]
