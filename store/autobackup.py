"""A backup of the work recorded in a file between merges.

Merges write a backup beside the target (`NAME.bak-TIME`), but a lead recording in the
master, or an inspector in their own file, between merges had none of that work: a
damaged master put back from the last merge's backup lost the lead's afternoon (tester
27, F10: 11 notes and 10 gradings, with nothing saying which).  So a file whose newest
backup is older than `EVERY` and that has changed since gets one more, the same kind
of backup (checked, its owner's only, the newest five kept), after a command that
changed it and, in the workbench, from a worker thread every few minutes.

The copy is read through a connection of its own, never the app's, so the workbench
does not wait on it while someone types.  A file with no backup yet (a master not merged,
an inspector's file as issued) gets its first once its inspection is older than
`EVERY`."""

from __future__ import annotations

import contextlib
import glob
import sqlite3
import time
from pathlib import Path

from store.fileinfo import SIDE_FILES, ro_uri
from store.integrity import created_ms
from store.replicas import DEFAULT_KEEP_BACKUPS, backup_name, prune_backups, write_copy

EVERY = 3600.0
"""Seconds after which a changed file's newest backup is old enough for another."""


def newest_backup_time(db: Path) -> float | None:
    """When the newest backup beside `db` was written (by its file's time), or None."""
    times = [
        p.stat().st_mtime
        for p in db.parent.glob(f"{glob.escape(db.name)}.bak-*")
        if p.is_file() and not p.name.endswith(SIDE_FILES)
    ]
    return max(times, default=None)


def _created(db: Path) -> float | None:
    """When the inspection `db` holds was created (seconds), or None where unreadable:
    a file with no backup (a master not merged yet, an inspector's file as issued) gets
    its first once the inspection is older than `EVERY`."""
    try:
        with contextlib.closing(sqlite3.connect(ro_uri(db), uri=True)) as conn:
            return created_ms(conn) / 1000
    except sqlite3.Error:
        return None


def changed_at(db: Path) -> float:
    """When `db` last changed: the file or its write-ahead log, whichever is later."""
    wal = Path(f"{db}-wal")
    return max(db.stat().st_mtime, wal.stat().st_mtime if wal.exists() else 0.0)


def backup_if_stale(db: Path, every: float = EVERY, now: float | None = None) -> Path | None:
    """Back up `db` beside itself when its newest backup is older than `every` seconds
    and it has changed since; the backup written, or None."""
    newest = newest_backup_time(db)
    now = time.time() if now is None else now
    if newest is None:  # none yet: one once the inspection is older than `every`
        newest = _created(db)
    if newest is None or now - newest < every or changed_at(db) <= newest:
        return None
    dest, another = backup_name(db, now)
    with contextlib.closing(sqlite3.connect(ro_uri(db), uri=True)) as conn:
        made = write_copy(conn, dest, db, another=another)
    prune_backups(db, DEFAULT_KEEP_BACKUPS)
    return made
