"""Replicas: backups, issuing a file to an inspector, and the canonical dump.

- `backup()`: a consistent copy of this file beside it (readable by the owner only);
- `issue(path, inspector)`: a new file of the same inspection with its own identity;
- `dump_data()` / `dump()`: the inspection's content, without what is local to one
  file, so that two files holding the same versions give the same bytes (the merge
  tests compare dumps).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import itertools
import json
import os
import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from store.conflicts import ConflictsMixin
from store.connection import HANDED_OVER, locked
from store.errors import (
    CorruptDatabaseError,
    DiskFullError,
    FieldworkError,
    InvalidInputError,
    NotADatabaseError,
    NotFoundError,
)
from store.fieldmerge import view
from store.fileinfo import backups_of, inspect_file
from store.ids import uuid7
from store.minimise import minimise, needs_minimising
from store.roles import ISSUED_PREFIX, handover_checked, register_issue
from store.working import TABLES


class ReplicasMixin(ConflictsMixin):
    """Backups, issuing and the canonical dump."""

    # Backup -------------------------------------------------------------------------------
    def backups(self) -> list[Path]:
        """The backups beside this file (`FILE.bak-<time>`), oldest first."""
        return backups_of(self.path)

    def prune_backups(self, keep: int) -> list[Path]:
        """Delete all but the newest `keep` backups beside this file (and temporary
        copies left by dead processes); returns those deleted.  They hold children's
        data too, so they do not pile up."""
        return prune_backups(self.path, keep)

    @locked
    def backup(
        self, path: str | Path | None = None, *, keep: int | None = None, prune: bool = True
    ) -> Path:
        """A consistent copy of this file (readable by the owner only), by default beside
        it as `NAME.bak-STAMP`.  Written under a hidden temporary name, checked, and
        only then renamed, so a backup's name never holds a half-written file.  With
        the default name, older backups beyond the newest `keep` (default
        DEFAULT_KEEP_BACKUPS) are deleted, unless not to `prune` (the caller prunes)."""
        named = path is not None
        dest, another = (Path(path), None) if path is not None else backup_name(self.path)
        _refuse_existing(dest)
        made = write_copy(self.conn, dest, self.path, another=another)
        if not named and prune:
            prune_backups(self.path, DEFAULT_KEEP_BACKUPS if keep is None else keep)
        return made

    def put_back(self, copy: Path) -> bool:
        """Make this file what `copy` (a backup of it) holds, in one step (SQLite's
        online backup into this connection): a merge of several files refused after
        the first were in.  False, the file unchanged, when that cannot be done."""
        try:
            with contextlib.closing(sqlite3.connect(f"file:{copy}?mode=ro", uri=True)) as old:
                old.backup(self._writer)
        except sqlite3.Error:
            return False
        self._names = None
        self._reload_counters()
        return True

    def _refused_midway(
        self, copy: Path | None, exc: BaseException, sources: Sequence[str | Path], merged: int
    ) -> None:
        """A merge failed at `sources[merged]`: with sources before it in, put the target
        back as `copy` (taken before the first) holds it and raise `exc` saying so; with
        none in, delete the copy.  Returns for the caller to raise `exc` as it is (when
        the target cannot be put back the merged sources stay in, each whole, with the
        copy kept)."""
        if copy is None or (merged and not self.put_back(copy)):
            return
        copy.unlink(missing_ok=True)  # the target is as it was
        if merged and isinstance(exc, FieldworkError):
            raise self._none_merged(exc, sources, merged) from exc

    def _none_merged(
        self, exc: FieldworkError, sources: Sequence[str | Path], failed: int
    ) -> FieldworkError:
        """`exc`, refusing `sources[failed]` of several, saying that none was merged (a
        lead reading only of the one file would think the others went in: tester 24, F9)."""
        if len(sources) < 2:
            return exc
        return type(exc)(
            f"{exc} None of the {len(sources)} files was merged, so {self.path.name} is "
            f"as it was: merge the others again without {sources[failed]}."
        )

    # Canonical dump -----------------------------------------------------------------------
    @locked
    def dump_data(self) -> dict[str, Any]:
        """The inspection's content: current records by kind and id, open conflicts, and a
        digest of the version history.  Leaves out what is local to one file."""
        records: dict[str, dict[str, Any]] = {kind: {} for kind in TABLES}
        conflicts: list[dict[str, Any]] = []
        for (kind, rid), hs in sorted(self._all_heads(False).items()):
            shown = view(self.conn, hs)
            top = shown.top
            if not top.deleted:
                records[kind][rid] = {
                    "values": _dumped(kind, top.values()),
                    "version": top.vid,
                    "by": top.author,
                    "conflict": shown.conflict,
                }
            if shown.conflict:
                conflicts.append(
                    {
                        "kind": kind,
                        "id": rid,
                        "fields": list(shown.fields),
                        "sides": [
                            {
                                "version": h.vid,
                                "by": h.author,
                                "deleted": h.deleted,
                                "values": None if h.deleted else _dumped(kind, h.values()),
                            }
                            for h in sorted(hs, key=lambda h: h.vid)
                        ],
                    }
                )
        digest = hashlib.sha256()
        count = 0
        for vid, h in self.conn.execute("SELECT vid, hash FROM main.version ORDER BY vid"):
            digest.update(f"{vid}:{h}\n".encode())
            count += 1
        edges = hashlib.sha256()
        for vid, pvid in self.conn.execute("SELECT vid, pvid FROM main.parent ORDER BY vid, pvid"):
            edges.update(f"{vid}:{pvid}\n".encode())
        framework = self._scalar("SELECT id FROM framework")
        return {
            "inspection_id": self.inspection_id,
            "framework": framework,
            "records": records,
            "conflicts": conflicts,
            "history": {
                "versions": count,
                "versions_sha256": digest.hexdigest(),
                "parents_sha256": edges.hexdigest(),
            },
        }

    def dump(self) -> str:
        """`dump_data()` as canonical JSON text: equal content, equal bytes."""
        return json.dumps(self.dump_data(), sort_keys=True, indent=1, ensure_ascii=False) + "\n"

    # Issuing --------------------------------------------------------------------------------
    @locked
    def issue(self, path: str | Path, inspector_id: str) -> Path:
        """Write a database for one inspector: the same inspection, framework and
        everything recorded so far, with a new file identity issued to them."""
        dest = Path(path)
        _refuse_existing(dest)
        if not dest.parent.is_dir():
            raise NotFoundError(f"The folder {dest.parent} does not exist; create it first.")
        if not self._scalar("SELECT 1 FROM inspectors WHERE id = ?", (inspector_id,)):
            raise NotFoundError(f"There is no inspector with id {inspector_id}.")
        replica = uuid7()

        def make_it_theirs(conn: sqlite3.Connection) -> None:
            for k, v in {
                "replica_id": replica,
                "issued_to": inspector_id,
                "seq": "0",
                "created_at": self._now_iso(),
                "issued_from": self.replica_id,
            }.items():
                conn.execute(
                    "INSERT INTO meta (k, v) VALUES (?, ?) "
                    "ON CONFLICT (k) DO UPDATE SET v = excluded.v",
                    (k, v),
                )
            if self.issued_to:  # whose files these are, for later merges (store/roles.py)
                register_issue(conn, self.replica_id, self.issued_to)
            register_issue(conn, replica, inspector_id)
            for table in ("merge_log", "drafts", "version_arrival", "merge_change"):
                conn.execute(f"DELETE FROM {table}")
            if needs_minimising(conn, inspector_id):
                minimise(conn, inspector_id)

        made = write_copy(self.conn, dest, self.path, edit=make_it_theirs)
        with self.transaction():
            register_issue(self.conn, replica, inspector_id)
        return made

    @locked
    def hand_over_as_copy(self, inspector_id: str, dest: Path) -> tuple[str, Path]:
        """`hand_over`, into a copy at `dest` for the laptop that will hold it; this file
        is then retired: it writes nothing more, saying to whom and where it went (tester
        35, F7: the copy a master was handed back from went on recording as the lead on
        the deputy's laptop).  It is still read, exported and merged from.  Returns whom
        it was issued to before, and where the copy is."""
        before = handover_checked(self, inspector_id)
        _refuse_existing(dest)
        name = self._scalar("SELECT name FROM inspectors WHERE id = ?", (inspector_id,))

        def theirs(conn: sqlite3.Connection) -> None:
            conn.execute("UPDATE meta SET v = ? WHERE k = 'issued_to'", (inspector_id,))
            register_issue(conn, self.replica_id, inspector_id)

        made = write_copy(self.conn, dest, self.path, edit=theirs)
        with self.transaction():
            self._set_meta(HANDED_OVER, (
                f"{self.path} was handed over to {name} on {self._now_iso()[:10]} as {made}: "
                f"it is kept to read and to merge from, and records nothing more (it would "
                f"record it in {before}'s name); work in {made}."))  # fmt: skip
        return before, made

    def files_issued_to(self, inspector_id: str) -> list[tuple[str, str | None]]:
        """The files this file knows were issued to `inspector_id` (not itself), oldest
        first, each with when its work was last merged here (None: never)."""
        rows = self.conn.execute(
            "SELECT substr(k, ?) FROM meta WHERE k LIKE ? AND v = ?",
            (len(ISSUED_PREFIX) + 1, ISSUED_PREFIX + "%", inspector_id),
        )
        ids = sorted(i for (i,) in rows if i != self.replica_id)  # a UUIDv7 sorts by time
        merged = dict(
            self.conn.execute("SELECT src_replica, MAX(at) FROM merge_log GROUP BY src_replica")
        )
        return [(i, merged.get(i)) for i in ids]


DEFAULT_KEEP_BACKUPS = 5
"""How many `NAME.bak-*` copies a merge keeps beside a file, newest first."""


def backup_name(db: Path, when: float | None = None) -> tuple[Path, Callable[[Path], Path]]:
    """The first free name for a backup beside `db` made at `when` (now by default),
    `NAME.bak-STAMP` or `NAME.bak-STAMP-2`..., and how to name another if that one is
    taken meanwhile (two merges into one file in the same second: tester 26)."""
    stamp = time.strftime("%Y%m%dT%H%M%S", time.localtime(when))
    taken = itertools.count(2)

    def another(_: Path) -> Path:
        return Path(f"{db}.bak-{stamp}-{next(taken)}")

    dest = Path(f"{db}.bak-{stamp}")
    while dest.exists():
        dest = another(dest)
    return dest, another


def write_copy(
    conn: sqlite3.Connection,
    dest: Path,
    of: Path,
    *,
    edit: Callable[[sqlite3.Connection], None] | None = None,
    another: Callable[[Path], Path] | None = None,
) -> Path:
    """Copy the database behind `conn` to `dest` (0600): written to a hidden temporary
    name beside it, edited (`edit`, in one transaction), checked (SQLite's quick check
    and the file inspection) and flushed to disk, then renamed to `dest`, never over a
    file there: one made meanwhile (two merges into one file in the same second: tester
    26) is kept, and the copy takes the name `another` gives, or is refused.  Whatever
    goes wrong, no file is left under `dest` and the temporary file is removed.
    Returns where the copy is."""
    tmp = dest.with_name(f".{dest.name}.partial-{os.getpid()}-{uuid7()[-8:]}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        out = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            out.execute("PRAGMA journal_mode = OFF")  # a failed copy is deleted whole
            conn.backup(out)
            if edit is not None:
                out.execute("BEGIN")
                edit(out)
                out.execute("COMMIT")
                out.execute("VACUUM")  # nothing an edit removed stays in free pages
            out.execute("PRAGMA journal_mode = DELETE")
            if out.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise CorruptDatabaseError(
                    f"The copy of {of} did not check out; nothing was written to {dest}: "
                    f"run 'fieldwork check {of}'."
                )
        finally:
            out.close()
        inspect_file(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        while not _rename_new(tmp, dest):
            if another is None:
                raise FileExistsError(errno.EEXIST, "made meanwhile", str(dest))
            dest = another(dest)
        _fsync_dir(dest.parent)
    except BaseException as exc:
        _remove(tmp)
        if _is_full(exc):
            raise DiskFullError(
                f"The disk holding {dest.parent} is full, so no copy of {of.name} could be "
                f"written there and nothing was changed; free some space and try again."
            ) from None
        if isinstance(exc, FileExistsError):
            _refuse_existing(dest)
        if isinstance(exc, PermissionError):
            raise NotADatabaseError(
                f"Cannot write a copy into {dest.parent} (permission denied); choose a "
                f"folder you can write to, or check its permissions."
            ) from None
        raise
    return dest


def _rename_new(tmp: Path, dest: Path) -> bool:
    """Rename `tmp` to `dest` unless a file is there (False): a hard link, which fails
    on an existing name, then the temporary name removed; where the disk has no hard
    links (a FAT memory stick), a check and a rename."""
    try:
        os.link(tmp, dest)
    except FileExistsError:
        return False
    except OSError:
        if dest.exists():
            return False
        os.replace(tmp, dest)
        return True
    os.unlink(tmp)
    return True


def prune_backups(db: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups `NAME.bak-*` beside `db`, and leftover
    temporary copies of processes that no longer run.  Returns what was deleted."""
    gone: list[Path] = []
    for old in backups_of(db)[::-1][max(keep, 1) :]:
        _remove(old)
        gone.append(old)
    for tmp in db.parent.glob(f".{db.name}.bak-*.partial-*"):
        pid = tmp.name.rsplit(".partial-", 1)[1].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            _remove(tmp)
            gone.append(tmp)
    return gone


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _is_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return True
    return isinstance(exc, sqlite3.Error) and "full" in str(exc)


def _remove(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(str(path) + suffix).unlink()


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _dumped(kind: str, values: dict[str, Any]) -> dict[str, Any]:
    """A record's values as dumped: a protected name without its text, which a file
    issued to an inspector holds only for their own cases (`store.minimise`); the
    version ids and hashes in the dump still show that two files hold the same names."""
    if kind == "protected_name":
        return {k: v for k, v in values.items() if k != "name"}
    return values


def _refuse_existing(dest: Path) -> None:
    """A backup or an issued file is never written over an existing file."""
    if dest.exists():
        raise InvalidInputError(
            f"{dest} already exists; choose a new file name or move the old file away."
        )
