"""Inspecting a database file before anything opens it for writing: the one rule.

`inspect_file(path, role=...)` is used both when a file is opened (`role="own"`: the
user's own database) and before a file is merged (`role="source"`: someone else's
copy).  It reads only, so the file is byte-for-byte unchanged whatever the outcome,
and raises a `FieldworkError` with one sentence naming the file, what is wrong and
what to do.  The advice differs with the role: your own damaged file is restored from
a backup; a damaged source is asked for again from whoever sent it.

The checks, in order: the path exists and is a file, it is not empty, it starts with
the SQLite magic, its header is complete, it is not shorter than its header says, its
application id is Fieldwork's, its schema is not newer than this code, and a little of
it reads through SQLite (the migrations, meta and version tables).  A file open in
Fieldwork elsewhere may hold its newest header only in the WAL beside it: when the
header on disk does not look right and a WAL with frames exists, SQLite is asked
(read-only) instead of the raw bytes.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import shlex
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from store.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    FieldworkError,
    ForeignDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    sqlite_said,
)
from store.heldfiles import held
from store.migrations import APPLICATION_ID, known_migration_names, schema_version
from store.models import Model

SQLITE_MAGIC = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")
"""The endings of SQLite's side files beside a database."""
Role = Literal["own", "source"]

_ADVICE: dict[Role, str] = {
    "own": "put back the newest sound backup beside it with 'fieldwork restore {path}' "
    "(or --from the last copy merged elsewhere)",
    "source": "ask its owner for a fresh copy (or to restore theirs from a backup)",
}


class SourceInfo(Model):
    """The identity of a file that is to be merged, read without changing it."""

    path: str
    replica_id: str
    inspection_id: str
    issued_to: str | None = None
    issued_from: str | None = None
    """The file it was issued from (None: a master, or a file made by 'new' or 'demo')."""
    sha256: str
    incoming: int = 0
    """How many versions the target lacks that the source would bring (set by the
    merge's checks; 0 until then)."""


def advice(role: Role, path: Path | str = "FILE") -> str:
    """What to do about a damaged file, for its owner or for whoever merges it."""
    return _ADVICE[role].format(path=path)


def ro_uri(path: Path) -> str:
    """A read-only SQLite URI.  A file in WAL mode with no WAL beside it is complete and
    open nowhere (an open connection keeps its WAL), and `immutable=1` reads it without
    leaving -wal/-shm files beside it, which a read-only connection cannot delete when it
    closes; with a WAL present, read-only mode reads through it.  A file in rollback-journal
    mode (as `issue` writes it) gets no -wal/-shm from a reader, and read-only mode
    honours a writer's lock on it."""
    if not held(path) and _wal_mode(path) and not Path(str(path) + "-wal").exists():
        # Never for a file this process holds: an immutable connection takes no locks,
        # and its closing would release the process's own (`store/heldfiles.py`).
        return immutable_uri(path)
    return f"{path.resolve().as_uri()}?mode=ro"


def _wal_mode(path: Path) -> bool:
    """Whether the file's header says WAL mode (read and write versions 2).  A file this
    process holds open is (`connect` sets it), and is not read by a handle."""
    if held(path):
        return True
    try:
        with path.open("rb") as fh:
            return fh.read(20)[18:20] == b"\x02\x02"
    except OSError:
        return False


def immutable_uri(path: Path) -> str:
    """A URI that reads the file as it is on disk, making no -wal or -shm beside it."""
    return f"{path.resolve().as_uri()}?mode=ro&immutable=1"


def file_sha256(path: Path) -> str:
    """SHA-256 of the file's bytes (recorded in the merge log); of the database as SQLite
    reads it, for a file this process holds open (`store/heldfiles.py`)."""
    if held(path):
        with contextlib.closing(sqlite3.connect(ro_uri(path), uri=True)) as conn:
            return hashlib.sha256(conn.serialize()).hexdigest()
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def inspect_file(path: Path, *, role: Role = "own") -> None:
    """Raise a FieldworkError unless `path` looks like a Fieldwork database we can open.

    Reads only: the file is byte-for-byte unchanged whatever the outcome.  A file this
    process holds open already passed; its header is read through SQLite, never by a
    handle, whose closing would release the process's locks (`store/heldfiles.py`).
    """
    if held(path):
        seen = _header_through_sqlite(path)
        if seen is None or seen[0] != APPLICATION_ID:
            raise CorruptDatabaseError(f"{path} cannot be read; {advice(role, path)}.")
        _read_inside(path, role)  # the schema's version checked there
        return
    header, size = _read_header(path)
    try:
        app_id, user_version = _check_header(path, header, size, role)
    except (ForeignDatabaseError, CorruptDatabaseError):
        # A file still open elsewhere may have its newest first page only in the WAL.
        seen = _header_through_sqlite(path) if _wal_has_frames(path) else None
        if seen is None or seen[0] != APPLICATION_ID:
            raise
        app_id, user_version = seen
    _check_schema(path, user_version)
    _read_inside(path, role)


