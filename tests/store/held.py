"""Another thread inside a write transaction, for tests of what waits on a write in
progress (a long merge or import, or a colleague's file being merged) and what does not."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from store.store import Store

WAIT = 60.0
"""Seconds a step may take before the test calls it stuck (a bound on a hang, not a
timing: each step takes milliseconds)."""


@dataclass
class HeldWrite:
    """The thread holding the write; `release()` commits it and waits for the thread
    (again is harmless)."""

    thread: threading.Thread
    _release: threading.Event = field(repr=False)

    def release(self) -> None:
        self._release.set()
        self.thread.join()


@contextlib.contextmanager
def write_held(store: Store, write: Callable[[], object] | None = None) -> Iterator[HeldWrite]:
    """Another thread inside a write transaction on `store` for as long as the block runs
    (or until `release()`): the store's lock and SQLite's write lock are held.  `write`
    is what it writes, uncommitted until then (by default, a row rewritten unchanged)."""
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with store.transaction():
            if write is None:
                store.conn.execute("UPDATE meta SET v = v WHERE k = 'seq'")
            else:
                write()
            holding.set()
            release.wait(WAIT)

    held = HeldWrite(threading.Thread(target=hold), release)
    held.thread.start()
    assert holding.wait(WAIT)
    try:
        yield held
    finally:
        held.release()
