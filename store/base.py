"""Opening, creating and writing an inspection database.

`StoreBase` owns the one SQLite connection and the version machinery; the mixins in
`records.py` and `queries.py` add the typed operations, and `store.Store` combines
them.  Every public method takes the store's lock, so thread workers in the TUI can
call it safely; every write is one transaction.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sqlite3
import stat
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from store import migrations
from store.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    DiskFullError,
    FieldworkError,
    ForeignDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    NotFoundError,
)
from store.framework import Framework, dump_framework
from store.ids import HybridClock, hlc_to_iso, parse_hlc, uuid7
from store.migrations import APPLICATION_ID, known_migration_names, schema_version
from store.models import RECORD_TYPES, Provenance, Record
from store.versions import (
    VERSION_COLUMNS,
    VersionRow,
    canonical_json,
    in_conflict,
    version_from_row,
    version_hash,
    winner,
)

BUSY_TIMEOUT_MS = 5000
SQLITE_MAGIC = b"SQLite format 3\x00"

P = ParamSpec("P")
R = TypeVar("R")

# kind -> (working table, columns stored as-is).  Lists and dicts are stored as JSON;
# evidence criteria are child rows in evidence_criterion.
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


def app_version() -> str:
    from importlib import metadata  # not at module level: it slows start-up

    try:
        return metadata.version("fieldwork")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "0+unknown"


def _columns(kind: str) -> list[str]:
    fields = RECORD_TYPES[kind].model_fields
    return [name for name in fields if not (kind == "evidence" and name == "criteria")]


def locked(method: Callable[P, R]) -> Callable[P, R]:
    """Run a Store method under the store's lock, translating SQLite errors."""

    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        self = args[0]
        with self._lock, translate_errors(self.path):  # type: ignore[attr-defined]
            return method(*args, **kwargs)

    wrapper.__name__ = method.__name__
    wrapper.__doc__ = method.__doc__
    wrapper.__qualname__ = method.__qualname__
    return wrapper


@contextlib.contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """Turn SQLite and OS errors into one-sentence FieldworkErrors."""
    try:
        yield
    except FieldworkError:
        raise
    except sqlite3.OperationalError as exc:
        text = str(exc)
        if "locked" in text or "busy" in text:
            raise DatabaseLockedError(
                f"{path} is in use by another Fieldwork process; close it there and try again."
            ) from None
        if "disk is full" in text or "database or disk is full" in text:
            raise DiskFullError(
                f"The disk holding {path} is full; nothing was saved from this change: "
                f"free some space and try again."
            ) from None
        if "readonly" in text or "read-only" in text:
            raise NotADatabaseError(
                f"{path} cannot be written (read-only file or folder); "
                f"check its permissions and try again."
            ) from None
        raise
    except sqlite3.DatabaseError as exc:
        if type(exc) is not sqlite3.DatabaseError:  # IntegrityError etc. are our bugs
            raise
        raise CorruptDatabaseError(
            f"{path} is damaged ({exc}); restore it from the backup beside it "
            f"or from the last merged copy."
        ) from None
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFullError(
                f"The disk holding {path} is full; free some space and try again."
            ) from None
        raise


# Checking a file before anything touches it ------------------------------------------


