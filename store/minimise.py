"""Data minimisation for a file issued to one inspector (not the lead or deputy).

The master holds the whole protected-names list (the names of every child and party
in the case list, which the identifiability check looks for) and the case-list key
(which links our references to the organisation's case numbers).  A file issued to a
team inspector, an analyst or a QA reader holds only what its holder needs:

- the protected names of the cases they hold, and names not tied to a case (schools,
  places the lead added by hand); the others are removed from the file, and the text of
  their versions is replaced by `(withheld)`.  The version rows themselves stay, with
  their ids and hashes, so that merges still see the same history (a merge compares
  ids and stored hashes, never the text); `dump` leaves protected names' text out for
  the same reason.  After every merge into such a file the same is done again, so names
  that arrive with the master's later changes do not stay either;
- no case-list key and no case-number order keys (`case_order`, which the sample is
  drawn in): the case list is imported, and the sample drawn, on the master (or a file
  issued to the lead), and `cases import` on such a file is refused.

A case given to the inspector after the file was issued (a colleague's, reassigned)
gets its names with the next merge from a file that holds them (the master): the
versions whose text was withheld here take the source's text (`restore_withheld`), so
the inspector's own check finds those children's names from then on.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

from store.models import LEAD_ROLES

HOLDER_KEY = "minimised_for"
"""meta key: the inspector whose needs this file is cut down to (absent on the master)."""
KEY_SECRET = "case_key_secret"
WITHHELD_NAME = "(withheld)"


def needs_minimising(conn: sqlite3.Connection, inspector_id: str) -> bool:
    """Whether a file issued to this inspector is cut down (not for the lead or deputy)."""
    row = conn.execute("SELECT role FROM inspectors WHERE id = ?", (inspector_id,)).fetchone()
    return row is None or row[0] not in LEAD_ROLES


def holder(conn: sqlite3.Connection) -> str | None:
    """The inspector this file is cut down for, or None for a full file."""
    row = conn.execute("SELECT v FROM meta WHERE k = ?", (HOLDER_KEY,)).fetchone()
    return str(row[0]) if row and row[0] else None


def minimise(conn: sqlite3.Connection, inspector_id: str) -> int:
    """Cut the file on `conn` down to what `inspector_id` needs (see the module's
    docstring); returns how many protected names were removed.  Runs inside the
    caller's transaction."""
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute(
        "INSERT INTO meta (k, v) VALUES (?, ?) ON CONFLICT (k) DO UPDATE SET v = excluded.v",
        (HOLDER_KEY, inspector_id),
    )
    conn.execute("DELETE FROM meta WHERE k = ?", (KEY_SECRET,))
    conn.execute("DELETE FROM case_order")
    removed = conn.execute(
        "DELETE FROM protected_names WHERE case_id IS NOT NULL AND case_id NOT IN "
        "(SELECT id FROM cases WHERE inspector_id = ?)",
        (inspector_id,),
    ).rowcount
    _withhold_versions(conn)
    return removed


def _withhold_versions(conn: sqlite3.Connection) -> int:
    """Every version of a protected name the file no longer holds reads as withheld;
    returns how many were changed."""
    return conn.execute(
        "UPDATE version SET data = json_set(data, '$.name', ?) "
        "WHERE tbl = 'protected_name' AND data IS NOT NULL "
        "AND rid NOT IN (SELECT id FROM protected_names) "
        "AND json_extract(data, '$.name') IS NOT ?",
        (WITHHELD_NAME, WITHHELD_NAME),
    ).rowcount


def restore_withheld(conn: sqlite3.Connection, inspector_id: str, schema: str) -> list[str]:
    """Give back the text of protected names withheld in this file whose case
    `inspector_id` now holds, from the same versions in the attached file `schema`
    where it holds them; returns the names' record ids (for their working rows).  Runs
    inside the merge's transaction, after the cases' new holders are applied."""
    rows = conn.execute(
        f"SELECT v.vid, v.rid, s.data FROM version v JOIN {schema}.version s ON s.vid = v.vid "
        "WHERE v.tbl = 'protected_name' AND json_extract(v.data, '$.name') = ? "
        "AND json_extract(s.data, '$.name') IS NOT ? "
        "AND json_extract(s.data, '$.case_id') IN (SELECT id FROM cases WHERE inspector_id = ?)",
        (WITHHELD_NAME, WITHHELD_NAME, inspector_id),
    ).fetchall()
    for vid, _, data in rows:
        conn.execute("UPDATE version SET data = ? WHERE vid = ?", (data, vid))
    return sorted({str(rid) for _, rid, _ in rows})


def withhold_in_backups(db: Path, case_ids: set[str]) -> int:
    """Withhold the protected names of the cases `case_ids` (given to another inspector)
    in every merge backup beside `db`, as the merge withheld them in the file (tester
    29, F16: the names left the file but stayed in its four backups).  A backup that
    cannot be changed (damaged, locked) is deleted: it must not keep them.  Returns how
    many backups held any."""
    from store.fileinfo import backups_of  # fileinfo imports this module's neighbours

    ids = json.dumps(sorted(case_ids))
    changed = 0
    for backup in backups_of(db):
        try:
            conn = sqlite3.connect(backup)
            try:
                with conn:
                    conn.execute("PRAGMA secure_delete = ON")
                    n = conn.execute(
                        "DELETE FROM protected_names WHERE case_id IN "
                        "(SELECT value FROM json_each(?))",
                        (ids,),
                    ).rowcount
                    # A backup is a minimised file: the versions left to withhold are
                    # those of the names just deleted.
                    n += _withhold_versions(conn)
                changed += n > 0
            finally:
                conn.close()
        except sqlite3.Error:
            with contextlib.suppress(OSError):
                backup.unlink()
    return changed
