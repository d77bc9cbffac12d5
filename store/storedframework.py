"""The copy of the framework an inspection database holds, read and written back by the
schema steps that bring a built-in framework's copy up to date (`gradelabels.py`,
`casetypes.py`); a framework of a team's own is never changed."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from store.framework import Framework, builtin_ids, dump_framework


def stored_builtin(conn: sqlite3.Connection) -> tuple[str, dict[str, Any]] | None:
    """The stored framework's row id and its data, where it is a copy of a built-in
    framework; None for a file being created (its framework comes after the schema) or
    a framework of a team's own."""
    row = conn.execute("SELECT id, body FROM framework").fetchone()
    if row is None:
        return None
    fid, body = row
    data: dict[str, Any] = json.loads(body)
    if data.get("id") not in builtin_ids():
        return None
    return fid, data


def write_back(conn: sqlite3.Connection, fid: str, data: dict[str, Any]) -> None:
    """Store `data`, checked as a framework, as the file's framework (inside the
    caller's transaction)."""
    body = dump_framework(Framework.model_validate(data))
    conn.execute("UPDATE framework SET body = ? WHERE id = ?", (body, fid))
