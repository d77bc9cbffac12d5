"""The connection: opening and creating a file, the lock, transactions, errors.

`StoreBase` owns the one SQLite connection of an open database.  Every public Store
method runs under the store's re-entrant lock (`@locked`), so thread workers in the
TUI can call it safely, and SQLite errors come out as one-sentence `FieldworkError`s
(`translate_errors`).  `transaction()` is one write transaction (BEGIN IMMEDIATE);
nested, it is a savepoint.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, ParamSpec, Self, TypeVar

from store import migrations
from store.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    DiskFullError,
    FieldworkError,
    NotADatabaseError,
    NotFoundError,
    ReadOnlyError,
)
from store.fileinfo import inspect_file
from store.framework import Framework, dump_framework
from store.ids import HybridClock, format_hlc, hlc_to_iso, parse_hlc, uuid7
from store.migrations import APPLICATION_ID

BUSY_TIMEOUT_MS = 5000

P = ParamSpec("P")
R = TypeVar("R")


@functools.cache
def app_version() -> str:
    """This Fieldwork's version, as installed (read once per process: every merge logs
    it, and reading the package metadata costs a few milliseconds each time)."""
    from importlib import metadata  # not at module level: it slows start-up

    try:
        return metadata.version("fieldwork")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "0+unknown"


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
        raise operational_error(path, exc) from None
    except sqlite3.DatabaseError as exc:
        if type(exc) is not sqlite3.DatabaseError:  # IntegrityError etc. are our bugs
            raise
        raise CorruptDatabaseError(
            f"{path} is damaged ({exc}); restore it from the backup beside it "
            f"or from the last merged copy."
        ) from None
    except UnicodeDecodeError:
        raise CorruptDatabaseError(
            f"{path} holds damaged text (not valid UTF-8); run 'fieldwork check {path}' "
            f"and restore the file from the newest backup it passes."
        ) from None
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFullError(
                f"The disk holding {path} is full; free some space and try again."
            ) from None
        raise


def locked_error(path: Path) -> DatabaseLockedError:
    """The sentence for a file another process holds: who, if this system says."""
    from store.holders import holder_phrase

    return DatabaseLockedError(
        f"{path} is in use: {holder_phrase(path)} is writing to it or holds it locked; "
        f"wait for that to finish (or close it) and try again."
    )


def operational_error(path: Path, exc: sqlite3.OperationalError) -> BaseException:
    """An SQLite operational error on the store's own file, as one true sentence."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return locked_error(path)
    if "full" in text:
        return DiskFullError(
            f"The disk holding {path} is full; nothing was saved from this change: "
            f"free some space and try again."
        )
    if "readonly" in text or "read-only" in text:
        return ReadOnlyError(
            f"{path} cannot be written (the file or its folder is read-only); nothing was "
            f"changed: check its permissions, or copy it to a folder you own."
        )
    if "unable to open" in text:
        return ReadOnlyError(
            f"{path} cannot be opened for writing: Fieldwork writes beside it in "
            f"{path.parent}, which it may not write to; check the folder's permissions, or "
            f"copy the file to a folder you own."
        )
    if "disk I/O error" in text and _nearly_full(path.parent):
        return DiskFullError(
            f"The disk holding {path} is full; nothing was saved from this change: "
            f"free some space and try again."
        )
    if "disk I/O error" in text:
        return DiskFullError(
            f"Reading or writing {path} failed (disk I/O error); nothing was changed: check "
            f"that the disk is present and has free space, and try again."
        )
    return exc


def _nearly_full(folder: Path) -> bool:
    """Whether the file system holding `folder` has (almost) no space left: SQLite
    reports a full disk met while writing its WAL as an I/O error."""
    try:
        st = os.statvfs(folder)
    except OSError:
        return False
    return st.f_bavail * st.f_frsize < 1 << 20


def create_private_file(path: Path) -> None:
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


