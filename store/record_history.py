"""Reading history back: a record's versions as who changed what, when, and the
evidence someone deleted that is still deleted.

- `record_history(record_id)`: every version of one record, oldest first, each with
  its author, time, what it did (created, changed, deleted, restored, settled a
  conflict) and, for each field it changed, the value before and after.  A version
  with several parents (a merge's resolution) is compared with the parent it differs
  least from, so "what changed" is what the resolution chose, not the whole record.
- `who_set(kind, field)`: for each record of `kind`, the author and time of the version
  that set the value of `field` it shows now, following its lineage back past edits of
  other fields and past a settled conflict to the side whose value was kept (who graded
  a case is the inspector whose grade stands, not the lead who settled the conflict or
  later corrected the rationale).
- `deleted_evidence(author=None, limit=20)`: evidence whose current version is a
  deletion made by `author` (default: the inspector the file is issued to), newest
  deletion first, with what the note said before it was deleted: what an "undo
  delete" can offer from anywhere, in this run or the next (`case_id`: one case's).

Both read the immutable `version` table only (`store/versions.py`); neither writes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from store.connection import StoreBase, locked
from store.errors import NotFoundError
from store.fieldmerge import view
from store.ids import hlc_to_iso
from store.models import Evidence, Provenance
from store.versions import V_COLUMNS, VERSION_COLUMNS, VersionRow, version_from_row, winner

Action = Literal["created", "changed", "deleted", "restored", "settled"]

IGNORED = frozenset({"meta"})
"""Fields never reported as changed."""


class FieldChange(BaseModel):
    """One field a version changed: its value before and after."""

    field: str
    before: Any = None
    after: Any = None


class SideKept(BaseModel):
    """One side of a settled conflict: who wrote its version, when, and (for a side set
    aside) how its version differed from the one that stands."""

    author: str
    at: str
    changes: list[FieldChange] = []


class RecordVersion(BaseModel):
    """One version of a record, as the history shows it."""

    vid: str
    at: str
    """When it was written (ISO 8601 UTC, from its clock)."""
    author: str
    """The inspector id that wrote it."""
    origin: str
    """The file (replica) that wrote it."""
    action: Action
    changes: list[FieldChange] = []
    """The fields it changed (empty for a deletion or an unchanged restore)."""
    kept: SideKept | None = None
    """A settled conflict that kept one side's version as it was: that side."""
    set_aside: list[SideKept] = []
    """A settled conflict: the other sides, each with what its version said that the
    settlement did not keep (`changes`: from the version kept to theirs)."""


class SetBy(BaseModel):
    """Who set a field's current value, and when."""

    author: str
    at: str


def set_or_last(set_by: Mapping[str, SetBy], meta: Provenance) -> SetBy:
    """Who set a record's field and when (`RecordHistoryMixin.who_set`, keyed by record
    id), else who changed the record last."""
    return set_by.get(meta.id) or SetBy(author=meta.updated_by, at=meta.updated_at)


class DeletedEvidence(BaseModel):
    """A note that is deleted now, with what it said before."""

    evidence_id: str
    deleted_at: str
    deleted_by: str
    evidence: Evidence


def _changes(before: dict[str, Any], after: dict[str, Any]) -> list[FieldChange]:
    names = [k for k in after if k not in IGNORED] + [
        k for k in before if k not in after and k not in IGNORED
    ]
    return [
        FieldChange(field=k, before=before.get(k), after=after.get(k))
        for k in names
        if before.get(k) != after.get(k)
    ]


def _entry(row: VersionRow, parents: list[VersionRow]) -> RecordVersion:
    """Describe one version against its parents."""
    action: Action
    changes: list[FieldChange] = []
    base: VersionRow | None = None
    live = [p for p in parents if not p.deleted]
    if row.deleted:
        action = "deleted"
    elif not parents:
        action = "created"
        changes = _changes({}, row.values())
    else:
        if len(parents) > 1 and len({p.content for p in parents}) > 1:
            action = "settled"
        elif not live:
            action = "restored"
        else:
            action = "changed"
        # Against the parent it differs least from (a restore: the content it brought back).
        base = min(live, key=lambda p: len(_changes(p.values(), row.values())), default=None)
        changes = _changes(base.values() if base else {}, row.values())
        if action == "restored":
            changes = []
    entry = RecordVersion(
        vid=row.vid,
        at=hlc_to_iso(row.hlc),
        author=row.author,
        origin=row.origin,
        action=action,
        changes=changes,
    )
    if action == "settled" and base is not None and not changes:
        _name_sides(entry, row, base, live)
    return entry


def _name_sides(
    entry: RecordVersion, row: VersionRow, kept: VersionRow, live: list[VersionRow]
) -> None:
    """A settlement that kept one side's version whole: name that side, and each side
    set aside with what its version said instead (tester 31, F14: the history read
    "settled a conflict: nothing")."""
    entry.kept = SideKept(author=kept.author, at=hlc_to_iso(kept.hlc))
    for p in live:
        theirs = _changes(row.values(), p.values())
        if p.vid != kept.vid and theirs:
            entry.set_aside.append(SideKept(author=p.author, at=hlc_to_iso(p.hlc), changes=theirs))


def _setter(
    v: VersionRow, field: str, rows: dict[str, VersionRow], parents: dict[str, list[str]]
) -> VersionRow:
    """The version, from `v` back, that wrote the value of `field` `v` holds."""
    value = v.values().get(field)
    while True:
        same = [p for p in _live_parents(v.vid, rows, parents) if p.values().get(field) == value]
        if not same:
            return v
        v = min(same, key=lambda p: (p.hlc, p.vid))


