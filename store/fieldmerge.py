"""Field-level three-way merge of a record's heads.

A record with several heads (versions nobody has built on yet) is compared field by
field against the heads' nearest common ancestor, its *base*:
- a field no head changed keeps the base's value;
- a field that the heads changed, all to one value, takes that value (Alice corrects
  the text while Graham sets the polarity: both changes stand, no conflict);
- a field that heads changed to different values is *in conflict*: the record shows
  the provisional winner's value for it (`store/versions.py`) until someone resolves.
A head that deleted the record while another kept it is a conflict too ("(deleted)").
A change there and back leaves a field equal to the base, so it is no change.
Where the heads have several nearest common ancestors (one conflict settled in two
files, differently), a field those ancestors disagree on has no base: settlements that
kept different values for it are in conflict again (`agreed_base`).

Some fields depend on each other and merge as one unit (`UNITS`):
- a grading's or judgement's grade and its rationale: a rationale written for one grade
  must never stand beside a grade its author did not give;
- a case's "child seen" and "seen alone": one inspector's "not seen" beside another's
  "seen alone" is an answer nobody gave (and an impossible one);
- a case's law type, case type and stage: a stage or case type belongs to a law type
  (`Framework.stages_for`), so one side's stage beside the other side's law type may be
  a stage that case cannot be at;
- a note's safeguarding concern, its escalation status and escalation note: an
  escalation was made for the concern as its author read it, and a concern cleared on
  one side must not lose (or keep) an escalation the other side recorded;
- a note's child's words and the flag that says it has them;
- a note's text and its finding: a finding is the author's reading of their own words,
  so one side's praise must never stand as the other side's "area for development"
  (tester 13: the deputy rewrote a note as a criticism and moved its finding, the
  inspector rewrote the praise; keeping the inspector's text left the deputy's finding).
When merging field by field would make a combination that no head holds (one side
changed one field of the unit, the other another), the unit is in conflict: every
field of it that differs between the sides is listed, and the record shows the
provisional winner's values of the unit whole.  Merged values that some head holds
together (both moved the grade to "good", one also rewrote the rationale) are not a
conflict.

Everything here is a pure function of the set of versions a file holds, so every
file holding the same versions shows the same values and the same conflicts.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from store.versions import VersionRow, canonical_json, winner

DELETED_FIELD = "(deleted)"
"""The name shown for a delete-against-edit conflict among the fields in conflict."""

UNITS: dict[str, tuple[tuple[str, ...], ...]] = {
    "grading": (("grade", "rationale"),),
    "judgement": (("grade", "rationale"),),
    "recommendation": (("progress", "finding"),),
    "case": (("child_seen", "seen_alone"), ("law_type", "case_type", "stage")),
    "evidence": (
        ("text", "polarity"),
        ("safeguarding", "escalation", "escalation_note"),
        ("child_words", "child_words_flag"),
    ),
}
"""Per kind of record, the groups of fields that depend on each other and merge whole
(see the module docstring)."""


@dataclass(frozen=True)
class Settled:
    """What a record shows: the provisional winner carrying the merged values, whether
    it is in conflict, and which fields."""

    top: VersionRow
    """The provisional winner, its data replaced by the merged values (when live)."""
    winner_vid: str
    conflict: bool
    fields: tuple[str, ...] = ()
    base: dict[str, Any] | None = None


def settle(heads: Sequence[VersionRow], base: dict[str, Any] | None) -> Settled:
    """Merge the heads field by field against `base` (None: no common ancestor, so
    every field the heads set is compared between them alone), each unit of fields
    (`UNITS`) as a whole."""
    top = winner(heads)
    live = [h for h in heads if not h.deleted]
    if not live:
        return Settled(top, top.vid, False, (), base)
    ours = top.values()
    values = [h.values() for h in live]
    keys = sorted({k for v in values for k in v})
    merged: dict[str, Any] = {}
    clashing: set[str] = set()
    for key in keys:
        was = canonical_json(base[key]) if base is not None and key in base else None
        changed: dict[str, Any] = {}
        for v in values:
            text = canonical_json(v.get(key))
            if text != was:
                changed[text] = v.get(key)
        if not changed:
            merged[key] = base[key] if base is not None else None
        elif len(changed) == 1:
            merged[key] = next(iter(changed.values()))
        else:
            merged[key] = ours.get(key)
            clashing.add(key)
    for unit in UNITS.get(top.tbl, ()):
        clashing |= _settle_unit(unit, merged, ours, values, clashing)
    fields = [DELETED_FIELD] if len(live) < len(heads) else []
    fields += [k for k in keys if k in clashing]
    shown = dataclasses.replace(top, data=canonical_json(merged))
    return Settled(shown, top.vid, bool(fields), tuple(fields), base)


def _settle_unit(
    unit: tuple[str, ...],
    merged: dict[str, Any],
    ours: dict[str, Any],
    values: Sequence[dict[str, Any]],
    clashing: set[str],
) -> set[str]:
    """Keep a unit of fields whole: when the field-by-field result is a combination no
    live head holds, or a field of it clashes, show the winner's (`ours`) values for
    the whole unit in `merged` and return the unit's fields that differ between the
    heads (all in conflict); otherwise return nothing."""
    if not any(k in v for v in values for k in unit):
        return set()

    def together(v: dict[str, Any]) -> str:
        return canonical_json([v.get(k) for k in unit])

    if not clashing.intersection(unit) and together(merged) in {together(v) for v in values}:
        return set()
    for k in unit:
        merged[k] = ours.get(k)
    return set(differing(values, unit))


def taking(
    kind: str, shown: dict[str, Any], fields: Sequence[str], side: dict[str, Any]
) -> dict[str, Any]:
    """The values a resolution that keeps one live side writes: that side's values of
    the fields in conflict (each unit of `UNITS` touching them whole), the merged
    values `shown` of every other field.  A field only one side changed is no conflict,
    so that side's change stands whichever side is kept (Rajesh's new finding stays when
    the lead keeps Aisha's text)."""
    clashing = set(fields) - {DELETED_FIELD}
    for unit in UNITS.get(kind, ()):
        if clashing.intersection(unit):
            clashing.update(unit)
    out = dict(shown)
    for key in sorted(clashing | (set(side) - set(out))):
        if key in side:
            out[key] = side[key]
    return out


