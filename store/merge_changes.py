"""What one merge did, record by record: the merge log's detail.

Each merge keeps, in `merge_change` (local to the file, like `merge_log`), what it did to
each record it touched: added it, changed it (and which fields), deleted it, put it in
conflict (and in which fields) or settled its conflict.  `merge_changes(merge_id)` reads
them back with a label a person reads (the case's reference, the criterion, the
judgement and area, the start of a note's text), never an id.  Merges made before the
table existed are described from `version_arrival`: the records whose versions that
merge brought, without what became of them.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import Field

from store.conflicts import ConflictsMixin
from store.connection import locked
from store.models import Model

ChangeKind = Literal["new", "changed", "deleted", "conflict", "settled", "arrived"]
ORDER: tuple[ChangeKind, ...] = ("conflict", "settled", "new", "changed", "deleted", "arrived")
"""How a merge's changes are listed: what needs the lead first."""


class MergeChange(Model):
    """One record a merge touched."""

    kind: str = Field(description="The record's kind: evidence, grading, case, ...")
    record_id: str
    label: str = Field(description="What the record is, for people (no ids).")
    what: ChangeKind = Field(
        description="new, changed, deleted, conflict (a new one), settled, or arrived "
        "(a merge made before the detail was kept: its versions came, outcome not known)."
    )
    fields: list[str] = Field(
        default=[], description="The fields changed (changed) or in conflict (conflict)."
    )


class MergeChangesMixin(ConflictsMixin):
    """Reading one merge's detail."""

    @locked
    def merge_changes(self, merge_id: int) -> list[MergeChange]:
        """What merge `merge_id` (an id from `merge_log()`) did to each record, conflicts
        first, then settled, new, changed, deleted; by label within each."""
        rows: list[tuple[str, str, str, str | None]] = self.conn.execute(
            "SELECT tbl, rid, what, fields FROM main.merge_change WHERE merge_id = ?",
            (merge_id,),
        ).fetchall()
        if not rows:
            rows = self.conn.execute(
                "SELECT DISTINCT v.tbl, v.rid, 'arrived', NULL FROM main.version_arrival a "
                "JOIN main.version v ON v.vid = a.vid WHERE a.merge_id = ?",
                (merge_id,),
            ).fetchall()
        refs = dict(self.conn.execute("SELECT id, ref FROM cases").fetchall())
        out = []
        for kind, rid, what, fields in rows:
            values = self._last_values(kind, rid)
            out.append(
                MergeChange(
                    kind=kind,
                    record_id=rid,
                    label=self._label(kind, values, refs),
                    what=what,  # type: ignore[arg-type]
                    fields=json.loads(fields) if fields else [],
                )
            )
        out.sort(key=lambda c: (ORDER.index(c.what), c.label.casefold()))
        return out

    def _last_values(self, kind: str, rid: str) -> dict[str, Any]:
        """A record's values in its newest live version (a deleted record: before)."""
        row = self.conn.execute(
            "SELECT data FROM main.version WHERE tbl = ? AND rid = ? AND deleted = 0 "
            "ORDER BY hlc DESC, vid DESC LIMIT 1",
            (kind, rid),
        ).fetchone()
        if row is None or not row[0]:
            return {}
        values = json.loads(row[0])
        return values if isinstance(values, dict) else {}