def read_source(path: Path) -> SourceInfo:
    """Inspect a file that is to be merged, read-only, and return its identity."""
    inspect_file(path, role="source")
    try:
        with _bytes_reader(path) as conn:
            raw = conn.execute("SELECT k, v FROM meta").fetchall()
        meta = {_text(k): _text(v) for k, v in raw}
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise source_error(path, exc) from None
    if not meta.get("replica_id") or not meta.get("inspection_id"):
        raise ForeignDatabaseError(
            f"{path} has no Fieldwork identity (it was not made by 'fieldwork new', "
            f"'demo' or 'issue'); check that you chose the right file."
        )
    return SourceInfo(
        path=str(path),
        replica_id=meta["replica_id"],
        inspection_id=meta["inspection_id"],
        issued_to=meta.get("issued_to") or None,
        issued_from=meta.get("issued_from") or None,
        sha256=file_sha256(path),
    )


def source_error(path: Path, exc: BaseException) -> FieldworkError:
    """An error met while reading a source, as one sentence naming the source."""
    return read_error(path, exc, "source")


def read_error(path: Path, exc: BaseException, role: Role) -> FieldworkError:
    """An SQLite or decoding error met while reading a file, as one true sentence:
    in use elsewhere (locked), or damaged."""
    text = sqlite_said(exc)
    if isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text):
        from store.holders import holder_phrase

        again = "merge again" if role == "source" else "try again"
        return DatabaseLockedError(
            f"{path} is in use: {holder_phrase(path)} holds it locked; wait for that to "
            f"finish (or close it) and {again}."
        )
    if isinstance(exc, UnicodeDecodeError):
        text = "text that is not valid UTF-8"
    return CorruptDatabaseError(
        f"{path} is a damaged Fieldwork database ({text}); {advice(role, path)}."
    )


# The steps ------------------------------------------------------------------------------


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8")
    return "" if value is None else str(value)


def _read_header(path: Path) -> tuple[bytes, int]:
    try:
        st = path.stat()
        if stat.S_ISDIR(st.st_mode):
            raise NotADatabaseError(
                f"{path} is a folder, not an inspection database; give the path of a .db file."
            )
        if st.st_size == 0:
            raise NotADatabaseError(
                f"{path} is an empty file, not a Fieldwork database; check the path, or "
                f"restore the file from a backup."
            )
        with path.open("rb") as fh:
            return fh.read(100), st.st_size
    except FileNotFoundError:
        raise NotADatabaseError(
            f"There is no inspection database at {path}; check the path, or create one "
            f"with 'fieldwork new' or 'fieldwork demo'."
        ) from None
    except OSError as exc:
        raise NotADatabaseError(
            f"Cannot read {path} ({exc.strerror}); check that you may open it and its "
            f"folder, and try again."
        ) from None


def backups_of(db: Path, kind: str = "bak") -> list[Path]:
    """The merge backups beside `db` (`NAME.bak-*`, not SQLite's side files), oldest
    first; with `kind="damaged"`, the damaged files `fieldwork restore` set aside
    (`NAME.damaged-*`).

    Backups are ordered by what they hold, not by the clock: a file only ever gains
    versions, so the backup holding more is the later one.  Their names and times come
    from the laptop's clock, and a clock put back (a flat battery, a slow laptop set
    right the other way) would otherwise make the newest backup look the oldest, for
    `restore` to pass over and the pruning to delete (tester 25, F6).  Time and name
    settle ties, and place a backup that cannot be read (which `restore` names as
    passed over)."""
    found = db.parent.glob(f"{glob.escape(db.name)}.{kind}-*")
    kept = [p for p in found if p.is_file() and not p.name.endswith(SIDE_FILES)]
    if kind != "bak":
        return sorted(kept)
    by_clock = sorted(kept, key=lambda p: (p.stat().st_mtime, p.name))
    held = {p: versions_held(p) for p in by_clock}
    by_content = iter(sorted((p for p in by_clock if held[p] >= 0), key=held.__getitem__))
    return [next(by_content) if held[p] >= 0 else p for p in by_clock]


def versions_held(path: Path) -> int:
    """How many versions the database at `path` holds (read-only), or -1 when it cannot
    be read: a measure of how far along its history a copy of a file is."""
    try:
        with contextlib.closing(sqlite3.connect(ro_uri(path), uri=True)) as conn:
            return int(conn.execute("SELECT count(*) FROM version").fetchone()[0])
    except (sqlite3.Error, OSError):
        return -1


