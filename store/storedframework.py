"""The copy of the framework an inspection database holds, read and written back by the
schema steps that bring a built-in framework's copy up to date (`gradelabels.py`,
`casetypes.py`, `criterionlinks.py`); a framework of a team's own is never changed."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Any

from store.framework import Framework, builtin_ids, dump_framework, load_framework


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


def upgrade_shipped(
    conn: sqlite3.Connection,
    group: str,
    key: str,
    field: str,
    shipped: Callable[[str], dict[str, list[str]]],
    now: Callable[[Framework], dict[str, list[str]]],
) -> bool:
    """Give each item of a stored built-in framework's `group` (its `key` naming it) the
    `field` its built-in file gives it `now`, where the item still holds the value
    `shipped` before (by framework id); an item a team changed keeps its value.  True
    when anything changed.  Runs inside the caller's transaction (a schema step's)."""
    stored = stored_builtin(conn)
    if stored is None:
        return False  # a file being created, or a framework of a team's own
    fid, data = stored
    before = shipped(data["id"])
    if not before:
        return False
    current = now(load_framework(data["id"]))
    changed = False
    for item in data.get(group, []):
        name = item.get(key)
        if name in before and item.get(field) == before[name] and name in current:
            item[field] = list(current[name])
            changed = current[name] != before[name] or changed
    if changed:
        write_back(conn, fid, data)
    return changed
