"""Working rows: each record's current value, computed from its head versions.

The working tables (`cases`, `evidence`, ...) hold what screens and exports read: the
provisional winner's fields plus provenance (created/updated at and by, origin, head
version, conflict flag).  They are derived data: `rebuild_working_rows()` recomputes
all of them from the versions, and the tests check that it changes nothing.

Two paths compute them:
- `_materialize(kind, rids)`: a few records after a local edit (Python, per record);
- `_refresh_touched()`: every record a merge touched, listed in `temp.fw_touched`, set
  based: a record whose only version is new is inserted straight from the version's
  JSON in SQL (`_insert_single_versions`); the rest go through the Python path.  It
  returns the counts a merge report shows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from store.connection import StoreBase, locked
from store.fieldmerge import Settled, view
from store.ids import hlc_to_iso
from store.models import RECORD_TYPES, Provenance
from store.versions import (
    V_COLUMNS,
    VERSION_COLUMNS,
    VersionRow,
    canonical_json,
    read_heads,
    version_from_row,
)

# kind -> working table.  Lists and dicts are stored as JSON; evidence criteria are
# child rows in evidence_criterion.
TABLES: dict[str, str] = {
    "inspection": "inspection",
    "area": "areas",
    "inspector": "inspectors",
    "case": "cases",
    "evidence": "evidence",
    "grading": "gradings",
    "judgement": "judgements",
    "recommendation": "recommendations",
    "protected_name": "protected_names",
    "sample": "samples",
    "identify_decision": "identify_decisions",
    "identify_override": "identify_overrides",
    "redaction": "redactions",
}
PROVENANCE_COLUMNS = (
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
    "origin",
    "head_vid",
    "conflict",
)
# Kinds whose working columns are all scalars (evidence criteria go to their own table):
# their new single-version records are inserted in SQL.  Others take the Python path.
_SQL_KINDS = (
    "evidence", "grading", "case", "judgement", "recommendation", "protected_name", "area",
    "inspector",
)  # fmt: skip


def columns(kind: str) -> list[str]:
    """The working table's record columns for a kind (evidence criteria excepted)."""
    fields = RECORD_TYPES[kind].model_fields
    return [name for name in fields if not (kind == "evidence" and name == "criteria")]


