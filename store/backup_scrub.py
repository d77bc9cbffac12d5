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
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from store.errors import FieldworkError
from store.fileinfo import SIDE_FILES, backups_of, ro_uri


@dataclass
class BackupScrub:
    """What a redaction did to the backups beside the file."""

    scrubbed: list[Path] = field(default_factory=list)
    """Backups that held the erased text and now do not."""
    removed: list[Path] = field(default_factory=list)
    """Backups that held it and could not be scrubbed, so were deleted."""
    erased: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)
    """What was erased from them: (kind, record id, fields), each once."""
    set_aside: list[Path] = field(default_factory=list)
    """Damaged files `fieldwork restore` set aside beside this one, deleted (`remove_set_aside`)."""

    def sentence(self) -> str:
        """One line for the user naming what was erased from which backups ("" when
        no backup held any of it)."""
        said = []
        if self.scrubbed:
            n = len(self.scrubbed)
            said.append(f"{self._what()} also erased from {n} merge "
                        f"backup{'s' if n != 1 else ''} beside the file.")  # fmt: skip
        if self.removed:
            n = len(self.removed)
            names = ", ".join(p.name for p in self.removed)
            said.append(f"{n} backup{'s' if n != 1 else ''} holding redacted text could not "
                        f"be scrubbed and {'were' if n != 1 else 'was'} deleted ({names}).")  # fmt: skip
        if self.set_aside:
            names = ", ".join(p.name for p in self.set_aside)
            said.append(f"The damaged file 'fieldwork restore' set aside ({names}) was deleted "
                        f"too: it may hold the erased words and cannot be scrubbed.")  # fmt: skip
        return " ".join(said)

    def _what(self) -> str:
        """ "The redacted child's words of evidence X were", or for several records
        "The redacted text of 3 records (the child's words of evidence X; ...) was"."""
        items = [f"{fields_said(k, f)} of {k} {rid}" for k, rid, f in self.erased]
        if len(items) == 1:
            return f"The redacted {items[0]} {'was' if _one(self.erased[0]) else 'were'}"
        if not items:
            return "Redacted text was"
        if len(items) > 3:  # a redaction of many (redact --all-corrected): the count alone
            return f"The redacted text of {len(items)} records was"
        return f"The redacted text of {len(items)} records ({'; '.join(items)}) was"


def fields_said(kind: str, fields: tuple[str, ...]) -> str:
    """Fields as a lead reads them: "child's words", "text and child's words"."""
    from store.redaction import REDACTABLE
    from store.texts import FIELD_LABELS

    if not fields or (len(fields) > 1 and set(fields) == set(REDACTABLE.get(kind, ()))):
        return "free text"
    labels = [FIELD_LABELS.get(f, f) for f in fields]
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]


def _one(item: tuple[str, str, tuple[str, ...]]) -> bool:
    return said_as_one(item[0], item[2])


def said_as_one(kind: str, fields: tuple[str, ...]) -> bool:
    """Whether fields as `fields_said` names them take a singular verb ("the text
    was", "the child's words were")."""
    return fields_said(kind, fields) in ("free text", "text", "rationale", "case notes",
                                            "safeguarding note", "escalation note")  # fmt: skip


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


_KEPT = (
    "WITH RECURSIVE d(vid) AS (SELECT vid FROM parent WHERE pvid = ? "
    "UNION SELECT p.vid FROM parent p JOIN d ON p.pvid = d.vid) "
    "SELECT vid FROM d"
)
"""The versions written on top of a redaction's head: they keep their words."""


def _needs_scrub(path: Path, redactions: list[Target]) -> bool:
    """Whether the backup holds a version a redaction would purge (read only): one of
    the record's that is neither the redaction's head nor written on top of it (the
    words written again after it keep theirs), and not purged by it yet."""
    # A backup is complete with no WAL beside it: read it immutable, so that no -wal or
    # -shm file is left beside it (a read-only reader cannot remove what it made).
    conn = sqlite3.connect(ro_uri(path), uri=True)
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
            kept = {head} | {r[0] for r in conn.execute(_KEPT, (head,))}
            rows = conn.execute(
                f"SELECT vid FROM version v WHERE tbl = ? AND rid = ? AND deleted = 0 {done}",
                (kind, target, red_id),
            ).fetchall()
            if any(r[0] not in kept for r in rows):
                return True
        return False
    finally:
        conn.close()


def _scrub_one(path: Path, redactions: list[Target]) -> list[Target]:
    """Purge the backup at `path`; returns the redactions that erased something."""
    from store.redaction import discard_drafts_of, purge, scrub_index
    from store.store import Store

    erased: list[Target] = []
    store = Store.open(path)
    try:
        with store.transaction():
            store.conn.execute("PRAGMA secure_delete = ON")
            for red in redactions:
                red_id, kind, target, head, fields = red
                if purge(store.conn, red_id, kind, target, head, fields):
                    store._materialize(kind, [target])
                    discard_drafts_of(store.conn, target)
                    erased.append(red)
            scrub_index(store.conn)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    return erased


def scrub_backups(backups: list[Path], redactions: list[Target]) -> BackupScrub:
    """Purge, in each of `backups`, what `redactions` erased (see the module)."""
    result = BackupScrub()
    if not redactions:
        return result
    for path in backups:
        try:
            if not _needs_scrub(path, redactions):
                continue
            erased = _scrub_one(path, redactions)
            if not erased:
                continue
            result.scrubbed.append(path)
            for _red, kind, target, _head, fields in erased:
                if (kind, target, fields) not in result.erased:
                    result.erased.append((kind, target, fields))
        except (sqlite3.Error, FieldworkError, OSError):
            for suffix in ("", "-wal", "-shm", "-journal"):
                with contextlib.suppress(OSError):
                    Path(f"{path}{suffix}").unlink()
            result.removed.append(path)
    return result


def remove_set_aside(db: Path) -> list[Path]:
    """Delete the damaged files `fieldwork restore` set aside beside `db`
    (`NAME.damaged-TIME`, with their SQLite side files); returns those deleted.  A
    redaction must reach every copy beside the file, and a damaged one cannot be
    scrubbed reliably (tester 25, F14: after a restore and a redaction, the set-aside
    file still held the erased address, email and school)."""
    gone = []
    for path in backups_of(db, "damaged"):
        for suffix in ("", *SIDE_FILES):
            with contextlib.suppress(OSError):
                Path(f"{path}{suffix}").unlink()
        gone.append(path)
    return gone
