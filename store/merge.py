"""Merging inspectors' databases: merge, conflicts, resolution and the canonical dump.

A merge is a set union of immutable versions (see `store/versions.py`), so it is
idempotent, order-independent and associative by construction.  For each source file,
in one transaction on the target:

1. gates: the file is a Fieldwork database of the same inspection, not the target
   itself nor a copy of it, and no version identity in it clashes with one we hold
   (a file copied onto a second laptop reuses its identity for different changes);
2. `INSERT ... SELECT` of the versions the target lacks, from the source ATTACHed
   read-only.  Every file holds a prefix of every origin's history (files are always
   merged whole), so "lacks" is `seq > the target's last seq for that origin`: the
   version-vector shortcut.  `strategy="full"` does the plain anti-join on version id
   instead; the tests check that both give the same result;
3. the parent edges of the new versions, then the hybrid clock advances past them;
4. the working rows of the touched records only are recomputed from their heads, set
   based; the counts (new, changed, deleted records, new conflicts) come from the
   working rows before and after;
5. a line in `merge_log` (local to the file: never merged, never dumped).

A copy of the target is written beside it before a merge changes anything
(`backup()`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import Field

from store.base import (
    PROVENANCE_COLUMNS,
    TABLES,
    StoreBase,
    _columns,
    app_version,
    inspect_file,
    locked,
)
from store.caseimport import CaseImportMixin
from store.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    FieldworkError,
    ForeignDatabaseError,
    InvalidInputError,
    NotFoundError,
)
from store.ids import hlc_to_iso, uuid7
from store.migrations import APPLICATION_ID, schema_version
from store.models import RECORD_TYPES, Model
from store.sampling import SamplingMixin
from store.versions import VERSION_COLUMNS, VersionRow, canonical_json, in_conflict, winner

Strategy = Literal["vector", "full"]
_V_COLUMNS = ", ".join(f"v.{c.strip()}" for c in VERSION_COLUMNS.split(","))
_SRC = "fw_src"
# Kinds whose working columns are all scalars (evidence criteria go to their own table):
# their new single-version records are inserted in SQL.  Others take the Python path.
_SQL_KINDS = ("evidence", "grading", "case", "judgement", "protected_name", "area", "inspector")


class CopiedFileError(FieldworkError):
    """A source reuses version identities for different content (a copied file)."""


class WrongInspectionError(FieldworkError):
    """A source belongs to another inspection, or is the target itself."""


# Models ---------------------------------------------------------------------------------


class SourceInfo(Model):
    """What the gates learnt about a source file before merging it."""

    path: str
    replica_id: str
    inspection_id: str
    issued_to: str | None = None
    sha256: str


class MergeReport(Model):
    """What one source brought into the target."""

    source: str
    source_replica: str
    source_sha256: str
    issued_to: str | None = Field(default=None, description="Inspector the source belongs to.")
    issued_to_name: str | None = None
    new_versions: int = 0
    new_records: int = 0
    changed: int = 0
    deleted: int = 0
    new_conflicts: int = 0

    @property
    def nothing_new(self) -> bool:
        return self.new_versions == 0

    def summary(self) -> str:
        """One line for the terminal."""
        who = f" ({self.issued_to_name})" if self.issued_to_name else ""
        if self.nothing_new:
            return f"{self.source}{who}: nothing new"
        return (
            f"{self.source}{who}: {self.new_records} new, {self.changed} changed, "
            f"{self.deleted} deleted, {self.new_conflicts} new conflicts "
            f"({self.new_versions} versions)"
        )


class ConflictSide(Model):
    """One head of a record in conflict."""

    version_id: str
    author: str
    author_name: str
    at: str
    deleted: bool
    values: dict[str, Any]
    winner: bool = Field(description="The provisional winner shown until someone resolves.")


class Conflict(Model):
    """A record whose current versions disagree."""

    record_id: str
    kind: str
    label: str
    sides: list[ConflictSide]
    base: dict[str, Any] | None = Field(
        default=None, description="Values of the nearest common ancestor, if any."
    )
    fields: list[str] = Field(description="Fields whose values differ between the sides.")


class MergeLogEntry(Model):
    """One line of this file's merge log."""

    id: int
    at: str
    by: str | None
    by_name: str
    src_path: str
    src_replica: str
    src_sha256: str
    new_versions: int
    new_records: int
    changed: int
    deleted: int
    new_conflicts: int
    app_version: str


