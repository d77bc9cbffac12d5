"""Read connections: reads from worker threads that never wait for the writer.

The store's own connection belongs to the thread that opened it and does every write,
under the store's lock (`store.connection.locked`).  A read made from any other thread
(a TUI worker) with a method marked `@reading` runs instead on a read connection of its
own, taken from this pool for the length of the call: in WAL mode readers and the
writer do not block one another, so the judgements list is not held up behind Home's
summary or behind a save, and a long read holds up nobody.  Each read is one snapshot
(BEGIN ... COMMIT on its connection); a read connection is `query_only`, so a write that
strayed onto one fails at once instead of escaping the writer's lock.

A read can be cancelled: inside `cancelled_by(check)`, this thread's reads run SQLite's
progress handler, and once `check()` is true the statement stops and `ReadCancelled`
is raised (Home stops reading when the user leaves it).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from store.errors import FieldworkError

IDLE_KEPT = 4
"""Read connections kept open for reuse (more are opened while more threads read)."""

CHECK_EVERY = 4000
"""SQLite virtual-machine steps between two looks at whether a read is cancelled."""


class ReadCancelled(FieldworkError):
    """A read stopped because whoever asked for it no longer wants it."""


class ReadPool:
    """Read connections to one database file, lent to one thread at a time."""

    def __init__(self, path: Path, busy_timeout_ms: int) -> None:
        self.path = path
        self.busy_timeout_ms = busy_timeout_ms
        self._idle: list[sqlite3.Connection] = []
        self._lent: set[sqlite3.Connection] = set()
        self._guard = threading.Lock()
        self._closed = False
        self._trace: Callable[[str], object] | None = None
        self.local = threading.local()
        """Per thread: `conn` (the read connection it is using) and `cancelled`."""

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            str(self.path),
            check_same_thread=False,
            timeout=self.busy_timeout_ms / 1000,
            isolation_level=None,
        )
        conn.execute(f"PRAGMA busy_timeout = {self.busy_timeout_ms}")
        conn.execute("PRAGMA query_only = ON")
        return conn

    def set_trace(self, callback: Callable[[str], object] | None) -> None:
        """Send every statement of every read connection to `callback` (None: stop)."""
        with self._guard:
            self._trace = callback
            for conn in (*self._idle, *self._lent):
                conn.set_trace_callback(callback)

    @contextlib.contextmanager
    def lend(self) -> Iterator[sqlite3.Connection]:
        """A read connection for this thread, inside one read transaction (a snapshot)."""
        with self._guard:
            if self._closed:
                raise FieldworkError(f"{self.path} is closed; open it again to read it.")
            conn = self._idle.pop() if self._idle else None
        if conn is None:
            conn = self._open()
        with self._guard:
            self._lent.add(conn)
            conn.set_trace_callback(self._trace)
        cancelled: Callable[[], bool] | None = getattr(self.local, "cancelled", None)
        if cancelled is not None:
            conn.set_progress_handler(lambda: 1 if cancelled() else 0, CHECK_EVERY)
        self.local.conn = conn
        try:
            conn.execute("BEGIN")
            try:
                yield conn
            except sqlite3.OperationalError as exc:
                if cancelled is not None and cancelled():
                    raise ReadCancelled("The read was cancelled.") from exc
                raise
            finally:
                if conn.in_transaction:
                    conn.execute("COMMIT")
        finally:
            self.local.conn = None
            conn.set_progress_handler(None, 0)
            self._give_back(conn)

    def _give_back(self, conn: sqlite3.Connection) -> None:
        with self._guard:
            self._lent.discard(conn)
            keep = not self._closed and len(self._idle) < IDLE_KEPT
            if keep:
                self._idle.append(conn)
        if not keep:
            conn.close()

    def close(self) -> None:
        """Close the idle connections; one lent now is closed when it comes back."""
        with self._guard:
            self._closed = True
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()