def inspect_file(path: Path) -> None:
    """Raise a FieldworkError unless `path` looks like a Fieldwork database we can open.

    Reads only: the file is byte-for-byte unchanged whatever the outcome.
    """
    if not path.exists():
        raise NotADatabaseError(
            f"There is no inspection database at {path}; check the path, or create one "
            f"with 'fieldwork new' or 'fieldwork demo'."
        )
    st = path.stat()
    if stat.S_ISDIR(st.st_mode):
        raise NotADatabaseError(
            f"{path} is a folder, not an inspection database; give the path of a .db file."
        )
    if st.st_size == 0:
        raise NotADatabaseError(
            f"{path} is an empty file, not a Fieldwork database; check the path, or restore "
            f"the file from a backup."
        )
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise NotADatabaseError(f"Cannot read {path}: {exc.strerror}.") from None
    if not header.startswith(SQLITE_MAGIC):
        raise NotADatabaseError(
            f"{path} is not a Fieldwork database (it is not an SQLite file at all); "
            f"check that you chose the right file."
        )
    if len(header) < 100:
        raise CorruptDatabaseError(
            f"{path} is truncated (only {st.st_size} bytes); restore it from the backup "
            f"beside it or from the last merged copy."
        )
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    expected = page_size * page_count
    if page_count and st.st_size < expected:
        raise CorruptDatabaseError(
            f"{path} is truncated ({st.st_size} of {expected} bytes); restore it from the "
            f"backup beside it or from the last merged copy."
        )
    app_id = int.from_bytes(header[68:72], "big")
    user_version = int.from_bytes(header[60:64], "big")
    if app_id != APPLICATION_ID and _wal_has_frames(path):
        # A file still open elsewhere may have its newest first page only in the WAL.
        app_id, user_version = _header_through_sqlite(path, app_id, user_version)
    if app_id != APPLICATION_ID:
        raise ForeignDatabaseError(
            f"{path} is an SQLite database but not a Fieldwork inspection; open a file made "
            f"by 'fieldwork new', 'fieldwork demo' or 'fieldwork issue'."
        )
    _check_schema(path, user_version)
    # Header looks right: read a little through SQLite, read-only, to catch damage inside.
    try:
        # With no WAL beside it the file is complete: immutable=1 reads it without creating
        # -wal/-shm files.  With a WAL present, read-only mode reads through it.
        wal = Path(str(path) + "-wal").exists()
        flags = "mode=ro" if wal else "mode=ro&immutable=1"
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True)
        try:
            user_version = conn.execute("PRAGMA user_version").fetchone()[0]
            _check_schema(path, user_version)
            names = {
                r[0]
                for r in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = 'fieldwork'"
                )
            }
            unknown = names - known_migration_names()
            if unknown:
                raise NewerSchemaError(
                    f"{path} was written by a newer version of Fieldwork (it has schema "
                    f"steps this version does not know); update Fieldwork to open it."
                )
            conn.execute("SELECT k, v FROM meta").fetchall()
            conn.execute("SELECT count(*) FROM version").fetchone()
        finally:
            conn.close()
    except FieldworkError:
        raise
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(
            f"{path} is a damaged Fieldwork database ({exc}); restore it from the backup "
            f"beside it or from the last merged copy."
        ) from None


def _wal_has_frames(path: Path) -> bool:
    wal = Path(str(path) + "-wal")
    return wal.exists() and wal.stat().st_size > 32