# Reading a source without touching it ---------------------------------------------------


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _ro_uri(path: Path) -> str:
    wal = Path(str(path) + "-wal").exists()
    flags = "mode=ro" if wal else "mode=ro&immutable=1"
    return f"{path.resolve().as_uri()}?{flags}"


@contextlib.contextmanager
def source_errors(path: Path) -> Iterator[None]:
    """SQLite errors while reading a source, as one sentence naming the source."""
    try:
        yield
    except FieldworkError:
        raise
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseLockedError(
                f"{path} is in use by another Fieldwork process; close Fieldwork there "
                f"and merge again."
            ) from None
        raise CorruptDatabaseError(
            f"{path} cannot be read as a Fieldwork database ({exc}); ask for a fresh copy "
            f"of the file."
        ) from None
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(
            f"{path} is a damaged Fieldwork database ({exc}); ask for a fresh copy of the file."
        ) from None


def read_source(path: Path) -> SourceInfo:
    """Check a file that is to be merged, read-only, and return its identity."""
    try:
        inspect_file(path)
    except (ForeignDatabaseError, CorruptDatabaseError):
        # A file open in Fieldwork elsewhere may hold its newest first page in the WAL
        # beside it (the header on disk is then stale): ask SQLite instead.
        wal = Path(str(path) + "-wal")
        if not (wal.exists() and wal.stat().st_size > 0) or not _header_via_sqlite(path):
            raise
    with source_errors(path):
        conn = sqlite3.connect(_ro_uri(path), uri=True)
        try:
            conn.execute("PRAGMA busy_timeout = 2000")
            meta = dict(conn.execute("SELECT k, v FROM meta").fetchall())
            conn.execute("SELECT vid, hash FROM version LIMIT 1").fetchall()
            conn.execute("SELECT vid, pvid FROM parent LIMIT 1").fetchall()
        finally:
            conn.close()
    if "replica_id" not in meta or "inspection_id" not in meta:
        raise ForeignDatabaseError(
            f"{path} has no Fieldwork identity (it was not made by 'fieldwork new', "
            f"'demo' or 'issue'); check that you chose the right file."
        )
    return SourceInfo(
        path=str(path),
        replica_id=meta["replica_id"],
        inspection_id=meta["inspection_id"],
        issued_to=meta.get("issued_to") or None,
        sha256=file_sha256(path),
    )