def _check_header(path: Path, header: bytes, size: int, role: Role) -> tuple[int, int]:
    """(application id, user version) from the raw header, after its sanity checks."""
    if not header.startswith(SQLITE_MAGIC) and role == "own" and backups_of(path):
        # A file with backups of its own beside it was a database: its first page is
        # damaged (a dying disk), not a wrong choice of file (tester 19, F7).
        raise CorruptDatabaseError(
            f"{path} cannot be read: its first page is damaged (a backup of it lies beside "
            f"it); {advice(role, path)}."
        )
    if not header.startswith(SQLITE_MAGIC):
        raise NotADatabaseError(
            f"{path} is not a Fieldwork database (it is not an SQLite file at all); "
            f"check that you chose the right file."
        )
    if len(header) < 100:
        raise CorruptDatabaseError(
            f"{path} is truncated (only {size} bytes); {advice(role, path)}."
        )
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    expected = page_size * page_count
    if page_count and size < expected:
        raise CorruptDatabaseError(
            f"{path} is truncated ({size} of {expected} bytes); {advice(role, path)}."
        )
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise ForeignDatabaseError(
            f"{path} is an SQLite database but not a Fieldwork inspection; open a file made "
            f"by 'fieldwork new', 'fieldwork demo' or 'fieldwork issue'."
        )
    return app_id, int.from_bytes(header[60:64], "big")


def _wal_has_frames(path: Path) -> bool:
    wal = Path(str(path) + "-wal")
    try:
        return wal.exists() and wal.stat().st_size > 32
    except OSError:
        return False


def _header_through_sqlite(path: Path) -> tuple[int, int] | None:
    """application_id and user_version as SQLite sees them, WAL included (read-only)."""
    try:
        conn = sqlite3.connect(ro_uri(path), uri=True)
        try:
            return (
                int(conn.execute("PRAGMA application_id").fetchone()[0]),
                int(conn.execute("PRAGMA user_version").fetchone()[0]),
            )
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def _check_schema(path: Path, user_version: int) -> None:
    if user_version > schema_version():
        raise NewerSchemaError(
            f"{path} was written by a newer version of Fieldwork (schema {user_version}; "
            f"this version reads up to {schema_version()}); update Fieldwork to open it."
        )


@contextlib.contextmanager
def _bytes_reader(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to `path` that returns text as bytes (decoded, and so
    checked, by the caller), closed after the block."""
    conn = sqlite3.connect(ro_uri(path), uri=True)
    try:
        conn.execute("PRAGMA busy_timeout = 2000")
        conn.text_factory = bytes
        yield conn
    finally:
        conn.close()


def _read_inside(path: Path, role: Role) -> None:
    """The header looks right: read a little through SQLite, read-only, to catch damage
    inside (and schema steps this version does not know)."""
    try:
        with _bytes_reader(path) as conn:
            _check_schema(path, conn.execute("PRAGMA user_version").fetchone()[0])
            names = {
                _text(r[0])
                for r in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = 'fieldwork'"
                )
            }
            if names - known_migration_names():
                raise NewerSchemaError(
                    f"{path} was written by a newer version of Fieldwork (it has schema "
                    f"steps this version does not know); update Fieldwork to open it."
                )
            conn.execute("SELECT k, v FROM meta").fetchall()
            conn.execute("SELECT count(*) FROM version").fetchone()
            conn.execute("SELECT vid, pvid FROM parent LIMIT 1").fetchall()
    except FieldworkError:
        raise
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise read_error(path, exc, role) from None


def open_to_others(path: Path) -> str | None:
    """One sentence when a file others merge from can be read by other users of this
    computer, or sits in a folder they can write to (None: it is its owner's alone).
    An inspector's file holds case details and, in the master's copy, children's names;
    Fieldwork writes every file for its owner only, but a copy made through a shared
    folder or a USB stick may lose that (tester 25, F5: a file left readable by
    everyone, in a folder everyone could write to, was merged without a word)."""
    try:
        mode = path.stat().st_mode
        folder = path.resolve().parent.stat().st_mode
    except OSError:
        return None
    said = []
    if mode & (stat.S_IRGRP | stat.S_IROTH | stat.S_IWGRP | stat.S_IWOTH):
        said.append(f"can be read by other users of this computer (permissions {mode & 0o777:o})")
    if folder & stat.S_IWOTH and not folder & stat.S_ISVTX:
        said.append("sits in a folder anyone on this computer can write to")
    if not said:
        return None
    return (
        f"{path} {' and '.join(said)}: it holds case details, so make it yours alone "
        f"(chmod 600 {shlex.quote(str(path))}) or delete this copy once it is merged."
    )