def _header_through_sqlite(path: Path, app_id: int, user_version: int) -> tuple[int, int]:
    """application_id and user_version as SQLite sees them, WAL included (read-only)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return (
                int(conn.execute("PRAGMA application_id").fetchone()[0]),
                int(conn.execute("PRAGMA user_version").fetchone()[0]),
            )
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return app_id, user_version


def _check_schema(path: Path, user_version: int) -> None:
    if user_version > schema_version():
        raise NewerSchemaError(
            f"{path} was written by a newer version of Fieldwork (schema {user_version}; "
            f"this version reads up to {schema_version()}); update Fieldwork to open it."
        )


def _create_private_file(path: Path) -> None:
    """Create an empty file readable and writable by its owner only (0600)."""
    if path.exists():
        raise FieldworkError(
            f"{path} already exists; choose a new file name or move the old file away first."
        )
    if not path.parent.exists():
        raise NotADatabaseError(
            f"The folder {path.parent} does not exist; create it or choose another path."
        )
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        raise NotADatabaseError(f"Cannot create {path}: {exc.strerror}.") from None
    os.close(fd)
    os.chmod(path, 0o600)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode != "wal":  # pragma: no cover - e.g. a file system without shared memory
        conn.execute("PRAGMA journal_mode = DELETE")
    # FULL: a committed change survives a flat battery, not just a killed process.
    conn.execute("PRAGMA synchronous = FULL")
    return conn


@contextlib.contextmanager
def _savepoint(conn: sqlite3.Connection) -> Iterator[None]:
    """A transaction, or a savepoint inside one: rolled back if the block raises."""
    conn.execute("SAVEPOINT fieldwork")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK TO fieldwork")
        conn.execute("RELEASE fieldwork")
        raise
    conn.execute("RELEASE fieldwork")


class StoreBase:
    """The connection, the clock and the version machinery."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.path = path
        self.conn = conn
        self._lock = threading.RLock()
        self._meta: dict[str, str] = {
            k: v for k, v in conn.execute("SELECT k, v FROM meta").fetchall()
        }
        self.clock = HybridClock(*parse_hlc(self._meta.get("hlc_last", "0.0")))
        self._seq = int(self._meta.get("seq", "0"))
        body = conn.execute("SELECT body FROM framework").fetchone()
        if body is None:
            raise CorruptDatabaseError(
                f"{path} has no framework recorded; restore it from the backup beside it."
            )
        self.framework: Framework = Framework.model_validate_json(body[0])
        self._names: dict[str, str] | None = None

    # Opening and creating -----------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path) -> Any:
        """Open an existing inspection database, applying any pending migrations."""
        path = Path(path)
        inspect_file(path)
        with translate_errors(path):
            conn = _connect(path)
            try:
                if migrations.pending(conn):
                    migrations.apply(conn)
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                return cls(conn, path)
            except BaseException:
                conn.close()
                raise

    @classmethod
    def create_empty(
        cls,
        path: str | Path,
        framework: Framework,
        *,
        replica_id: str | None = None,
        inspection_id: str | None = None,
    ) -> Any:
        """A new file with the schema, the framework and fresh identities."""
        path = Path(path)
        _create_private_file(path)
        try:
            with translate_errors(path):
                conn = _connect(path)
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                migrations.apply(conn)
                with _savepoint(conn):
                    for k, v in {
                        "replica_id": replica_id or uuid7(),
                        "inspection_id": inspection_id or uuid7(),
                        "created_at": hlc_to_iso(HybridClock().now()),
                        "app_version": app_version(),
                        "hlc_last": "0.0",
                        "seq": "0",
                    }.items():
                        conn.execute("INSERT INTO meta (k, v) VALUES (?, ?)", (k, v))
                    conn.execute(
                        "INSERT INTO framework (id, body) VALUES (?, ?)",
                        (framework.id, dump_framework(framework)),
                    )
                # Put the header (application id, schema version) into the main file now,
                # so that the file is recognised even while this connection holds it open.
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                return cls(conn, path)
        except BaseException:
            with contextlib.suppress(OSError):
                for suffix in ("", "-wal", "-shm"):
                    Path(str(path) + suffix).unlink()
            raise

    def close(self) -> None:
        with self._lock:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("PRAGMA optimize")
            self.conn.close()

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Meta -------------------------------------------------------------------------------
    @property
    def replica_id(self) -> str:
        return self._meta["replica_id"]

    @property
    def inspection_id(self) -> str:
        return self._meta["inspection_id"]

    @property
    def me_id(self) -> str | None:
        """The inspector this database was issued to (or chosen with --as)."""
        return self._meta.get("issued_to") or None

    def _set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta (k, v) VALUES (?, ?) ON CONFLICT (k) DO UPDATE SET v = excluded.v",
            (key, value),
        )
        self._meta[key] = value

    @locked
    def set_me(self, inspector_id: str | None) -> None:
        """Who is working in this file (local to the file; never merged)."""
        with self._tx():
            self._set_meta("issued_to", inspector_id or "")

    @contextlib.contextmanager
    def _tx(self) -> Iterator[None]:
        """One write transaction.  BEGIN IMMEDIATE takes the write lock up front, so a
        read-then-write can never fail half-way because another process wrote first
        (sqlite-utils' `atomic()` uses a deferred BEGIN).  Nested calls use savepoints."""
        if self.conn.in_transaction:
            with _savepoint(self.conn):
                yield
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self._rollback()
                raise

    def _rollback(self) -> None:
        conn: sqlite3.Connection = self.conn
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        self._reload_counters()

    def _reload_counters(self) -> None:
        """After a rollback, forget clock and sequence values that were not stored."""
        self._meta = {k: v for k, v in self.conn.execute("SELECT k, v FROM meta").fetchall()}
        self._seq = int(self._meta.get("seq", "0"))

    def _rows(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        """Plain rows as dicts.  The cursor is used directly because these are the hot
        read paths (sqlite-utils' `query()` wraps each call in a savepoint)."""
        cur = self.conn.execute(sql, params)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    # Versions ---------------------------------------------------------------------------
    def _heads(self, kind: str, rid: str) -> list[VersionRow]:
        rows = self.conn.execute(
            f"SELECT {VERSION_COLUMNS} FROM version v WHERE tbl = ? AND rid = ? "
            "AND NOT EXISTS (SELECT 1 FROM parent p WHERE p.pvid = v.vid)",
            (kind, rid),
        ).fetchall()
        return [version_from_row(r) for r in rows]

    def _next_version(
        self,
        kind: str,
        rid: str,
        data: dict[str, Any] | None,
        parents: Sequence[str],
        author: str,
    ) -> tuple[VersionRow, str]:
        self._seq += 1
        hlc = self.clock.now()
        row = VersionRow(
            vid=uuid7(parse_hlc(hlc)[0]),
            tbl=kind,
            rid=rid,
            hlc=hlc,
            origin=self.replica_id,
            seq=self._seq,
            author=author,
            deleted=data is None,
            data=None if data is None else canonical_json(data),
        )
        return row, version_hash(row, parents)

    def _insert_versions(self, rows: Iterable[tuple[VersionRow, str, Sequence[str]]]) -> None:
        vrows: list[tuple[Any, ...]] = []
        prows: list[tuple[str, str]] = []
        for row, digest, parents in rows:
            vrows.append((*row.columns(), digest))
            prows.extend((row.vid, p) for p in parents)
        self.conn.executemany(
            f"INSERT INTO version ({VERSION_COLUMNS}, hash) VALUES (?,?,?,?,?,?,?,?,?,?)", vrows
        )
        self.conn.executemany("INSERT INTO parent (vid, pvid) VALUES (?, ?)", prows)
        self._set_meta("hlc_last", self.clock.value)
        self._set_meta("seq", str(self._seq))

    def _author(self, author: str | None) -> str:
        who = author or self.me_id
        if not who:
            raise NotFoundError(
                "No inspector is set for this database; pass --as NAME or issue the "
                "database to an inspector first."
            )
        return who

    def _write(self, record: Record, rid: str, author: str | None, *, resolve: bool = False) -> str:
        """Write a new version of a record (create or edit) and refresh its working row.

        An ordinary edit builds on the head the user was shown (the provisional winner
        and any heads identical to it); a resolution builds on every head.  So an
        ordinary edit never silently settles a conflict.
        """
        kind = record.kind
        who = self._author(author)
        with self._tx():
            parents = _edit_parents(self._heads(kind, rid), resolve)
            row, digest = self._next_version(kind, rid, record.data(), parents, who)
            self._insert_versions([(row, digest, parents)])
            self._materialize(kind, [rid])
        return rid

    def _delete(self, kind: str, rid: str, author: str | None) -> None:
        who = self._author(author)
        with self._tx():
            heads = self._heads(kind, rid)
            if not heads or winner(heads).deleted:
                raise NotFoundError(f"There is no {kind.replace('_', ' ')} with id {rid}.")
            parents = _edit_parents(heads, False)
            row, digest = self._next_version(kind, rid, None, parents, who)
            self._insert_versions([(row, digest, parents)])
            self._materialize(kind, [rid])

    def _restore(self, kind: str, rid: str, author: str | None) -> None:
        """Undo a delete: a new version carrying the content the delete replaced."""
        who = self._author(author)
        with self._tx():
            heads = self._heads(kind, rid)
            if not heads:
                raise NotFoundError(f"There is no {kind.replace('_', ' ')} with id {rid}.")
            top = winner(heads)
            if not top.deleted:
                return
            previous = self.conn.execute(
                "SELECT v.data FROM parent p JOIN version v ON v.vid = p.pvid "
                "WHERE p.vid = ? AND v.deleted = 0 ORDER BY v.hlc DESC, v.vid DESC LIMIT 1",
                (top.vid,),
            ).fetchone()
            if previous is None:
                raise NotFoundError(f"Nothing to restore for {kind} {rid}.")
            parents = [h.vid for h in heads]
            row, digest = self._next_version(kind, rid, json.loads(previous[0]), parents, who)
            self._insert_versions([(row, digest, parents)])
            self._materialize(kind, [rid])

    def _bulk_create(self, records: Sequence[tuple[str, Record]], author: str) -> None:
        """Create many new records in one transaction (demo data, imports, issuing)."""
        versions = []
        by_kind: dict[str, list[tuple[str, VersionRow]]] = {}
        for rid, record in records:
            row, digest = self._next_version(record.kind, rid, record.data(), (), author)
            versions.append((row, digest, ()))
            by_kind.setdefault(record.kind, []).append((rid, row))
        with self._tx():
            self._insert_versions(versions)
            for kind, items in by_kind.items():
                self._write_working_rows(kind, [(rid, row, row, False) for rid, row in items])

    def _materialize(self, kind: str, rids: Iterable[str]) -> None:
        """Recompute the working rows of these records from their heads."""
        live: list[tuple[str, VersionRow, VersionRow, bool]] = []
        gone: list[str] = []
        for rid in rids:
            heads = self._heads(kind, rid)
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
        cols = _columns(kind)
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

    def _now_iso(self) -> str:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def _edit_parents(heads: Sequence[VersionRow], resolve: bool) -> list[str]:
    if not heads:
        return []
    if resolve:
        return sorted(h.vid for h in heads)
    top = winner(heads)
    return sorted(h.vid for h in heads if h.content == top.content)