class WorkingRowsMixin(StoreBase):
    """Computing the working tables from the versions."""

    def _materialize(self, kind: str, rids: Iterable[str]) -> None:
        """Recompute the working rows of these records from their heads."""
        live: list[tuple[str, VersionRow, VersionRow, bool]] = []
        gone: list[str] = []
        for rid in rids:
            heads = read_heads(self.conn, kind, rid)
            if not heads:
                continue
            shown = view(self.conn, heads)
            top = shown.top
            if top.deleted:
                gone.append(rid)
                continue
            first = self.conn.execute(
                f"SELECT {VERSION_COLUMNS} FROM version WHERE tbl = ? AND rid = ? "
                "ORDER BY hlc, vid LIMIT 1",
                (kind, rid),
            ).fetchone()
            live.append((rid, top, version_from_row(first), shown.conflict))
        table = TABLES[kind]
        if gone:
            self.conn.executemany(f"DELETE FROM {table} WHERE id = ?", [(r,) for r in gone])
        if live:
            self._write_working_rows(kind, live)

    def _write_working_rows(
        self, kind: str, items: Sequence[tuple[str, VersionRow, VersionRow, bool]]
    ) -> None:
        table = TABLES[kind]
        cols = columns(kind)
        all_cols = ["id", *cols, *PROVENANCE_COLUMNS]
        placeholders = ",".join("?" * len(all_cols))
        updates = ",".join(f"{c} = excluded.{c}" for c in all_cols[1:])
        sql = (
            f"INSERT INTO {table} ({','.join(all_cols)}) VALUES ({placeholders}) "
            f"ON CONFLICT (id) DO UPDATE SET {updates}"
        )
        rows = []
        criteria_rows: list[tuple[str, str]] = []
        for rid, top, first, conflict in items:
            values = top.values()
            row: list[Any] = [rid, *_stored(cols, values)]
            row += [
                hlc_to_iso(first.hlc),
                first.author,
                hlc_to_iso(top.hlc),
                top.author,
                top.origin,
                top.vid,
                int(conflict),
            ]
            rows.append(row)
            if kind == "evidence":
                criteria_rows.extend((rid, c) for c in values.get("criteria", []))
        self.conn.executemany(sql, rows)
        if kind == "evidence":
            self.conn.executemany(
                "DELETE FROM evidence_criterion WHERE evidence_id = ?", [(i[0],) for i in items]
            )
            self.conn.executemany(
                "INSERT OR IGNORE INTO evidence_criterion (evidence_id, criterion_id) "
                "VALUES (?, ?)",
                criteria_rows,
            )

    @staticmethod
    def _provenance(row: dict[str, Any]) -> Provenance:
        return Provenance(
            id=row["id"],
            created_at=row["created_at"],
            created_by=row["created_by"],
            updated_at=row["updated_at"],
            updated_by=row["updated_by"],
            origin=row["origin"],
            head_vid=row["head_vid"],
            conflict=bool(row["conflict"]),
        )

    # Set-based refresh of working rows -----------------------------------------------------
    def _fill_touched(self, select: str, params: Sequence[Any] = ()) -> None:
        self.conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS fw_touched "
            "(tbl TEXT NOT NULL, rid TEXT NOT NULL, PRIMARY KEY (tbl, rid)) WITHOUT ROWID"
        )
        self.conn.execute("DELETE FROM temp.fw_touched")
        self.conn.execute(f"INSERT OR IGNORE INTO temp.fw_touched (tbl, rid) {select}", params)

    def _insert_single_versions(self) -> dict[str, int]:
        """The bulk path, in SQL: a touched record whose only version is new (created in
        the source, never edited) is a plain insert of its working row, read from the
        version's JSON.  Those records leave temp.fw_touched; returns how many, by kind."""
        self.conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS fw_single "
            "(tbl TEXT NOT NULL, rid TEXT NOT NULL, PRIMARY KEY (tbl, rid)) WITHOUT ROWID"
        )
        self.conn.execute("DELETE FROM temp.fw_single")
        kinds = ",".join(f"'{k}'" for k in _SQL_KINDS)
        self.conn.execute(
            "INSERT INTO temp.fw_single (tbl, rid) SELECT v.tbl, v.rid FROM temp.fw_touched t "
            "CROSS JOIN main.version v ON v.tbl = t.tbl AND v.rid = t.rid "
            f"WHERE t.tbl IN ({kinds}) GROUP BY v.tbl, v.rid "
            "HAVING count(*) = 1 AND max(v.deleted) = 0"
        )
        n: dict[str, int] = {}
        iso = (
            "strftime('%Y-%m-%dT%H:%M:%S', CAST(substr(v.hlc, 1, 13) AS INTEGER) / 1000, "
            "'unixepoch') || '.' || printf('%03d', CAST(substr(v.hlc, 1, 13) AS INTEGER) % 1000)"
            " || 'Z'"
        )
        for kind in _SQL_KINDS:
            table = TABLES[kind]
            cols = columns(kind)
            names = ["id", *cols, *PROVENANCE_COLUMNS]
            values = ["v.rid", *[f"json_extract(v.data, '$.{c}')" for c in cols]]
            values += [iso, "v.author", iso, "v.author", "v.origin", "v.vid", "0"]
            updates = ", ".join(f"{c} = excluded.{c}" for c in names[1:])
            cur = self.conn.execute(
                f"INSERT INTO main.{table} ({', '.join(names)}) SELECT {', '.join(values)} "
                "FROM temp.fw_single s CROSS JOIN main.version v ON v.tbl = s.tbl AND v.rid = s.rid "
                f"WHERE s.tbl = ? ON CONFLICT (id) DO UPDATE SET {updates}",
                (kind,),
            )
            if cur.rowcount > 0:
                n[kind] = cur.rowcount
        self.conn.execute(
            "DELETE FROM main.evidence_criterion WHERE evidence_id IN "
            "(SELECT rid FROM temp.fw_single WHERE tbl = 'evidence')"
        )
        self.conn.execute(
            "INSERT OR IGNORE INTO main.evidence_criterion (evidence_id, criterion_id) "
            "SELECT v.rid, c.value FROM temp.fw_single s "
            "CROSS JOIN main.version v ON v.tbl = s.tbl AND v.rid = s.rid, "
            "json_each(v.data, '$.criteria') c WHERE s.tbl = 'evidence'"
        )
        self.conn.execute(
            "DELETE FROM temp.fw_touched WHERE EXISTS (SELECT 1 FROM temp.fw_single s "
            "WHERE s.tbl = fw_touched.tbl AND s.rid = fw_touched.rid)"
        )
        return n

    def _refresh_touched(self, bulk: bool = True, merge_id: int | None = None) -> dict[str, Any]:
        """Recompute the working rows of the records in temp.fw_touched from their heads;
        return the counts a merge report shows: records new, changed in content and
        deleted (in all and by kind), conflicts raised and settled.  With `merge_id`,
        what happened to each record is kept in `merge_change` (the merge log's detail).
        `bulk=False` does every record through the Python path (the reference)."""
        fresh = self._insert_single_versions() if bulk else {}
        if bulk and merge_id is not None:
            self.conn.execute(
                "INSERT OR REPLACE INTO main.merge_change (merge_id, tbl, rid, what, fields) "
                "SELECT ?, tbl, rid, 'new', NULL FROM temp.fw_single",
                (merge_id,),
            )
        before = self._shown_before()
        heads: dict[tuple[str, str], list[VersionRow]] = {}
        # Each touched record looked up in the (tbl, rid) index, always: a join from the
        # temp table (no statistics, so taken as large) built a Bloom filter over the
        # whole version table first, and with statistics from before the file grew the
        # planner scanned it: work growing with the history, not with the merge.
        for row in self.conn.execute(
            f"SELECT {V_COLUMNS} FROM main.version v INDEXED BY version_record "
            "WHERE (v.tbl, v.rid) IN (SELECT tbl, rid FROM temp.fw_touched) "
            "AND NOT EXISTS (SELECT 1 FROM main.parent p WHERE p.pvid = v.vid)"
        ):
            heads.setdefault((row[1], row[2]), []).append(version_from_row(row))
        firsts: dict[tuple[str, str], tuple[str, str]] = {}
        for kind, rid, _, hlc, author in self.conn.execute(
            "SELECT v.tbl, v.rid, min(v.hlc || v.vid), v.hlc, v.author FROM temp.fw_touched t "
            "CROSS JOIN main.version v ON v.tbl = t.tbl AND v.rid = t.rid GROUP BY v.tbl, v.rid"
        ):
            firsts[(kind, rid)] = (hlc, author)
        live: dict[str, list[tuple[str, VersionRow, VersionRow, bool]]] = {}
        gone: dict[str, list[tuple[str]]] = {}
        tally = _Tally(fresh)
        for key, hs in heads.items():
            kind, rid = key
            shown = view(self.conn, hs) if len(hs) > 1 else Settled(hs[0], hs[0].vid, False)
            top, conflict = shown.top, shown.conflict
            old = before.get(key)
            tally.seen(kind, old, None if top.deleted else self._content(kind, top), conflict)
            tally.record(rid, shown.fields)
            if top.deleted:
                if old is not None:
                    gone.setdefault(kind, []).append((rid,))
                continue
            hlc, author = firsts[key]
            first = VersionRow(
                vid="", tbl=kind, rid=rid, hlc=hlc, origin="", seq=0, author=author,
                deleted=False, data=None,
            )  # fmt: skip
            live.setdefault(kind, []).append((rid, top, first, conflict))
        for kind, rids in gone.items():
            self.conn.executemany(f"DELETE FROM main.{TABLES[kind]} WHERE id = ?", rids)
        for kind, items in live.items():
            self._write_working_rows(kind, items)
        if merge_id is not None and tally.changes:
            self.conn.executemany(
                "INSERT OR REPLACE INTO main.merge_change (merge_id, tbl, rid, what, fields) "
                "VALUES (?, ?, ?, ?, ?)",
                [(merge_id, *change) for change in tally.changes],
            )
        return tally.counts()

    def _shown_before(self) -> dict[tuple[str, str], tuple[tuple[Any, ...], bool]]:
        """(content, conflict) of each touched record's working row before a merge."""
        before: dict[tuple[str, str], tuple[tuple[Any, ...], bool]] = {}
        for kind, table in TABLES.items():
            cols = ", ".join(columns(kind))
            crit = (
                ", (SELECT group_concat(criterion_id, ',') FROM (SELECT criterion_id FROM "
                "main.evidence_criterion c WHERE c.evidence_id = w.id ORDER BY criterion_id))"
                if kind == "evidence"
                else ""
            )
            for row in self.conn.execute(
                f"SELECT id, conflict, {cols}{crit} FROM main.{table} w WHERE id IN "
                "(SELECT rid FROM temp.fw_touched WHERE tbl = ?)",
                (kind,),
            ):
                before[(kind, row[0])] = (tuple(row[2:]), bool(row[1]))
        return before

    @staticmethod
    def _content(kind: str, top: VersionRow) -> tuple[Any, ...]:
        """A record's content as its working row stores it (compared with `_shown_before`)."""
        values = top.values()
        out = _stored(columns(kind), values)
        if kind == "evidence":
            out.append(",".join(sorted(set(values.get("criteria", [])))) or None)
        return tuple(out)

    @locked
    def rebuild_working_rows(self) -> dict[str, Any]:
        """Recompute every working row from the versions (repair; also used in tests)."""
        with self.transaction():
            self._fill_touched("SELECT DISTINCT tbl, rid FROM main.version")
            return self._refresh_touched(bulk=False)


