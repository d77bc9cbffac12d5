"""SQLite and OS errors on the store's file, as one-sentence `FieldworkError`s."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from store.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    DiskFullError,
    FieldworkError,
    ReadOnlyError,
    sqlite_said,
)
from store.fileinfo import advice, source_error


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
            f"{path} is damaged ({sqlite_said(exc)}); put back the newest sound backup "
            f"beside it with 'fieldwork restore {path}'."
        ) from None
    except UnicodeDecodeError:
        raise CorruptDatabaseError(
            f"{path} holds damaged text (not valid UTF-8); put back the newest sound "
            f"backup beside it with 'fieldwork restore {path}'."
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


@contextlib.contextmanager
def source_errors(path: Path, target: Path, conn: sqlite3.Connection) -> Iterator[None]:
    """SQLite errors while reading a source (with the target), as one sentence naming
    the file at fault: a full disk while staging is the target's disk, and a damaged
    page is looked for in both files before anyone is blamed."""
    try:
        yield
    except FieldworkError:
        raise
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        if "full" in str(exc):
            raise DiskFullError(
                f"The disk is full while merging {path} into {target}; nothing was merged "
                f"from it: free some space and merge again."
            ) from None
        if isinstance(exc, sqlite3.DatabaseError) and not _sound(conn, "main"):
            raise CorruptDatabaseError(
                f"{target} is a damaged Fieldwork database ({sqlite_said(exc)}); nothing was merged "
                f"into it: {advice('own', target)}."
            ) from None
        raise source_error(path, exc) from None


def _sound(conn: sqlite3.Connection, schema: str) -> bool:
    try:
        return bool(conn.execute(f"PRAGMA {schema}.quick_check(1)").fetchone()[0] == "ok")
    except sqlite3.DatabaseError:
        return False
