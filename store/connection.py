"""The connection: opening and creating a file, the lock, transactions, errors.

`StoreBase` owns the writing connection of an open database.  Every public Store
method runs under the store's re-entrant lock (`@locked`), so thread workers in the
TUI can call it safely, and SQLite errors come out as one-sentence `FieldworkError`s
(`translate_errors`).  `transaction()` is one write transaction (BEGIN IMMEDIATE);
nested, it is a savepoint.  Methods that only read are marked `@reading`: called from
another thread than the one that opened the store, they run on a read connection of
that thread's own, without the lock (`store/reads.py`).
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, ParamSpec, Self, TypeVar

from store import heldfiles, migrations
from store.errors import (
    CorruptDatabaseError,
    FieldworkError,
    InvalidInputError,
    NotADatabaseError,
    NotFoundError,
)
from store.fileinfo import inspect_file
from store.framework import Framework, dump_framework
from store.ids import HybridClock, format_hlc, hlc_to_iso, parse_hlc, uuid7
from store.reads import ReadPool
from store.sqlerrors import translate_errors

BUSY_TIMEOUT_MS = 5000
HANDED_OVER = "handed_over"
"""meta key: why this master writes nothing more (handed over as a copy to someone)."""

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


@functools.lru_cache(maxsize=8)
def stored_framework(body: str) -> Framework:
    """The framework a file holds (its stored JSON), validated once a process for each
    text: a command opens the same file many times (the four-week walk 580), and the
    validation was a quarter of an open.  The model is frozen and nothing changes its
    lists, so every store of the same text shares it."""
    return Framework.model_validate_json(body)


def _named(wrapper: Callable[P, R], method: Callable[P, R]) -> Callable[P, R]:
    """`wrapper` carrying `method`'s name and docstring (as help and tracebacks show it)."""
    wrapper.__name__ = method.__name__
    wrapper.__doc__ = method.__doc__
    wrapper.__qualname__ = method.__qualname__
    return wrapper


def locked(method: Callable[P, R]) -> Callable[P, R]:
    """Run a Store method under the store's lock, translating SQLite errors.  Inside a
    read on this thread's own read connection (`reading`) no lock is needed."""

    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        self: StoreBase = args[0]  # type: ignore[assignment]
        with self._serial(), translate_errors(self.path):
            return method(*args, **kwargs)

    return _named(wrapper, method)