def _stored(cols: Sequence[str], values: dict[str, Any]) -> list[Any]:
    """Record values as the working table's columns store them."""
    out: list[Any] = []
    for c in cols:
        v = values.get(c)
        if isinstance(v, (list, dict)):
            v = canonical_json(v)
        elif isinstance(v, bool):
            v = int(v)
        out.append(v)
    return out


class _Tally:
    """The counts of a merge report, from each touched record's before and after."""

    def __init__(self, fresh: dict[str, int]) -> None:
        self.by_kind: dict[str, dict[str, int]] = {
            kind: {"new": n, "changed": 0, "deleted": 0} for kind, n in fresh.items()
        }
        self.new_conflicts = 0
        self.settled = 0
        self.changes: list[tuple[str, str, str, str | None]] = []
        """What happened to each record seen: (kind, id, what, fields as JSON)."""
        self._last: tuple[str, str, list[str]] | None = None

    def seen(
        self,
        kind: str,
        old: tuple[tuple[Any, ...], bool] | None,
        new: tuple[Any, ...] | None,
        conflict: bool,
    ) -> None:
        """One record: `old` its (content, conflict) before (None: not shown), `new` its
        content now (None: deleted)."""
        counts = self.by_kind.setdefault(kind, {"new": 0, "changed": 0, "deleted": 0})
        what, fields = "", []
        if new is None:
            if old is not None:
                counts["deleted"] += 1
                what = "deleted"
        elif old is None:
            counts["new"] += 1
            what = "new"
        elif old[0] != new:
            counts["changed"] += 1
            what = "changed"
            names = [*columns(kind), *(["criteria"] if kind == "evidence" else [])]
            fields = [n for n, a, b in zip(names, old[0], new, strict=False) if a != b]
        was = old is not None and old[1]
        if conflict and not was:
            self.new_conflicts += 1
            what = "conflict"
        elif was and not conflict:
            self.settled += 1
            what = "settled"
        self._last = (kind, what, fields)

    def record(self, rid: str, conflict_fields: Sequence[str]) -> None:
        """Keep what `seen` found for record `rid` (a new conflict: the fields in it)."""
        if self._last is None:
            return
        kind, what, fields = self._last
        self._last = None
        if what == "conflict":
            fields = list(conflict_fields)
        if what:
            self.changes.append((kind, rid, what, json.dumps(fields) if fields else None))

    def counts(self) -> dict[str, Any]:
        """The report's fields."""
        kinds = {k: v for k, v in sorted(self.by_kind.items()) if any(v.values())}
        return {
            "new_records": sum(v["new"] for v in kinds.values()),
            "changed": sum(v["changed"] for v in kinds.values()),
            "deleted": sum(v["deleted"] for v in kinds.values()),
            "new_conflicts": self.new_conflicts,
            "settled": self.settled,
            "by_kind": kinds,
        }
