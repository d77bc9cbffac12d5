"""Replicas: backups, issuing a file to an inspector, and the canonical dump.

- `backup()`: a consistent copy of this file beside it (readable by the owner only);
- `issue(path, inspector)`: a new file of the same inspection with its own identity;
- `dump_data()` / `dump()`: the inspection's content, without what is local to one
  file, so that two files holding the same versions give the same bytes (the merge
  tests compare dumps).
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import os
import sqlite3
import time
from pathlib import Path
from typing import Any

from store.conflicts import ConflictsMixin
from store.connection import locked
from store.errors import InvalidInputError, NotFoundError
from store.ids import uuid7
from store.minimise import minimise, needs_minimising
from store.versions import in_conflict, winner
from store.working import TABLES


class ReplicasMixin(ConflictsMixin):
    """Backups, issuing and the canonical dump."""

    # Backup -------------------------------------------------------------------------------
    def backups(self) -> list[Path]:
        """The backups beside this file (`FILE.bak-<time>`), oldest first."""
        found = self.path.parent.glob(glob.escape(self.path.name) + ".bak-*")
        return sorted((p for p in found if p.is_file()), key=lambda p: (p.stat().st_mtime, p.name))

    def prune_backups(self, keep: int) -> list[Path]:
        """Delete all but the newest `keep` backups beside this file; returns those
        deleted.  They hold children's data too, so they do not pile up."""
        old = self.backups()
        gone = old[: max(len(old) - max(keep, 1), 0)]
        for p in gone:
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
        return gone

    @locked
    def backup(self, path: str | Path | None = None) -> Path:
        """A consistent copy of this file beside it (readable by the owner only)."""
        if path is None:
            stamp = time.strftime("%Y%m%dT%H%M%S", time.localtime())
            path = Path(f"{self.path}.bak-{stamp}")
            n = 1
            while path.exists():
                n += 1
                path = Path(f"{self.path}.bak-{stamp}-{n}")
        dest = Path(path)
        fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        try:
            out = sqlite3.connect(str(dest))
            try:
                self.conn.backup(out)
                out.execute("PRAGMA journal_mode = DELETE")
            finally:
                out.close()
        except BaseException:
            with contextlib.suppress(OSError):
                dest.unlink()
            raise
        os.chmod(dest, 0o600)
        return dest

    # Merge --------------------------------------------------------------------------------
    # Canonical dump -----------------------------------------------------------------------
    @locked
    def dump_data(self) -> dict[str, Any]:
        """The inspection's content: current records by kind and id, open conflicts, and a
        digest of the version history.  Leaves out what is local to one file."""
        records: dict[str, dict[str, Any]] = {kind: {} for kind in TABLES}
        conflicts: list[dict[str, Any]] = []
        for (kind, rid), hs in sorted(self._all_heads(False).items()):
            top = winner(hs)
            if not top.deleted:
                records[kind][rid] = {
                    "values": _dumped(kind, top.values()),
                    "version": top.vid,
                    "by": top.author,
                    "conflict": in_conflict(hs),
                }
            if in_conflict(hs):
                conflicts.append(
                    {
                        "kind": kind,
                        "id": rid,
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
        everything recorded so far, with a new file identity issued to them.  A file
        for anyone but the lead or deputy holds only the protected names of their own
        cases and no case-list key (`store.minimise`)."""
        dest = Path(path)
        if dest.exists():
            raise InvalidInputError(
                f"{dest} already exists; choose a new file name or move the old file away."
            )
        if not dest.parent.is_dir():
            raise NotFoundError(f"The folder {dest.parent} does not exist; create it first.")
        if not self._scalar("SELECT 1 FROM inspectors WHERE id = ?", (inspector_id,)):
            raise NotFoundError(f"There is no inspector with id {inspector_id}.")
        made = self.backup(dest)
        try:
            conn = sqlite3.connect(str(made))
            try:
                with conn:
                    for k, v in {
                        "replica_id": uuid7(),
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
                    conn.execute("DELETE FROM merge_log")
                    conn.execute("DELETE FROM drafts")
                    if needs_minimising(conn, inspector_id):
                        minimise(conn, inspector_id)
                conn.execute("VACUUM")  # nothing removed stays in free pages
                conn.execute("PRAGMA journal_mode = WAL")
            finally:
                conn.close()
        except BaseException:
            with contextlib.suppress(OSError):
                made.unlink()
            raise
        return made


def _dumped(kind: str, values: dict[str, Any]) -> dict[str, Any]:
    """A record's values as dumped: a protected name without its text, which a file
    issued to an inspector holds only for their own cases (`store.minimise`); the
    version ids and hashes in the dump still show that two files hold the same names."""
    if kind == "protected_name":
        return {k: v for k, v in values.items() if k != "name"}
    return values