def reading(method: Callable[P, R]) -> Callable[P, R]:
    """A Store method that only reads.  From the thread that opened the store (the
    command line, the tests) or inside a transaction it runs like `locked`; from any
    other thread (a TUI worker) on a read connection of that thread's own, one
    snapshot, without waiting for the lock: a long read holds up no other reader and no
    writer, and no writer holds it up (WAL)."""
    serial = locked(method)

    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        self: StoreBase = args[0]  # type: ignore[assignment]
        if not self._reads_apart():
            return serial(*args, **kwargs)
        with translate_errors(self.path), self._reads.lend():
            return method(*args, **kwargs)

    return _named(wrapper, method)


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
    conn.execute("PRAGMA temp_store = MEMORY")
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
        self._writer = conn
        self._held_key = heldfiles.hold(path)
        """This process holds the file: nothing in it may read it by a file handle."""
        self._lock = threading.RLock()
        self._owner = threading.get_ident()
        """The thread that opened the store: its reads use the writing connection."""
        self._held = threading.local()
        """Per thread: `depth`, how deep it is inside the lock."""
        self._reads = ReadPool(path, BUSY_TIMEOUT_MS)
        self._wal = conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        self.checkpoint_writes = False
        """Copy each committed write from the write-ahead log into the file itself, for
        a session that keeps the file open (the workbench): a copy of the file alone,
        as to a USB stick while it is open, then holds every saved note (tester 23,
        F5).  A command closing the file does this anyway."""
        self._meta: dict[str, str] = {
            k: v for k, v in conn.execute("SELECT k, v FROM meta").fetchall()
        }
        self.clock = HybridClock(*parse_hlc(_bounded_hlc(self._meta.get("hlc_last", "0.0"))))
        self._seq = int(self._meta.get("seq", "0"))
        body = conn.execute("SELECT body FROM framework").fetchone()
        if body is None:
            raise CorruptDatabaseError(
                f"{path} has no framework recorded; put back the newest sound backup beside "
                f"it with 'fieldwork restore {path}'."
            )
        self.framework: Framework = stored_framework(body[0])
        self._names: dict[str, str] | None = None
        self._acting: str | None = None

    def change_stamp(self) -> tuple[int, int]:
        """A value that changes whenever the file's content may have: a commit through
        another connection (`PRAGMA data_version`, a merge run beside the workbench) or a
        change through this one (`total_changes`).  Equal stamps: nothing was written
        in between, so what was read from the file then still holds."""
        with self._lock:
            version = self._writer.execute("PRAGMA data_version").fetchone()[0]
            return int(version), self._writer.total_changes

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
                migrations.write_schema(conn)  # with the application id in its header
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
        """Close the connections.  Nothing is written on closing: a command that only
        read a file, or refused to change it, leaves it byte-for-byte as it was
        (SQLite's statistics are refreshed after bulk writes instead: `_optimize`)."""
        self._reads.close()
        with self._lock:
            self._writer.close()
        heldfiles.release(self._held_key)
        self._held_key = None

    # The connection in use, the lock, read connections --------------------------------
    @property
    def conn(self) -> sqlite3.Connection:
        """The connection this thread uses now: its read connection inside a read
        (`reading`), else the writing connection."""
        return getattr(self._reads.local, "conn", None) or self._writer

    @contextlib.contextmanager
    def _serial(self) -> Iterator[None]:
        """Hold the store's lock, unless this thread is reading on its own connection."""
        if getattr(self._reads.local, "conn", None) is not None:
            yield
            return
        with self._lock:
            self._held.depth = getattr(self._held, "depth", 0) + 1
            try:
                yield
            finally:
                self._held.depth -= 1

    def _reads_apart(self) -> bool:
        """Whether a read now goes to a read connection of this thread's own: not on the
        thread that opened the store, not inside the lock, and the file is in WAL mode
        (otherwise readers would wait for writers all the same)."""
        return (
            self._wal
            and threading.get_ident() != self._owner
            and not getattr(self._held, "depth", 0)
            and getattr(self._reads.local, "conn", None) is None
        )

    @contextlib.contextmanager
    def cancelled_by(self, check: Callable[[], bool]) -> Iterator[None]:
        """This thread's reads inside the block stop with `ReadCancelled` once `check()`
        is true (a screen's worker passes its own `is_cancelled`).  Only reads on a read
        connection of the thread's own stop; the writing connection is never interrupted."""
        local = self._reads.local
        before = getattr(local, "cancelled", None)
        local.cancelled = check
        try:
            yield
        finally:
            local.cancelled = before

    def set_trace_callback(self, callback: Callable[[str], object] | None) -> None:
        """Send every SQL statement the store runs, on any of its connections, to
        `callback` (None: stop); for tests that count statements."""
        self._writer.set_trace_callback(callback)
        self._reads.set_trace(callback)

    def _optimize(self) -> None:
        """Let SQLite refresh its query-planner statistics after a bulk write, each
        table sampled (`analysis_limit`, as SQLite advises for `optimize`): a full
        ANALYZE read the whole version table on the first merge after the file grew."""
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA analysis_limit = 400")
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

    @property
    def handed_over(self) -> str:
        """Why this master records nothing more ("" while it does): it was handed over
        as a copy (`ReplicasMixin.hand_over_as_copy`)."""
        return self._meta.get(HANDED_OVER, "")

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
        with self._serial(), translate_errors(self.path), self._tx():
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
        self.refuse_if_moved()
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self._reload_counters()
            if handed := self._meta.get(HANDED_OVER):
                raise InvalidInputError(handed)  # `store.roles.hand_over_as_copy`
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
            if self.checkpoint_writes and self._wal:
                # PASSIVE: never waits for a reader; what a reader still needs is
                # copied at the next write.  A failed copy loses nothing: the write is
                # in the log, and SQLite reads it from there.
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def moved_under(self) -> str:
        """What to tell the user when another program deleted this open file's
        write-ahead log, or deleted or replaced the file ("" when neither): what is
        written through this connection would then go to no file on disk."""
        what = heldfiles.moved_under(self.path, self._held_key, self._wal)
        if not what:
            return ""
        return (f"{self.path.name} was changed on disk by another program while it was "
                f"open here ({what}), so nothing more can be saved to it safely: copy what "
                "you typed, quit, and open the file again.")  # fmt: skip

    def refuse_if_moved(self) -> None:
        """Refuse to write when the file moved under this connection (`moved_under`;
        tester 32, F4: a note typed after its log was deleted went into a log no longer
        on disk, and was lost).  Saying so keeps the words on the screen that typed them."""
        if said := self.moved_under():
            raise CorruptDatabaseError(said)

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