def _header_via_sqlite(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return bool(app_id == APPLICATION_ID and user_version <= schema_version())


# The mixin -------------------------------------------------------------------------------


class MergeMixin(CaseImportMixin, SamplingMixin, StoreBase):
    """Merge, conflicts, resolution and the canonical dump."""

    # Gates --------------------------------------------------------------------------------
    @locked
    def check_source(self, path: str | Path, *, full: bool = False) -> SourceInfo:
        """Everything that can be checked about a source before merging it; raises a
        FieldworkError with one sentence, changing nothing, when it must not be merged."""
        src = Path(path)
        info = self._gate(src)
        self._attach(src)
        try:
            with source_errors(src):
                self._check_identities(src, full=full)
        finally:
            self._detach()
        return info

    def _gate(self, src: Path) -> SourceInfo:
        if src.exists() and src.resolve() == self.path.resolve():
            raise WrongInspectionError(
                f"{src} is the target database itself; name the inspectors' files to merge into it."
            )
        info = read_source(src)
        if info.inspection_id != self.inspection_id:
            raise WrongInspectionError(
                f"{src} belongs to another inspection; merge only files issued from this "
                f"inspection's master (check the file name)."
            )
        if info.replica_id == self.replica_id:
            raise WrongInspectionError(
                f"{src} is a copy or backup of {self.path} (same file identity); there is "
                f"nothing to merge from it."
            )
        return info

    def _attach(self, src: Path) -> None:
        uri = f"{src.resolve().as_uri()}?mode=ro"
        with source_errors(src):
            try:
                self.conn.execute(f"ATTACH DATABASE ? AS {_SRC}", (uri,))
                self.conn.execute(f"SELECT count(*) FROM {_SRC}.meta").fetchone()
            except sqlite3.OperationalError as exc:
                if "locked" in str(exc) or "busy" in str(exc):
                    raise
                # A read-only folder (a USB stick): no -shm can be made; read it as is.
                self._detach()
                self.conn.execute(f"ATTACH DATABASE ? AS {_SRC}", (uri + "&immutable=1",))

    def _detach(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute(f"DETACH DATABASE {_SRC}")

    def _vectors(self) -> tuple[dict[str, int], dict[str, int]]:
        """Last sequence number per origin: (source, target)."""
        src = dict(
            self.conn.execute(f"SELECT origin, max(seq) FROM {_SRC}.version GROUP BY origin")
        )
        tgt = dict(self.conn.execute("SELECT origin, max(seq) FROM main.version GROUP BY origin"))
        return src, tgt

    def _check_identities(self, src: Path, *, full: bool) -> dict[str, tuple[int, int]]:
        """Refuse a source that reuses a version identity for different content.

        Returns, per origin, (target's last seq, source's last seq).  With `full`, every
        shared version is compared; otherwise only the last shared one per origin, which
        suffices because each file holds a prefix of each origin's history and version
        ids are random: two diverged histories differ at every later position.
        """
        svec, tvec = self._vectors()
        clash = None
        if full:
            clash = self.conn.execute(
                f"SELECT s.origin FROM {_SRC}.version s JOIN main.version m "
                "ON m.origin = s.origin AND m.seq = s.seq "
                "WHERE m.vid <> s.vid OR m.hash <> s.hash LIMIT 1"
            ).fetchone()
            if clash is None:
                clash = self.conn.execute(
                    f"SELECT s.origin FROM {_SRC}.version s JOIN main.version m "
                    "ON m.vid = s.vid WHERE m.hash <> s.hash LIMIT 1"
                ).fetchone()
        else:
            for origin, smax in svec.items():
                at = min(smax, tvec.get(origin, 0))
                if at <= 0:
                    continue
                q = "SELECT vid, hash FROM {}.version WHERE origin = ? AND seq = ?"
                mine = self.conn.execute(q.format("main"), (origin, at)).fetchone()
                theirs = self.conn.execute(q.format(_SRC), (origin, at)).fetchone()
                if mine != theirs:
                    clash = (origin,)
                    break
        if clash is not None:
            raise CopiedFileError(
                f"{src} reuses the identity of another inspector's database for different "
                f"changes (it was copied onto a second laptop); nothing was merged: give each "
                f"laptop its own database with 'fieldwork issue' and ask the lead how to "
                f"recover the copy's work."
            )
        return {o: (tvec.get(o, 0), s) for o, s in svec.items()}

    # Backup -------------------------------------------------------------------------------
    @locked
    def backup(self, path: str | Path | None = None) -> Path:
        """A consistent copy of this file beside it (readable by the owner only)."""
        if path is None:
            stamp = time.strftime("%Y%m%dT%H%M%S", time.localtime())
            path = Path(f"{self.path}.bak-{stamp}")
            n = 1
            while path.exists():
                n += 1
                path = Path(f"{self.path}.bak-{stamp}-{n}")
        dest = Path(path)
        fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        try:
            out = sqlite3.connect(str(dest))
            try:
                self.conn.backup(out)
                out.execute("PRAGMA journal_mode = DELETE")
            finally:
                out.close()
        except BaseException:
            with contextlib.suppress(OSError):
                dest.unlink()
            raise
        os.chmod(dest, 0o600)
        return dest

    # Merge --------------------------------------------------------------------------------
    @locked
    def merge(
        self,
        sources: Sequence[str | Path],
        *,
        backup: bool = True,
        progress: Callable[[int, int], None] | None = None,
        strategy: Strategy = "vector",
    ) -> tuple[list[MergeReport], Path | None]:
        """Merge each source in turn (one transaction each), after checking them all and
        writing a backup of the target.  Returns the reports and the backup's path."""
        checked = [self.check_source(src) for src in sources]
        copy = self.backup() if backup else None
        reports = []
        for i, (src, info) in enumerate(zip(sources, checked, strict=True)):
            reports.append(self._merge_one(Path(src), info, strategy))
            if progress:
                progress(i + 1, len(sources))
        return reports, copy

    @locked
    def merge_from(self, path: str | Path, *, strategy: Strategy = "vector") -> MergeReport:
        """Merge one source file into this database, in one transaction."""
        src = Path(path)
        return self._merge_one(src, self._gate(src), strategy)

    def _merge_one(self, src: Path, info: SourceInfo, strategy: Strategy) -> MergeReport:
        self._attach(src)
        try:
            with source_errors(src), self._tx():
                report = self._merge_attached(src, info, strategy)
        finally:
            self._detach()
        self._names = None
        return report

    def _merge_attached(self, src: Path, info: SourceInfo, strategy: Strategy) -> MergeReport:
        vec = self._check_identities(src, full=strategy == "full")
        before = int(
            self.conn.execute("SELECT coalesce(max(rowid), 0) FROM main.version").fetchone()[0]
        )
        cols = VERSION_COLUMNS + ", hash"
        new_versions = 0
        if strategy == "full":
            cur = self.conn.execute(
                f"INSERT INTO main.version ({cols}) SELECT {cols} FROM {_SRC}.version s "
                "WHERE NOT EXISTS (SELECT 1 FROM main.version m WHERE m.vid = s.vid)"
            )
            new_versions = cur.rowcount
        else:
            for origin, (tmax, smax) in sorted(vec.items()):
                if smax > tmax:
                    cur = self.conn.execute(
                        f"INSERT INTO main.version ({cols}) SELECT {cols} FROM {_SRC}.version "
                        "WHERE origin = ? AND seq > ? ORDER BY vid",
                        (origin, tmax),
                    )
                    new_versions += cur.rowcount
        report = MergeReport(
            source=str(src),
            source_replica=info.replica_id,
            source_sha256=info.sha256,
            issued_to=info.issued_to,
            new_versions=new_versions,
        )
        if new_versions:
            self.conn.execute(
                f"INSERT OR IGNORE INTO main.parent (vid, pvid) SELECT p.vid, p.pvid "
                f"FROM main.version v JOIN {_SRC}.parent p ON p.vid = v.vid WHERE v.rowid > ?",
                (before,),
            )
            top = self.conn.execute(
                "SELECT max(hlc) FROM main.version WHERE rowid > ?", (before,)
            ).fetchone()[0]
            self.clock.receive(top)
            self._set_meta("hlc_last", self.clock.value)
            self._fill_touched("SELECT tbl, rid FROM main.version WHERE rowid > ?", (before,))
            counts = self._refresh_touched()
            report = report.model_copy(update=counts)
        if info.issued_to:
            name = self._scalar("SELECT name FROM inspectors WHERE id = ?", (info.issued_to,))
            report.issued_to_name = name
        self.conn.execute(
            "INSERT INTO merge_log (at, by, src_path, src_replica, src_sha256, new_versions, "
            "new_records, changed, deleted, new_conflicts, app_version) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                self._now_iso(),
                self.me_id,
                str(src),
                info.replica_id,
                info.sha256,
                report.new_versions,
                report.new_records,
                report.changed,
                report.deleted,
                report.new_conflicts,
                app_version(),
            ),
        )
        return report

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
            cols = _columns(kind)
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
            f"SELECT {_V_COLUMNS} FROM temp.fw_touched t "
            "JOIN main.version v ON v.tbl = t.tbl AND v.rid = t.rid "
            "WHERE NOT EXISTS (SELECT 1 FROM main.parent p WHERE p.pvid = v.vid)"
        ):
            heads.setdefault((row[1], row[2]), []).append(_version(row))
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
        with self._tx():
            self._fill_touched("SELECT DISTINCT tbl, rid FROM main.version")
            return self._refresh_touched(bulk=False)

    # Merge log ----------------------------------------------------------------------------
    @locked
    def merge_log(self) -> list[MergeLogEntry]:
        """This file's merges, newest first."""
        names = dict(self.conn.execute("SELECT id, name FROM inspectors").fetchall())
        rows = self._rows("SELECT * FROM merge_log ORDER BY id DESC")
        return [
            MergeLogEntry(
                id=r["id"],
                at=r["at"],
                by=r["by"],
                by_name=names.get(r["by"], r["by"] or ""),
                src_path=r["src_path"] or "",
                src_replica=r["src_replica"] or "",
                src_sha256=r["src_sha256"] or "",
                new_versions=r["new_versions"] or 0,
                new_records=r["new_records"] or 0,
                changed=r["changed"] or 0,
                deleted=r["deleted"] or 0,
                new_conflicts=r["new_conflicts"] or 0,
                app_version=r["app_version"] or "",
            )
            for r in rows
        ]

    # Conflicts ----------------------------------------------------------------------------
    def _all_heads(self, multi_only: bool) -> dict[tuple[str, str], list[VersionRow]]:
        having = "HAVING count(*) > 1" if multi_only else ""
        sql = f"""
            WITH heads AS (
                SELECT {_V_COLUMNS} FROM main.version v
                WHERE NOT EXISTS (SELECT 1 FROM main.parent p WHERE p.pvid = v.vid)),
            keys AS (SELECT tbl, rid FROM heads GROUP BY tbl, rid {having})
            SELECT h.* FROM heads h JOIN keys k ON k.tbl = h.tbl AND k.rid = h.rid
        """
        out: dict[tuple[str, str], list[VersionRow]] = {}
        for row in self.conn.execute(sql):
            out.setdefault((row[1], row[2]), []).append(_version(row))
        return out

    @locked
    def conflicts(self) -> list[Conflict]:
        """Every record whose heads disagree, with each side's values and author."""
        names = dict(self.conn.execute("SELECT id, name FROM inspectors").fetchall())
        out = []
        for (kind, rid), hs in sorted(self._all_heads(True).items(), key=lambda kv: kv[0]):
            if in_conflict(hs):
                out.append(self._conflict(kind, rid, hs, names))
        return out

    @locked
    def conflict(self, record_id: str) -> Conflict | None:
        """One record's conflict, or None when its versions agree."""
        kind = self._kind_of(record_id)
        hs = self._heads(kind, record_id)
        if not in_conflict(hs):
            return None
        names = dict(self.conn.execute("SELECT id, name FROM inspectors").fetchall())
        return self._conflict(kind, record_id, hs, names)

    def _conflict(
        self, kind: str, rid: str, hs: list[VersionRow], names: dict[str, str]
    ) -> Conflict:
        top = winner(hs)
        ordered = sorted(hs, key=lambda h: (h.vid != top.vid, h.hlc, h.vid))
        sides = [
            ConflictSide(
                version_id=h.vid,
                author=h.author,
                author_name=names.get(h.author, h.author),
                at=hlc_to_iso(h.hlc),
                deleted=h.deleted,
                values=h.values(),
                winner=h.vid == top.vid,
            )
            for h in ordered
        ]
        keys = sorted({k for s in sides for k in s.values})
        differing = [
            k
            for k in keys
            if len({canonical_json(s.values.get(k)) for s in sides if not s.deleted}) > 1
        ]
        if any(s.deleted for s in sides):
            differing = ["(deleted)", *differing]
        return Conflict(
            record_id=rid,
            kind=kind,
            label=self._label(kind, top.values() or next((h.values() for h in hs), {})),
            sides=sides,
            base=self._base(hs),
            fields=differing,
        )

    def _base(self, hs: Sequence[VersionRow]) -> dict[str, Any] | None:
        common: set[str] | None = None
        for h in hs:
            anc = {
                r[0]
                for r in self.conn.execute(
                    "WITH RECURSIVE anc(vid) AS (SELECT pvid FROM main.parent WHERE vid = ? "
                    "UNION SELECT p.pvid FROM main.parent p JOIN anc ON p.vid = anc.vid) "
                    "SELECT vid FROM anc",
                    (h.vid,),
                )
            }
            common = anc if common is None else common & anc
        if not common:
            return None
        marks = ",".join("?" * len(common))
        row = self.conn.execute(
            f"SELECT data, deleted FROM main.version WHERE vid IN ({marks}) "
            "ORDER BY hlc DESC, vid DESC LIMIT 1",
            sorted(common),
        ).fetchone()
        if row is None or row[1]:
            return None
        value: dict[str, Any] = json.loads(row[0])
        return value

    def _label(self, kind: str, values: dict[str, Any]) -> str:
        def ref(case_id: Any) -> str:
            r = self._scalar("SELECT ref FROM cases WHERE id = ?", (case_id,))
            return str(r or case_id)

        if kind == "grading":
            return (
                f"Grading of case {ref(values.get('case_id'))} against {values.get('criterion_id')}"
            )
        if kind == "evidence":
            about = values.get("case_id")
            where = (
                f"case {ref(about)}" if about else f"area {values.get('area_code') or 'national'}"
            )
            text = str(values.get("text", ""))
            return f"Evidence on {where}: {text[:50]}{'…' if len(text) > 50 else ''}"
        if kind == "case":
            return f"Case {values.get('ref', '')}"
        if kind == "judgement":
            return (
                f"Judgement {values.get('judgement_id')} ({values.get('area_code') or 'national'})"
            )
        if kind == "area":
            return f"Area {values.get('code')} {values.get('name', '')}"
        if kind == "inspector":
            return f"Inspector {values.get('name', '')}"
        if kind == "protected_name":
            return f"Protected name ({values.get('category', '')})"
        return kind.replace("_", " ").capitalize()

    def _kind_of(self, record_id: str) -> str:
        for kind in TABLES:
            if self._scalar(
                "SELECT 1 FROM main.version WHERE tbl = ? AND rid = ? LIMIT 1", (kind, record_id)
            ):
                return kind
        raise NotFoundError(
            f"There is no record with id {record_id}; 'fieldwork conflicts' lists the ids."
        )

    # Resolution ---------------------------------------------------------------------------
    @locked
    def resolve(
        self,
        record_id: str,
        *,
        take: str | None = None,
        values: dict[str, Any] | None = None,
        author: str | None = None,
    ) -> str:
        """Settle a conflict: take one side (`take`, a version id or a unique prefix of
        one) or write new `values`.  The resolution is a version whose parents are all
        the heads, so it travels to other files like any edit.  Returns its version id."""
        if (take is None) == (values is None):
            raise InvalidInputError("Give either a version to take or the values to keep.")
        who = self._author(author)
        kind = self._kind_of(record_id)
        with self._tx():
            hs = self._heads(kind, record_id)
            if not in_conflict(hs):
                raise InvalidInputError(
                    f"Record {record_id} is not in conflict; edit it in the usual way."
                )
            data: dict[str, Any] | None
            if take is not None:
                matches = [h for h in hs if h.vid == take] or [
                    h for h in hs if len(take) >= 6 and h.vid.startswith(take)
                ]
                if len(matches) != 1:
                    ids = ", ".join(h.vid for h in hs)
                    raise NotFoundError(
                        f"{take!r} is not one of the versions in conflict for {record_id} ({ids})."
                    )
                data = None if matches[0].deleted else matches[0].values()
            else:
                try:
                    data = RECORD_TYPES[kind].model_validate(values).data()
                except ValueError as exc:
                    first = str(exc).splitlines()[:3]
                    raise InvalidInputError(
                        f"The edited values cannot be stored: {' '.join(first)}."
                    ) from None
            parents = sorted(h.vid for h in hs)
            row, digest = self._next_version(kind, record_id, data, parents, who)
            self._insert_versions([(row, digest, parents)])
            self._materialize(kind, [record_id])
        return row.vid

    # Canonical dump -----------------------------------------------------------------------
    @locked
    def dump_data(self) -> dict[str, Any]:
        """The inspection's content: current records by kind and id, open conflicts, and a
        digest of the version history.  Leaves out what is local to one file."""
        records: dict[str, dict[str, Any]] = {kind: {} for kind in TABLES}
        conflicts: list[dict[str, Any]] = []
        for (kind, rid), hs in sorted(self._all_heads(False).items()):
            top = winner(hs)
            if not top.deleted:
                records[kind][rid] = {
                    "values": top.values(),
                    "version": top.vid,
                    "by": top.author,
                    "conflict": in_conflict(hs),
                }
            if in_conflict(hs):
                conflicts.append(
                    {
                        "kind": kind,
                        "id": rid,
                        "sides": [
                            {
                                "version": h.vid,
                                "by": h.author,
                                "deleted": h.deleted,
                                "values": None if h.deleted else h.values(),
                            }
                            for h in sorted(hs, key=lambda h: h.vid)
                        ],
                    }
                )
        digest = hashlib.sha256()
        count = 0
        for vid, h in self.conn.execute("SELECT vid, hash FROM main.version ORDER BY vid"):
            digest.update(f"{vid}:{h}\n".encode())
            count += 1
        edges = hashlib.sha256()
        for vid, pvid in self.conn.execute("SELECT vid, pvid FROM main.parent ORDER BY vid, pvid"):
            edges.update(f"{vid}:{pvid}\n".encode())
        framework = self._scalar("SELECT id FROM framework")
        return {
            "inspection_id": self.inspection_id,
            "framework": framework,
            "records": records,
            "conflicts": conflicts,
            "history": {
                "versions": count,
                "versions_sha256": digest.hexdigest(),
                "parents_sha256": edges.hexdigest(),
            },
        }

    def dump(self) -> str:
        """`dump_data()` as canonical JSON text: equal content, equal bytes."""
        return json.dumps(self.dump_data(), sort_keys=True, indent=1, ensure_ascii=False) + "\n"

    # Issuing --------------------------------------------------------------------------------
    @locked
    def issue(self, path: str | Path, inspector_id: str) -> Path:
        """Write a database for one inspector: the same inspection, framework and
        everything recorded so far, with a new file identity issued to them."""
        dest = Path(path)
        if dest.exists():
            raise InvalidInputError(
                f"{dest} already exists; choose a new file name or move the old file away."
            )
        if not dest.parent.is_dir():
            raise NotFoundError(f"The folder {dest.parent} does not exist; create it first.")
        if not self._scalar("SELECT 1 FROM inspectors WHERE id = ?", (inspector_id,)):
            raise NotFoundError(f"There is no inspector with id {inspector_id}.")
        made = self.backup(dest)
        try:
            conn = sqlite3.connect(str(made))
            try:
                with conn:
                    for k, v in {
                        "replica_id": uuid7(),
                        "issued_to": inspector_id,
                        "seq": "0",
                        "created_at": self._now_iso(),
                        "issued_from": self.replica_id,
                    }.items():
                        conn.execute(
                            "INSERT INTO meta (k, v) VALUES (?, ?) "
                            "ON CONFLICT (k) DO UPDATE SET v = excluded.v",
                            (k, v),
                        )
                    conn.execute("DELETE FROM merge_log")
                    conn.execute("DELETE FROM drafts")
                conn.execute("PRAGMA journal_mode = WAL")
            finally:
                conn.close()
        except BaseException:
            with contextlib.suppress(OSError):
                made.unlink()
            raise
        return made


def _version(row: Sequence[Any]) -> VersionRow:
    return VersionRow(
        vid=row[0], tbl=row[1], rid=row[2], hlc=row[3], origin=row[4], seq=row[5],
        author=row[6], deleted=bool(row[7]), data=row[8],
    )  # fmt: skip
