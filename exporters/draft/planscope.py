"""What leaders' plan covers, as the notes say it (issue 15, tester 15's N2: "Leaders have
a plan to improve the service" where the plan notes said "Strategic plan ambitious on
private law ...; silent on public law quality" and "No strategy for improving public
law practice").

A note speaks of a plan where it uses a cue of `rests.toml` [cues] `plan` outside the
clauses saying what a plan leaves out (`[scope] gap`, to the clause's end: "silent on
public law quality"; or, by its grammar, a plan said not to exist: "no" or "without a"
before a noun of planning, "no written action plan for public law practice").  The plan
covers the law types ([laws]) those notes name outside such clauses; a note speaking of
a plan and naming none is a plan for the whole service.  A law type named inside such
a clause of a note using a plan cue ("Performance report: nothing on public law" is no
plan's gap), and by no plan note, is one the plan leaves out.  `phrase` says the plan so:
"a plan to improve private law practice, not public law practice" where every plan note
names private law only and one says public law is left out; "a plan to improve the
service that leaves out public law practice" where the plan is the service's and a note
says it leaves public law out; else as before ("a plan to improve the service").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from exporters.draft.words import _has

_CLAUSE_END = re.compile(r"[;.:!?]|\bbut\b")
_PLAN_WORDS = frozenset({"plan", "plans", "strategy", "strategies"})  # in a gap cue


@dataclass(frozen=True)
class Scope:
    """The law types a plan covers by name (`laws`, empty for the whole service) and those
    a note says it leaves out (`gaps`), each by its [laws] key."""

    laws: tuple[str, ...] = ()
    gaps: tuple[str, ...] = ()


# A plan said not to exist, by the grammar rather than a list of phrases: "no" (or
# "without a") and up to two words before a noun of planning ("no written action plan
# for public law", "without a strategy on ...").
_NO_PLAN = re.compile(
    r"(?<![a-z0-9])(?:no|without an?)(?: [a-z-]+){0,2} (?:plans?|strateg(?:y|ies)|programmes?)"
    r"(?![a-z0-9])"
)


def _spans(table: dict[str, Any], low: str) -> list[tuple[int, int]]:
    """Where a note says what a plan leaves out: each gap cue, or a plan said not to
    exist (`_NO_PLAN`), to its clause's end."""
    starts = [m.start() for cue in table["scope"]["gap"]
              for m in re.finditer(rf"(?<![a-z0-9]){re.escape(cue)}(?![a-z0-9])", low)]  # fmt: skip
    starts += [m.start() for m in _NO_PLAN.finditer(low)]
    out = []
    for start in sorted(set(starts)):
        end = _CLAUSE_END.search(low, start + 1)
        out.append((start, end.start() if end else len(low)))
    return out


def _laws(table: dict[str, Any], low: str) -> list[str]:
    laws: dict[str, Any] = table["laws"]
    return [name for name, law in laws.items() if any(_has(low, c) for c in law["cues"])]


def _outside(low: str, spans: Sequence[tuple[int, int]]) -> str:
    chars = list(low)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def scope(table: dict[str, Any], texts: Sequence[str]) -> Scope:
    """What the plan covers and leaves out, from the notes' texts (see the module
    docstring; `table`: rests.toml)."""
    covered: set[str] = set()
    whole = False
    left: set[str] = set()
    for text in texts:
        low = text.lower()
        spans = _spans(table, low)
        rest = _outside(low, spans)
        on_plan = any(_has(low, c) for c in table["cues"]["plan"])
        for a, b in spans:  # a note on a plan, or a gap naming one ("no plan for ...")
            if on_plan or not _PLAN_WORDS.isdisjoint(low[a:b].split()[:3]):
                left.update(_laws(table, low[a:b]))
        if not any(_has(rest, c) for c in table["cues"]["plan"]):
            continue
        named = _laws(table, rest)
        covered.update(named)
        whole = whole or not named
    if not (whole or covered):  # no note speaks of a plan: nothing to scope
        return Scope()
    if whole:
        return Scope((), tuple(sorted(left)))
    return Scope(tuple(sorted(covered)), tuple(sorted(left - covered)))


def phrase(table: dict[str, Any], s: Scope, what: str = "plan") -> str:
    """The plan as the sentence says it ([scope] phrases; `what`: "plan", or "fix" for
    a plan to put the weaknesses right)."""
    laws = table["laws"]
    phrases = table["scope"]

    def name(key: str) -> str:
        return str(laws[key]["name"])

    if len(s.laws) == 1 and s.gaps:
        return str(phrases[f"{what}_law_gap"]).format(law=name(s.laws[0]), gap=name(s.gaps[0]))
    if len(s.laws) == 1:
        return str(phrases[f"{what}_law"]).format(law=name(s.laws[0]))
    if not s.laws and len(s.gaps) == 1:
        return str(phrases[f"{what}_gap"]).format(gap=name(s.gaps[0]))
    return str(phrases[what])


def scoped(s: Scope) -> bool:
    """Whether the plan is said as anything other than the service's (`phrase`)."""
    return len(s.laws) == 1 or (not s.laws and len(s.gaps) == 1)


def misses(table: dict[str, Any], text: str) -> bool:
    """Whether a note says leaders' plan leaves out the weaknesses in practice: a plan
    cue (rests.toml [cues] `plan`) before a gap cue ([scope] `gap`: "Improvement plan
    lists twelve actions, all on timeliness ... None address children's wishes"), what
    it leaves out, to its clause's end or in the next, naming practice ([scope]
    `practice`: "the quality of analysis", "what inspectors found"; "the workforce plan
    does not address vacancies in the south" is no plan missing the weaknesses found); a
    plan said not to exist is no plan that misses."""
    low = text.lower()
    plans = [m.start() for c in table["cues"]["plan"]
             for m in re.finditer(rf"(?<![a-z0-9]){re.escape(c)}(?![a-z0-9])", low)]  # fmt: skip
    if not plans:
        return False
    for cue in table["scope"]["gap"]:
        for m in re.finditer(rf"(?<![a-z0-9]){re.escape(cue)}(?![a-z0-9])", low):
            if m.start() < min(plans):
                continue
            end = _CLAUSE_END.search(low, m.end())
            after = _CLAUSE_END.search(low, end.end()) if end else None
            left = low[m.start() : after.start() if after else len(low)]
            if any(_has(left, c) for c in table["scope"]["practice"]):
                return True
    return False
