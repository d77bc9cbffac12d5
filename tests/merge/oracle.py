"""The oracle of the merge tests: a plain in-memory model of the version DAG.

It knows which versions each replica has seen (a sync is a set union of knowledge) and
applies the edit rule itself (an edit builds on the heads equal to the one shown; a
resolution on all heads), so it can say what each file must show: the current value of
every record and which records are in conflict, with which sides.  `harness.World`
records every write into it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from store.working import TABLES


@dataclass(frozen=True)
class Event:
    vid: str
    kind: str
    rid: str
    hlc: str
    deleted: bool
    data: str | None
    parents: frozenset[str]

    @property
    def content(self) -> tuple[bool, str | None]:
        return (self.deleted, None if self.deleted else self.data)


@dataclass
class Oracle:
    events: dict[str, Event] = field(default_factory=dict)
    knows: list[set[str]] = field(default_factory=list)

    def heads(self, replica: int, kind: str, rid: str) -> list[Event]:
        mine = [self.events[v] for v in self.knows[replica]]
        of = [e for e in mine if e.kind == kind and e.rid == rid]
        cited = {p for e in of for p in e.parents}
        return [e for e in of if e.vid not in cited]

    def expected_parents(self, replica: int, kind: str, rid: str, resolve: bool) -> set[str]:
        """An ordinary edit builds on every head when the record is not in conflict
        (the user saw the merged value), else on the heads equal to the winner; a
        resolution on every head."""
        hs = self.heads(replica, kind, rid)
        if not hs or resolve or not self.shown(hs)[1]:
            return {h.vid for h in hs}
        top = _winner(hs)
        return {h.vid for h in hs if h.content == top.content}

    def ancestors(self, vid: str) -> set[str]:
        out: set[str] = set()
        todo = list(self.events[vid].parents)
        while todo:
            v = todo.pop()
            if v not in out:
                out.add(v)
                todo.extend(self.events[v].parents)
        return out

    def shown(self, hs: list[Event]) -> tuple[dict[str, Any] | None, bool]:
        """(values shown or None when deleted, in conflict): the three-way merge of the
        heads against their nearest common ancestor, field by field."""
        top = _winner(hs)
        if len({h.content for h in hs}) <= 1:
            return (None if top.deleted else json.loads(top.data or "{}")), False
        if top.deleted:
            return None, False
        common = set.intersection(*(self.ancestors(h.vid) for h in hs))
        below = set().union(*(self.ancestors(c) for c in common)) if common else set()
        base: dict[str, Any] | None = None
        nearest = [self.events[v] for v in sorted(common - below or common)] if common else []
        if nearest and not any(n.deleted for n in nearest):
            # Several nearest ancestors (one conflict settled in two replicas): only the
            # fields they all hold alike are a base; the others compare the heads alone.
            each = [json.loads(n.data or "{}") for n in nearest]
            base = {k: v for k, v in each[0].items()
                    if all(k in b and json.dumps(b[k], sort_keys=True) == json.dumps(v, sort_keys=True)
                           for b in each[1:])}  # fmt: skip
        live = [json.loads(h.data or "{}") for h in hs if not h.deleted]
        conflict = len(live) < len(hs)
        values: dict[str, Any] = {}
        mine = json.loads(top.data or "{}")
        clashed: set[str] = set()
        for key in sorted({k for v in live for k in v}):
            missing = base is None or key not in base
            new = [v.get(key) for v in live if missing or v.get(key) != base[key]]  # type: ignore[index]
            distinct = {json.dumps(x, sort_keys=True) for x in new}
            if not new:
                values[key] = base[key]  # type: ignore[index]
            elif len(distinct) == 1:
                values[key] = new[0]
            else:
                values[key] = mine.get(key)
                clashed.add(key)
                conflict = True
        for unit in UNITS.get(hs[0].kind, ()):
            # Fields that are one answer (a grade and its rationale; a note's text and its
            # finding...): when one clashes, or the fields merged make a combination no
            # head wrote, it is a conflict showing the winner's combination.
            if not any(k in v for v in live for k in unit):
                continue
            held = [tuple(json.dumps(v.get(k), sort_keys=True) for k in unit) for v in live]
            merged = tuple(json.dumps(values.get(k), sort_keys=True) for k in unit)
            if clashed.intersection(unit) or merged not in held:
                for k in unit:
                    values[k] = mine.get(k)
                conflict = True
        return values, conflict

    def view(self, replica: int) -> tuple[dict[str, dict[str, Any]], dict[str, set[str]]]:
        """(current values by kind and id, conflicts as record id -> head version ids)."""
        by_record: dict[tuple[str, str], list[Event]] = {}
        for v in self.knows[replica]:
            e = self.events[v]
            by_record.setdefault((e.kind, e.rid), []).append(e)
        records: dict[str, dict[str, Any]] = {k: {} for k in TABLES}
        conflicts: dict[str, set[str]] = {}
        for (kind, rid), es in by_record.items():
            cited = {p for e in es for p in e.parents}
            hs = [e for e in es if e.vid not in cited]
            values, conflict = self.shown(hs)
            if values is not None:
                records[kind][rid] = values
            if conflict:
                conflicts[rid] = {h.vid for h in hs}
        return records, conflicts


UNITS: dict[str, tuple[tuple[str, ...], ...]] = {
    "grading": (("grade", "rationale"),),
    "judgement": (("grade", "rationale"),),
    "evidence": (
        ("text", "polarity"),
        ("safeguarding", "escalation", "escalation_note"),
        ("child_words", "child_words_flag"),
    ),
    "case": (("child_seen", "seen_alone"), ("law_type", "case_type", "stage")),
}
"""The fields that merge as one answer, as the merge model states them (written here
again, from its docstring, so the oracle checks the store rather than copying it): the
oracle knew only a grade and its rationale, so a history where one side rewrote a note
and the other changed its finding was a conflict in the store and none here."""


def _winner(hs: Iterable[Event]) -> Event:
    """The provisional winner: live beats deleted, then a rule on content alone (no
    clock), then the version id among equal contents."""
    return max(
        hs,
        key=lambda h: (not h.deleted, hashlib.sha256((h.data or "").encode()).hexdigest(), h.vid),
    )