def connect(path: Path) -> sqlite3.Connection:
    """The store's connection: WAL, foreign keys, busy timeout, synchronous=FULL."""
    # isolation_level=None: no transaction is ever opened behind our back; every write
    # is inside transaction() (BEGIN IMMEDIATE), every multi-statement read inside BEGIN.
    conn = sqlite3.connect(
        str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode != "wal":  # pragma: no cover - e.g. a file system without shared memory
        conn.execute("PRAGMA journal_mode = DELETE")
    # FULL: a committed change survives a flat battery, not just a killed process.
    conn.execute("PRAGMA synchronous = FULL")
    return conn


@contextlib.contextmanager
def savepoint(conn: sqlite3.Connection) -> Iterator[None]:
    """A transaction, or a savepoint inside one: rolled back if the block raises."""
    conn.execute("SAVEPOINT fieldwork")
    try:
        yield
    except BaseException:
        # Some errors (a full disk, an interrupt) make SQLite roll back the whole
        # transaction itself; then there is no savepoint left to roll back to.
        if conn.in_transaction:
            conn.execute("ROLLBACK TO fieldwork")
            conn.execute("RELEASE fieldwork")
        raise
    conn.execute("RELEASE fieldwork")


MAX_CLOCK_AHEAD_MS = 5 * 60 * 1000
"""How far ahead of this computer's clock a stored or received clock value is adopted."""


def _bounded_hlc(value: str) -> str:
    """A stored clock value, garbled or far ahead of this computer's clock, is not
    adopted beyond MAX_CLOCK_AHEAD_MS ahead (a file that once took a clock from a
    laptop days fast heals on its next write)."""
    try:
        ms, counter = parse_hlc(value)
    except ValueError:
        return "0.0"
    limit = time.time_ns() // 1_000_000 + MAX_CLOCK_AHEAD_MS
    return format_hlc(ms, counter) if ms <= limit else format_hlc(limit, 0)


class StoreBase:
    """The connection, the file's identity (meta), the clock and transactions."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.path = path
        self.conn = conn
        self._lock = threading.RLock()
        self._meta: dict[str, str] = {
            k: v for k, v in conn.execute("SELECT k, v FROM meta").fetchall()
        }
        self.clock = HybridClock(*parse_hlc(_bounded_hlc(self._meta.get("hlc_last", "0.0"))))
        self._seq = int(self._meta.get("seq", "0"))
        body = conn.execute("SELECT body FROM framework").fetchone()
        if body is None:
            raise CorruptDatabaseError(
                f"{path} has no framework recorded; restore it from the backup beside it."
            )
        self.framework: Framework = Framework.model_validate_json(body[0])
        self._names: dict[str, str] | None = None
        self._acting: str | None = None

    # Opening and creating -----------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path) -> Self:
        """Open an existing inspection database, applying any pending migrations."""
        path = Path(path)
        inspect_file(path)
        with translate_errors(path):
            conn = connect(path)
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
    ) -> Self:
        """A new file with the schema, the framework and fresh identities."""
        path = Path(path)
        create_private_file(path)
        try:
            with translate_errors(path):
                conn = connect(path)
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                migrations.apply(conn)
                with savepoint(conn):
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
        """Close the connection.  Nothing is written on closing: a command that only
        read a file, or refused to change it, leaves it byte-for-byte as it was
        (SQLite's statistics are refreshed after bulk writes instead: `_optimize`)."""
        with self._lock:
            self.conn.close()

    def _optimize(self) -> None:
        """Let SQLite refresh its query-planner statistics after a bulk write."""
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA optimize")

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Meta -------------------------------------------------------------------------------
    @property
    def replica_id(self) -> str:
        """This file's identity (one per laptop install)."""
        return self._meta["replica_id"]

    @property
    def inspection_id(self) -> str:
        """The inspection every file issued from one master shares."""
        return self._meta["inspection_id"]

    @property
    def me_id(self) -> str | None:
        """Who the changes made through this store are by: the inspector chosen with
        `set_me` (--as, "work as") for this session, else whom the file is issued to."""
        return self._acting or self.issued_to

    @property
    def issued_to(self) -> str | None:
        """The inspector this database was issued to (stored in the file)."""
        return self._meta.get("issued_to") or None

    def _set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta (k, v) VALUES (?, ?) ON CONFLICT (k) DO UPDATE SET v = excluded.v",
            (key, value),
        )
        self._meta[key] = value

    def set_me(self, inspector_id: str | None) -> None:
        """Work as this inspector for as long as this store is open (--as, the
        workbench's "work as"): the author of the changes made through it.  Nothing is
        written: whom the file is issued to never changes this way."""
        self._acting = inspector_id or None

    @locked
    def issue_to(self, inspector_id: str) -> None:
        """Record in the file whom it is issued to (a new master: its lead)."""
        with self.transaction():
            self._set_meta("issued_to", inspector_id)

    def _author(self, author: str | None) -> str:
        who = author or self.me_id
        if not who:
            raise NotFoundError(
                "No inspector is set for this database; pass --as NAME or issue the "
                "database to an inspector first."
            )
        return who

    # Transactions -----------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction: every write inside it is kept, or none is.

        BEGIN IMMEDIATE takes the write lock up front, so a read-then-write can never
        fail half-way because another process wrote first (sqlite-utils' `atomic()` uses
        a deferred BEGIN).  Nested calls use savepoints.  Holds the store's lock and
        turns SQLite errors into FieldworkErrors, like every public method."""
        with self._lock, translate_errors(self.path), self._tx():
            yield

    @contextlib.contextmanager
    def _tx(self) -> Iterator[None]:
        """`transaction()` without the lock or the error translation: for code that
        already holds the lock and must decide itself which file an error is about
        (a merge reads the source inside the target's transaction)."""
        if self.conn.in_transaction:
            with savepoint(self.conn):
                yield
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self._reload_counters()
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
        """Read the file's identity, sequence and clock afresh: at the start of every
        write transaction (another process may have written since: the workbench and
        CLI commands share files) and after a rollback (forget what was not stored).
        The sequence continues past every version of this origin the file holds (a
        file restored from a backup may have merged its own later versions back)."""
        self._meta = {k: v for k, v in self.conn.execute("SELECT k, v FROM meta").fetchall()}
        held = self.conn.execute(
            "SELECT max(seq) FROM version WHERE origin = ?", (self._meta.get("replica_id"),)
        ).fetchone()[0]
        self._seq = max(int(self._meta.get("seq", "0")), held if isinstance(held, int) else 0)
        self.clock.receive(_bounded_hlc(self._meta.get("hlc_last", "0.0")))

    # Reads ------------------------------------------------------------------------------
    def _rows(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        """Plain rows as dicts.  The cursor is used directly because these are the hot
        read paths (sqlite-utils' `query()` wraps each call in a savepoint)."""
        cur = self.conn.execute(sql, params)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def _now_iso(self) -> str:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
