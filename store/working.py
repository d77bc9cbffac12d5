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

from collections.abc import Iterable, Sequence
from typing import Any

from store.connection import StoreBase, locked
from store.ids import hlc_to_iso
from store.models import RECORD_TYPES, Provenance
from store.versions import (
    V_COLUMNS,
    VERSION_COLUMNS,
    VersionRow,
    canonical_json,
    in_conflict,
    read_heads,
    version_from_row,
    winner,
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
    "protected_name": "protected_names",
    "sample": "samples",
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
_SQL_KINDS = ("evidence", "grading", "case", "judgement", "protected_name", "area", "inspector")


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
            top = winner(heads)
            if top.deleted:
                gone.append(rid)
                continue
            first = self.conn.execute(
                f"SELECT {VERSION_COLUMNS} FROM version WHERE tbl = ? AND rid = ? "
                "ORDER BY hlc, vid LIMIT 1",
                (kind, rid),
            ).fetchone()
            live.append((rid, top, version_from_row(first), in_conflict(heads)))
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
            row: list[Any] = [rid]
            for c in cols:
                v = values.get(c)
                if isinstance(v, (list, dict)):
                    v = canonical_json(v)
                elif isinstance(v, bool):
                    v = int(v)
                row.append(v)
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

    def _insert_single_versions(self) -> int:
        """The bulk path, in SQL: a touched record whose only version is new (created in
        the source, never edited) is a plain insert of its working row, read from the
        version's JSON.  Those records leave temp.fw_touched; returns how many."""
        self.conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS fw_single "
            "(tbl TEXT NOT NULL, rid TEXT NOT NULL, PRIMARY KEY (tbl, rid)) WITHOUT ROWID"
        )
        self.conn.execute("DELETE FROM temp.fw_single")
        kinds = ",".join(f"'{k}'" for k in _SQL_KINDS)
        self.conn.execute(
            "INSERT INTO temp.fw_single (tbl, rid) SELECT v.tbl, v.rid FROM temp.fw_touched t "
            "JOIN main.version v ON v.tbl = t.tbl AND v.rid = t.rid "
            f"WHERE t.tbl IN ({kinds}) GROUP BY v.tbl, v.rid "
            "HAVING count(*) = 1 AND max(v.deleted) = 0"
        )
        n = 0
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
                "FROM temp.fw_single s JOIN main.version v ON v.tbl = s.tbl AND v.rid = s.rid "
                f"WHERE s.tbl = ? ON CONFLICT (id) DO UPDATE SET {updates}",
                (kind,),
            )
            n += cur.rowcount
        self.conn.execute(
            "DELETE FROM main.evidence_criterion WHERE evidence_id IN "
            "(SELECT rid FROM temp.fw_single WHERE tbl = 'evidence')"
        )
        self.conn.execute(
            "INSERT OR IGNORE INTO main.evidence_criterion (evidence_id, criterion_id) "
            "SELECT v.rid, c.value FROM temp.fw_single s "
            "JOIN main.version v ON v.tbl = s.tbl AND v.rid = s.rid, "
            "json_each(v.data, '$.criteria') c WHERE s.tbl = 'evidence'"
        )
        self.conn.execute(
            "DELETE FROM temp.fw_touched WHERE EXISTS (SELECT 1 FROM temp.fw_single s "
            "WHERE s.tbl = fw_touched.tbl AND s.rid = fw_touched.rid)"
        )
        return n

    def _refresh_touched(self, bulk: bool = True) -> dict[str, int]:
        """Recompute the working rows of the records in temp.fw_touched from their heads;
        return the counts of new, changed and deleted records and new conflicts.
        `bulk=False` does every record through the Python path (the reference)."""
        fresh = self._insert_single_versions() if bulk else 0
        before: dict[tuple[str, str], tuple[str, int]] = {}
        for kind, table in TABLES.items():
            for rid, head, conflict in self.conn.execute(
                f"SELECT id, head_vid, conflict FROM main.{table} WHERE id IN "
                "(SELECT rid FROM temp.fw_touched WHERE tbl = ?)",
                (kind,),
            ):
                before[(kind, rid)] = (head, conflict)
        heads: dict[tuple[str, str], list[VersionRow]] = {}
        for row in self.conn.execute(
            f"SELECT {V_COLUMNS} FROM temp.fw_touched t "
            "JOIN main.version v ON v.tbl = t.tbl AND v.rid = t.rid "
            "WHERE NOT EXISTS (SELECT 1 FROM main.parent p WHERE p.pvid = v.vid)"
        ):
            heads.setdefault((row[1], row[2]), []).append(version_from_row(row))
        firsts: dict[tuple[str, str], tuple[str, str]] = {}
        for kind, rid, _, hlc, author in self.conn.execute(
            "SELECT v.tbl, v.rid, min(v.hlc || v.vid), v.hlc, v.author FROM temp.fw_touched t "
            "JOIN main.version v ON v.tbl = t.tbl AND v.rid = t.rid GROUP BY v.tbl, v.rid"
        ):
            firsts[(kind, rid)] = (hlc, author)
        live: dict[str, list[tuple[str, VersionRow, VersionRow, bool]]] = {}
        gone: dict[str, list[tuple[str]]] = {}
        counts = {"new_records": fresh, "changed": 0, "deleted": 0, "new_conflicts": 0}
        for key, hs in heads.items():
            kind, rid = key
            top = hs[0] if len(hs) == 1 else winner(hs)
            old = before.get(key)
            if top.deleted:
                if old is not None:
                    counts["deleted"] += 1
                    gone.setdefault(kind, []).append((rid,))
                continue
            conflict = len(hs) > 1 and in_conflict(hs)
            if old is None:
                counts["new_records"] += 1
            elif old[0] != top.vid:
                counts["changed"] += 1
            if conflict and not (old and old[1]):
                counts["new_conflicts"] += 1
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
        return counts

    @locked
    def rebuild_working_rows(self) -> dict[str, int]:
        """Recompute every working row from the versions (repair; also used in tests)."""
        with self.transaction():
            self._fill_touched("SELECT DISTINCT tbl, rid FROM main.version")
            return self._refresh_touched(bulk=False)
