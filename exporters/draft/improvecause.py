"""What needs to improve, from what the evidence says falls short and why (issue 15;
tester 33's A3, A4 and A9: "See every child alone" where every note said no interpreter
had been booked; "Reduce delay in allocating work" where nobody recorded late
allocation; the service's own review of 20 PLRs, six without development areas, never a
point).

- **The cause** (`with_cause`): where the notes a point rests on keep naming one cause
  (`improve_causes.toml` [[cause]]: interpreters not arranged, more time sought for
  reports, ...), in at least half of its cases (notes, for a point about the service) and
  `material_cases` of them, or `material_cases` where a judgement's rationale names it
  too, the point says the cause: in the cause's own terms for that criterion (`point`),
  else with the cause after the fault (`clause`).
- **Counted findings** (`counted`, `counted_weight`, `counted_point`): a development note
  from the service's own checks that counts what fell short in a sample ("7 of 24
  appraisals set no development targets") is material on its own and weighs as a point
  on that many cases of that many; its point is worded for it ([[counted_fit]]).
- **What the evidence carries** (`carried`): a service judged good or better has no point
  on a weakness of practice found in fewer than `improve_minority_share` of the cases
  with a view ("a small number"), keeping children safe excepted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from math import ceil
from typing import Any

from exporters.draft.casethemes import grade_rank
from exporters.draft.casethemes import wording as kf_wording
from exporters.draft.data import DraftData
from exporters.draft.headlines import GOOD
from exporters.draft.sections import recorded_grade
from exporters.draft.tallies import Claim
from exporters.draft.trace import normal
from exporters.draft.wording import wording_table


@dataclass(frozen=True)
class Cause:
    """One cause notes give for a weakness (`improve_causes.toml` [[cause]])."""

    noun: str
    evidence: re.Pattern[str]
    clause: str
    points: dict[str, str]
    said: re.Pattern[str] | None  # words by which a point already names the cause


def _pattern(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in words) + ")", re.I)


@cache
def _table() -> dict[str, Any]:
    return wording_table("improve_causes.toml")


@cache
def causes() -> tuple[Cause, ...]:
    """The causes, in the file's order."""
    return tuple(
        Cause(str(c["noun"]), _pattern(c["evidence"]), str(c["clause"]),
              {str(k): str(v) for k, v in c.get("point", {}).items()},
              _pattern(c["said"]) if c.get("said") else None)
        for c in _table()["cause"]
    )  # fmt: skip


def _rationales(data: DraftData) -> list[str]:
    return [j.rationale for j in data.judgements if j.rationale and j.rationale.strip()]


def recurring(data: DraftData, c: Claim, bearing: list[int]) -> tuple[Cause, int, int, bool] | None:
    """The cause most of the notes bearing point `c` name (see the module docstring), with
    how many of its cases (or different notes) name it, of how many, and whether a
    judgement's rationale names it too; None where none does."""
    against = set(c.tally.neg)
    units: dict[object, list[str]] = {}
    for i in bearing:
        key: object = data.case[i] if c.by_cases else normal(data.text(i))
        if c.by_cases and key not in against:
            continue
        units.setdefault(key, []).append(data.text(i))
    if not units:
        return None
    floor = data.rules.material_cases
    said = _rationales(data)
    best = None
    for cause in causes():
        k = sum(any(cause.evidence.search(t) for t in texts) for texts in units.values())
        lead = any(cause.evidence.search(r) for r in said)
        need = floor if lead else max(floor, ceil(len(units) / 2))
        if k >= need and (best is None or k > best[1]):
            best = (cause, k, len(units), lead)
    return best


def with_cause(data: DraftData, c: Claim, text: str, bearing: list[int]) -> tuple[str, str]:
    """Point `text` saying the cause its notes keep naming (`recurring`), and the line its
    comment gives it; `text` and "" where there is none, or `text` names it already."""
    found = recurring(data, c, bearing)
    if found is None:
        return text, ""
    cause, k, n, lead = found
    unit = "cases" if c.by_cases else "notes"
    line = (f"the cause its notes name: {cause.noun} (in {k} of the {n} {unit} it rests on"
            f"{'; a judgement rationale names it too' if lead else ''})")  # fmt: skip
    if cause.points.get(c.criterion):
        return cause.points[c.criterion], line
    if cause.evidence.search(text) or (cause.said is not None and cause.said.search(text)):
        return text, line  # the point names the cause already
    at = text.find(", so that")
    if at != -1:
        return f"{text[:at]}, {cause.clause}{text[at:]}", line
    at = text.find(" so that")
    if at != -1:
        return f"{text[:at]}, {cause.clause},{text[at:]}", line
    return f"{text[:-1]}, {cause.clause}{text[-1:]}", line