def differing(values: Sequence[dict[str, Any]], keys: Iterable[str] | None = None) -> list[str]:
    """Of `keys` (every field any of `values` holds, in key order, by default), those
    whose values are not the same in all of `values`."""
    names = sorted({k for v in values for k in v}) if keys is None else list(keys)
    return [k for k in names if len({canonical_json(v.get(k)) for v in values}) > 1]


def view(conn: sqlite3.Connection, heads: Sequence[VersionRow]) -> Settled:
    """What a record with these heads shows (reading its history only when the heads
    disagree)."""
    if len({h.content for h in heads}) <= 1:
        top = winner(heads)
        return Settled(top, top.vid, False)
    return settle(heads, agreed_base(conn, heads))


def common_base(conn: sqlite3.Connection, heads: Sequence[VersionRow]) -> dict[str, Any] | None:
    """The values of the heads' nearest common ancestor (None when they have none, or
    it is a deletion).  Of several nearest ones (criss-cross merges) the one with the
    largest version id is taken, so every file takes the same: the version a redaction
    builds the sides on (`store/redaction.py`).  What a record shows is merged against
    `agreed_base` instead."""
    nearest = _nearest(conn, heads)
    if not nearest:
        return None
    return _values_of(conn, max(nearest))


def agreed_base(conn: sqlite3.Connection, heads: Sequence[VersionRow]) -> dict[str, Any] | None:
    """The base the heads are merged against: their nearest common ancestor's values;
    where there are several (the same conflict settled in two files, each settlement
    building on both sides), only the fields they all hold alike.  A field the nearest
    ancestors disagree on has no base, so two settlements that kept different values
    for it are a conflict, not one settlement silently superseding the other.  None
    when there is no common ancestor or one of the nearest is a deletion."""
    nearest = _nearest(conn, heads)
    if not nearest:
        return None
    bases = [_values_of(conn, vid) for vid in sorted(nearest)]
    first = bases[0]
    if first is None or any(b is None for b in bases):
        return None
    return {k: v for k, v in first.items()
            if all(k in b and canonical_json(b[k]) == canonical_json(v)
                   for b in bases[1:] if b is not None)}  # fmt: skip


def _nearest(conn: sqlite3.Connection, heads: Sequence[VersionRow]) -> set[str]:
    """The heads' nearest common ancestors: the common ancestors no other common
    ancestor builds on (empty when they have none)."""
    kind, rid = heads[0].tbl, heads[0].rid
    graph: dict[str, set[str]] = {}
    for vid, pvid in conn.execute(
        "SELECT v.vid, p.pvid FROM main.version v LEFT JOIN main.parent p ON p.vid = v.vid "
        "WHERE v.tbl = ? AND v.rid = ?",
        (kind, rid),
    ):
        graph.setdefault(vid, set())
        if pvid is not None:
            graph[vid].add(pvid)
    memo: dict[str, frozenset[str]] = {}
    common: set[str] | None = None
    for h in heads:
        above = _ancestors(graph, h.vid, memo)
        common = set(above) if common is None else common & above
    if not common:
        return set()
    below: set[str] = set()
    for c in common:
        below |= _ancestors(graph, c, memo)
    return common - below or common


ADDED_LATER: dict[str, dict[str, Any]] = {"case": {"application": None}}
"""Fields a kind of record gained after files were first written, each with the value a
version written before it holds (its default; a version omits the field while it has
that value, see `CaseFile.data`).  A base read without such a field holds that value, so
one side setting it is a change, not a clash with the other side's silence (a head
without it reads as None, the same value)."""


def _values_of(conn: sqlite3.Connection, vid: str) -> dict[str, Any] | None:
    """A version's values (None: a deletion, or no such version), with the fields its
    kind gained later (`ADDED_LATER`) at the value it held."""
    row = conn.execute(
        "SELECT deleted, data, tbl FROM main.version WHERE vid = ?", (vid,)
    ).fetchone()
    if row is None or row[0] or not row[1]:
        return None
    value: dict[str, Any] = ADDED_LATER.get(row[2], {}) | json.loads(row[1])
    return value


def _ancestors(
    graph: dict[str, set[str]], vid: str, memo: dict[str, frozenset[str]]
) -> frozenset[str]:
    """Every version `vid` builds on, directly or not (not itself)."""
    if vid in memo:
        return memo[vid]
    seen: set[str] = set()
    stack = list(graph.get(vid, ()))
    while stack:
        v = stack.pop()
        if v in seen:
            continue
        seen.add(v)
        if v in memo:
            seen |= memo[v]
            continue
        stack.extend(graph.get(v, ()))
    memo[vid] = frozenset(seen)
    return memo[vid]
