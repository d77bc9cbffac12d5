"""Putting a file back from a backup (`fieldwork restore`; tester 17, F8: a lead with a
damaged master was told to "restore it from the backup beside it", and had to work out
which of five `NAME.bak-TIME` files, and to move the damaged one and its -wal and -shm
aside by hand).

The newest backup beside the file that reads as a sound Fieldwork database of the same
inspection is copied into its place (or the file `--from` names).  The damaged file is
not deleted: it is moved aside, with its SQLite side files, as `NAME.damaged-TIME`, so
nothing a lead may still need is lost.  What arrived after the backup was made comes
back by merging the team's files again: versions already present are skipped.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from store.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    FieldworkError,
    InvalidInputError,
    sqlite_said,
)
from store.fileinfo import SIDE_FILES, backups_of, inspect_file, ro_uri
from store.holders import holder_phrase, holders
from store.ids import hlc_to_iso
from store.models import Model


class Restored(Model):
    """What `restore` did."""

    path: str
    source: str
    moved_aside: str | None = None
    """Where the file it replaced now is (None when there was none)."""
    passed_over: list[str] = []
    """Newer backups that did not read as sound, each with why."""
    title: str = ""
    """The title of the inspection the restored file holds."""
    last_own: str | None = None
    """When the newest change the file made itself, of those the restored copy holds,
    was made (UTC, ISO): the file's own changes after it were only in the damaged file,
    which seldom reads at all (tester 28: a lead could not tell which of their own
    changes to redo)."""


def unsound(path: Path) -> str | None:
    """Why `path` is no sound Fieldwork database, or None."""
    try:
        inspect_file(path, role="source")
        with sqlite3.connect(ro_uri(path), uri=True) as conn:
            said = conn.execute("PRAGMA quick_check").fetchone()[0]
        conn.close()
    except FieldworkError as exc:
        return str(exc)
    except sqlite3.DatabaseError as exc:
        return sqlite_said(exc)
    return None if said == "ok" else str(said)


def _inspection(path: Path, column: str = "id") -> str | None:
    """The inspection a file holds (its id, or another column of it), or None when it
    cannot be read."""
    try:
        with sqlite3.connect(ro_uri(path), uri=True) as conn:
            row = conn.execute(f"SELECT {column} FROM inspection LIMIT 1").fetchone()
        conn.close()
    except (sqlite3.DatabaseError, OSError):
        return None
    return str(row[0] or "") if row else None


def restore(db: Path, source: Path | None = None, now: dt.datetime | None = None) -> Restored:
    """Put back `db` from `source`, or from the newest sound backup beside it."""
    if holders(db):
        raise DatabaseLockedError(
            f"{db} is in use: {holder_phrase(db)} holds it; close it, then restore."
        )
    if db.exists() and unsound(db) is None:
        raise InvalidInputError(
            f"{db} reads as sound: nothing to restore (a backup is older, so putting one "
            f"back would undo later work); to go back to one all the same, move {db.name} "
            f"aside first."
        )
    tried = [source] if source is not None else backups_of(db)[::-1]
    if not tried:
        raise InvalidInputError(
            f"No backup lies beside {db} (each merge writes one, {db.name}.bak-TIME); "
            f"restore from the last copy merged elsewhere with --from FILE."
        )
    passed: list[str] = []
    chosen = None
    for path in tried:
        fault = unsound(path)
        if fault is None:
            chosen = path
            break
        passed.append(f"{path.name} ({fault})")
    if chosen is None:
        raise CorruptDatabaseError(
            f"No backup of {db} reads as sound ({'; '.join(passed)}); restore from the "
            f"last copy merged elsewhere with --from FILE."
        )
    # Which inspection the file holds: its own word, else its backups' (a damaged file
    # may not say); a file of another inspection is never put in its place.
    known = (_inspection(db) if db.exists() else None) or next(
        (i for b in backups_of(db) if (i := _inspection(b))), None
    )
    if known is not None and _inspection(chosen) != known:
        raise InvalidInputError(
            f"{chosen} holds another inspection than {db}; give a backup of this file."
        )
    done = _put_back(db, chosen, passed, now or dt.datetime.now())
    done.title = _inspection(db, "title") or ""
    done.last_own = _last_own(db)
    return done


def _last_own(path: Path) -> str | None:
    """When the newest version `path` wrote itself was made (None if it wrote none)."""
    try:
        with sqlite3.connect(ro_uri(path), uri=True) as conn:
            row = conn.execute(
                "SELECT max(v.hlc) FROM version v JOIN meta m ON m.k = 'replica_id' "
                "WHERE v.origin = m.v"
            ).fetchone()
        conn.close()
    except sqlite3.DatabaseError:
        return None
    return hlc_to_iso(row[0]) if row and row[0] else None


def _put_back(db: Path, chosen: Path, passed: list[str], now: dt.datetime) -> Restored:
    """Copy `chosen` into a new file beside `db`, move `db` and its side files aside,
    and put the copy in its place (the copy is whole before anything moves)."""
    fresh = db.with_name(f".{db.name}.restoring")
    fresh.unlink(missing_ok=True)
    fd = os.open(fresh, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    with sqlite3.connect(ro_uri(chosen), uri=True) as src, sqlite3.connect(fresh) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    aside = None
    if db.exists():
        aside = db.with_name(f"{db.name}.damaged-{now:%Y%m%dT%H%M%S}")
        os.replace(db, aside)
        for side in SIDE_FILES:
            if Path(f"{db}{side}").exists():
                os.replace(f"{db}{side}", f"{aside}{side}")
    os.replace(fresh, db)
    os.chmod(db, 0o600)
    return Restored(path=str(db), source=str(chosen),
                    moved_aside=str(aside) if aside else None, passed_over=passed)  # fmt: skip