_COUNT = re.compile(r"\b(\d+)\s*(?:of|in|out of|/)\s*(?:the\s+)?(\d+)\b", re.I)
# "Sample of 20 PLRs: ... - 6 don't ...", "check of 24 appraisals: 7 set no ...": the
# sample first, then how many fell short.
_SAMPLE_FIRST = re.compile(r"\bof\s+(\d+)\b[^.;]*?[:\u2013-]\s*(\d+)\b", re.I)


def counted(data: DraftData, i: int) -> tuple[int, int] | None:
    """(how many fell short, of how many looked at) where record `i` is a development
    note of the service's own checks counting a sample ([counted]); else None."""
    rules = _table()["counted"]
    if data.case[i] or data.polarity[i] != "development" or data.source[i] not in rules["sources"]:
        return None
    text = data.text(i)
    pairs = [(int(m[1]), int(m[2])) for m in _COUNT.finditer(text)]
    pairs += [(int(m[2]), int(m[1])) for m in _SAMPLE_FIRST.finditer(text)]
    return next(((k, n) for k, n in pairs if 0 < k <= n and n >= int(rules["sample"])), None)


def _counted_records(data: DraftData, c: Claim) -> list[tuple[int, int, int]]:
    """(record, k, n) for each counted finding against point `c`, the weightiest first."""
    if c.by_cases:
        return []
    out = [(i, *got) for i in c.tally.wide_neg if (got := counted(data, i)) is not None]
    return sorted(out, key=lambda x: -x[1] * x[1] / x[2])


def counted_weight(data: DraftData, c: Claim) -> float:
    """What point `c` weighs by its weightiest counted finding (k of n weighs as k cases
    against of n: k times k/n), 0 where it has none."""
    found = _counted_records(data, c)
    return found[0][1] * found[0][1] / found[0][2] if found else 0.0


def counted_material(data: DraftData, c: Claim) -> bool:
    """Whether a counted finding against `c` counts `material_cases` or more."""
    return any(k >= data.rules.material_cases for _i, k, _n in _counted_records(data, c))


def counted_point(data: DraftData, c: Claim) -> tuple[str, list[int], str] | None:
    """The point worded for point `c`'s weightiest counted finding ([[counted_fit]]),
    the record it rests on, and its comment's line; None where none fits."""
    for i, k, n in _counted_records(data, c):
        text = data.text(i)
        for fit in _table().get("counted_fit", ()):
            if c.criterion in fit["criteria"] and _pattern(fit["evidence"]).search(text):
                line = f"a finding of the service's own checks: {k} of {n} fell short"
                return str(fit["text"]), [i], line
    return None


def service_rank(data: DraftData) -> int | None:
    """The service's grade rank: the overall judgement's, else the middle of the national
    ones (the worse of two); None where none is settled."""
    ranks = []
    for j in data.framework.judgements:
        if j.scope != "national":
            continue
        grade, provisional = recorded_grade(data, data.judgement(j.id))
        rank = None if provisional else grade_rank(data, grade)
        if rank is not None and j.overall:
            return rank
        if rank is not None:
            ranks.append(rank)
    return sorted(ranks)[len(ranks) // 2] if ranks else None


def carried(data: DraftData, c: Claim, safe: set[str]) -> bool:
    """Whether the evidence carries point `c` as a point to improve (see the module
    docstring)."""
    rank = service_rank(data)
    if rank is None or rank > GOOD or not c.by_cases or c.criterion in safe or not c.tally.views:
        return True
    share = float(kf_wording()["limits"]["improve_minority_share"])
    return len(c.tally.neg) / c.tally.views >= share