def _live_parents(
    vid: str, rows: dict[str, VersionRow], parents: dict[str, list[str]]
) -> list[VersionRow]:
    """A version's parents, a deletion among them replaced by the versions it deleted."""
    out: list[VersionRow] = []
    todo, seen = list(parents.get(vid, [])), set()
    while todo:
        p = rows[todo.pop()]
        if p.vid in seen:
            continue
        seen.add(p.vid)
        if p.deleted:
            todo.extend(parents.get(p.vid, []))
        else:
            out.append(p)
    return out


class RecordHistoryMixin(StoreBase):
    """Who changed a record, when and how; evidence deleted and not restored."""

    @locked
    def record_history(self, kind: str, record_id: str) -> list[RecordVersion]:
        """Every version of a record of `kind` (`evidence`, `grading`, ...), oldest
        first (by its clock, then its id).

        Raises NotFoundError when there is no such record."""
        rows = [
            version_from_row(r)
            for r in self.conn.execute(
                f"SELECT {VERSION_COLUMNS} FROM version WHERE tbl = ? AND rid = ? "
                "ORDER BY hlc, vid",
                (kind, record_id),
            )
        ]
        if not rows:
            raise NotFoundError(f"There is no {kind.replace('_', ' ')} with id {record_id}.")
        by_vid = {r.vid: r for r in rows}
        parents: dict[str, list[VersionRow]] = {r.vid: [] for r in rows}
        for vid, pvid in self.conn.execute(
            "SELECT p.vid, p.pvid FROM parent p JOIN version v ON v.vid = p.vid "
            "WHERE v.tbl = ? AND v.rid = ?",
            (kind, record_id),
        ):
            if pvid in by_vid:
                parents[vid].append(by_vid[pvid])
        return [_entry(r, parents[r.vid]) for r in rows]

    @locked
    def who_set(self, kind: str, field: str) -> dict[str, SetBy]:
        """For each record of `kind`, who wrote the value of `field` it shows now and
        when: from the version shown (the provisional winner while in conflict), back
        through each parent holding the same value (a deletion is looked through to the
        value it hid), to the version that changed it.  Where two parents hold it, the
        earlier is followed: who first wrote it.  Where heads merge field by field, the
        head whose value of `field` is shown is followed (tester 26, F15: one inspector's
        rationale stood beside another's later grade).  Two queries over the kind's
        versions."""
        rows = {
            r.vid: r
            for r in map(
                version_from_row,
                self.conn.execute(f"SELECT {VERSION_COLUMNS} FROM version WHERE tbl = ?", (kind,)),
            )
        }
        parents: dict[str, list[str]] = {}
        named: set[str] = set()
        for vid, pvid in self.conn.execute(
            "SELECT p.vid, p.pvid FROM parent p JOIN version v ON v.vid = p.vid WHERE v.tbl = ?",
            (kind,),
        ):
            if pvid in rows:
                parents.setdefault(vid, []).append(pvid)
                named.add(pvid)
        heads: dict[str, list[VersionRow]] = {}
        for r in rows.values():
            if r.vid not in named:
                heads.setdefault(r.rid, []).append(r)
        out: dict[str, SetBy] = {}
        for rid, hs in heads.items():
            shown = winner(hs)
            if shown.deleted:
                continue
            if len(hs) > 1:  # heads merged field by field: the one whose value is shown
                value = view(self.conn, hs).top.values().get(field)
                ranked = sorted(hs, key=lambda h: h is not shown)  # the winner first
                shown = next((h for h in ranked if not h.deleted
                              and h.values().get(field) == value), shown)  # fmt: skip
            v = _setter(shown, field, rows, parents)
            out[rid] = SetBy(author=v.author, at=hlc_to_iso(v.hlc))
        return out

    @locked
    def deleted_evidence(
        self, author: str | None = None, limit: int = 20, case_id: str | None = None
    ) -> list[DeletedEvidence]:
        """Evidence whose current version is a deletion by `author` (default: me),
        newest deletion first, each with its content before the deletion; with
        `case_id`, only that case's."""
        who = self._author(author)
        out: list[DeletedEvidence] = []
        rows = self.conn.execute(
            f"SELECT {V_COLUMNS} FROM version v WHERE v.tbl = 'evidence' AND v.deleted = 1 "
            "AND v.author = ? AND NOT EXISTS (SELECT 1 FROM parent p WHERE p.pvid = v.vid) "
            "AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.id = v.rid) "
            "ORDER BY v.hlc DESC, v.vid DESC",
            (who,),
        ).fetchall()
        for r in rows:
            tomb = version_from_row(r)
            previous = self.conn.execute(
                "SELECT v.data FROM parent p JOIN version v ON v.vid = p.pvid "
                "WHERE p.vid = ? AND v.deleted = 0 ORDER BY v.hlc DESC, v.vid DESC LIMIT 1",
                (tomb.vid,),
            ).fetchone()
            if previous is None:
                continue
            try:
                before = Evidence.model_validate(json.loads(previous[0]))
            except ValidationError:  # written by another version of the schema: skip it
                continue
            if case_id is not None and before.case_id != case_id:
                continue
            out.append(
                DeletedEvidence(
                    evidence_id=tomb.rid,
                    deleted_at=hlc_to_iso(tomb.hlc),
                    deleted_by=tomb.author,
                    evidence=before,
                )
            )
            if len(out) >= limit:
                break
        return out
