"""The database files this process holds open, so that nothing in it reads one of them
with an ordinary file handle.

SQLite's locks on a database file are POSIX advisory locks, which belong to the process
and the file, not to the handle that took them: closing *any* handle this process has on
the file releases them all (SQLite's own connections know this and keep their handles
until the last lock is gone; a plain `open()` does not).  A workbench that had read the
first bytes of its own file (the backup every few minutes asks whether the file is in
WAL mode) had lost its shared lock without knowing; a `fieldwork merge` into the file
from another process then found no other holder when it closed, checkpointed the
write-ahead log and deleted it under the workbench, whose next notes went into a log no
longer on disk: tester 32, F4 ("rachel.db is truncated", one note lost) and tester 31, F16.

So every Store registers its file here while it is open (`hold`, `release`), and the
few places that read a file's bytes themselves (the header check, the WAL-mode test, the
merge log's digest: `store/fileinfo.py`) ask `held` first and, for a file held here, read
through SQLite instead.  Files are told apart by device and inode, as the locks are.
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from pathlib import Path

_HELD: Counter[tuple[int, int]] = Counter()
_LOCK = threading.Lock()


def _key(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def hold(path: Path) -> tuple[int, int] | None:
    """Note that a connection of this process holds `path` open; the key to release."""
    key = _key(path)
    if key is not None:
        with _LOCK:
            _HELD[key] += 1
    return key


def release(key: tuple[int, int] | None) -> None:
    """A connection `hold` noted is closed."""
    if key is None:
        return
    with _LOCK:
        _HELD[key] -= 1
        if _HELD[key] <= 0:
            del _HELD[key]


def held(path: Path) -> bool:
    """Whether a connection of this process holds `path` open (then it must not be read
    with an ordinary file handle)."""
    key = _key(path)
    with _LOCK:
        return key is not None and key in _HELD


def moved_under(path: Path, key: tuple[int, int] | None, wal: bool) -> str:
    """What another program did to a file this process holds open, in a few words ("" if
    nothing): its write-ahead log deleted ("its write-ahead log was deleted"), or the
    file itself deleted or replaced by another (a backup copied over it).  Either way
    what is written through the open connection goes to no file on disk.  Two `stat`
    calls: cheap enough for every write."""
    if key is None:
        return ""
    now = _key(path)
    if now is None:
        return "it was deleted"
    if now != key:
        return "another file was put in its place"
    if wal and not Path(f"{path}-wal").exists():
        return "its write-ahead log was deleted"
    return ""
