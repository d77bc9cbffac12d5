"""A redaction reaches this file's merge backups too.

A merge writes `FILE.bak-<time>` beside the file before it changes anything, so a
backup made before a redaction (here, or one that arrives with a merge) still holds
the words the redaction erased.  `scrub_backups` purges them: in each backup beside
the file, every version of a redacted record that the redaction would purge here is
overwritten with the marker in place (`redaction.purge`, the same rule as in the file
itself), its working row is recomputed, the full-text index is rewritten and the
file checkpointed, with SQLite's `secure_delete` on so the words do not stay in free
pages.  A backup that cannot be scrubbed (damaged, locked, written by a newer
Fieldwork) is deleted instead: a backup that holds erased words must not stay.

The backup otherwise stays what it was (the file before that merge): no version is
added to it, and the redaction record itself is not copied in; the purged versions'
`redacted_version` rows name the redaction, so a later merge that verifies hashes
accepts them, and a backup restored and merged again receives the redaction with the
other copies.
"""

from __future__ import annotations

import contextlib
import glob
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from store.errors import FieldworkError


@dataclass
class BackupScrub:
    """What a redaction did to the backups beside the file."""

    scrubbed: list[Path] = field(default_factory=list)
    """Backups that held the erased text and now do not."""
    removed: list[Path] = field(default_factory=list)
    """Backups that held it and could not be scrubbed, so were deleted."""

    def sentence(self) -> str:
        """One line for the user ("" when no backup held the text)."""
        said = []
        if self.scrubbed:
            n = len(self.scrubbed)
            said.append(f"Redacted text was also erased from {n} merge "
                        f"backup{'s' if n != 1 else ''} beside the file.")  # fmt: skip
        if self.removed:
            n = len(self.removed)
            names = ", ".join(p.name for p in self.removed)
            said.append(f"{n} backup{'s' if n != 1 else ''} holding redacted text could not "
                        f"be scrubbed and {'were' if n != 1 else 'was'} deleted ({names}).")  # fmt: skip
        return " ".join(said)


Target = tuple[str, str, str, str, tuple[str, ...]]
"""(redaction id, kind, record id, head version, fields)."""


def targets(conn: sqlite3.Connection) -> list[Target]:
    """Every redaction a file holds, as what `redaction.purge` needs."""
    from store.redaction import REDACTABLE

    out: list[Target] = []
    for rid, data in conn.execute(
        "SELECT rid, data FROM version WHERE tbl = 'redaction' AND deleted = 0"
    ):
        note = json.loads(data)
        kind = note["target_kind"]
        fields = tuple(f for f in note["fields"] if f in REDACTABLE.get(kind, ()))
        out.append((rid, kind, note["target_id"], note["head"], fields))
    return out


def backups_of(db: Path) -> list[Path]:
    """The merge backups beside `db` (`NAME.bak-*`, not SQLite's side files)."""
    found = db.parent.glob(glob.escape(db.name) + ".bak-*")
    side = ("-wal", "-shm", "-journal")
    return sorted(p for p in found if p.is_file() and not p.name.endswith(side))


def _needs_scrub(path: Path, redactions: list[Target]) -> bool:
    """Whether the backup holds a version a redaction would purge (read only)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'redacted_version'"
        ).fetchone()
        done = (
            "AND NOT EXISTS (SELECT 1 FROM redacted_version r WHERE r.vid = v.vid "
            "AND r.redaction_id = ?)"
            if has_table
            else "AND ? IS NOT NULL"
        )
        for red_id, kind, target, head, _fields in redactions:
            row = conn.execute(
                "SELECT 1 FROM version v WHERE tbl = ? AND rid = ? AND deleted = 0 "
                f"AND vid <> ? {done} LIMIT 1",
                (kind, target, head, red_id),
            ).fetchone()
            if row:
                return True
        return False
    finally:
        conn.close()


def _scrub_one(path: Path, redactions: list[Target]) -> None:
    from store.redaction import discard_drafts_of, purge, scrub_index
    from store.store import Store

    store = Store.open(path)
    try:
        with store.transaction():
            store.conn.execute("PRAGMA secure_delete = ON")
            for red_id, kind, target, head, fields in redactions:
                if purge(store.conn, red_id, kind, target, head, fields):
                    store._materialize(kind, [target])
                    discard_drafts_of(store.conn, target)
            scrub_index(store.conn)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()


def scrub_backups(backups: list[Path], redactions: list[Target]) -> BackupScrub:
    """Purge, in each of `backups`, what `redactions` erased (see the module)."""
    result = BackupScrub()
    if not redactions:
        return result
    for path in backups:
        try:
            if not _needs_scrub(path, redactions):
                continue
            _scrub_one(path, redactions)
            result.scrubbed.append(path)
        except (sqlite3.Error, FieldworkError, OSError):
            for suffix in ("", "-wal", "-shm", "-journal"):
                with contextlib.suppress(OSError):
                    Path(f"{path}{suffix}").unlink()
            result.removed.append(path)
    return result
