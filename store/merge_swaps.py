"""What a merge into a team inspector's file says of the cases it gave them or took
away (the lead reallocated them in the master): a case now theirs has its children's
and parties' names in the file, for the identifiability check, and a case now someone
else's has them removed (`store.minimise`).  Tester 26, F8: after two inspectors
swapped cases, each merge said only that "5 protected names of cases you do not hold
came with this merge and are withheld", and nothing of the case each had gained."""

from __future__ import annotations

import sqlite3

SHOWN = 6
"""Cases named in one sentence; more are counted."""


def held(conn: sqlite3.Connection, inspector_id: str) -> set[str]:
    """The ids of the cases `inspector_id` holds in the file on `conn`."""
    rows = conn.execute("SELECT id FROM cases WHERE inspector_id = ?", (inspector_id,))
    return {str(r[0]) for r in rows}


def names_of(conn: sqlite3.Connection, ids: set[str]) -> int:
    """How many protected names the file on `conn` holds of the cases `ids`."""
    return len(_rows(conn, "SELECT id FROM protected_names WHERE case_id IN", ids))


def swap_notes(conn: sqlite3.Connection, before: set[str], inspector_id: str) -> list[str]:
    """The sentences for the cases `inspector_id` gained and lost since `before` (the
    cases they held before the merge)."""
    now = held(conn, inspector_id)
    notes = []
    gained = _refs(conn, now - before)
    if gained:
        notes.append(f"{_cases(gained)} {'is' if len(gained) == 1 else 'are'} now yours: "
                     f"{'its' if len(gained) == 1 else 'their'} children's and parties' names "
                     f"came with this merge, for the check on what could identify them.")  # fmt: skip
    by_holder: dict[str, list[str]] = {}
    for ref, name in _holders(conn, before - now):
        by_holder.setdefault(name, []).append(ref)
    for name, refs in by_holder.items():
        went = f"went to {name}" if name else "is no longer allocated to you"
        notes.append(f"{_cases(refs)} {went}: {'its' if len(refs) == 1 else 'their'} names "
                     f"were removed from this file.")  # fmt: skip
    return notes


def _refs(conn: sqlite3.Connection, ids: set[str]) -> list[str]:
    return sorted(str(ref) for (ref,) in _rows(conn, "SELECT ref FROM cases WHERE id IN", ids))


def _holders(conn: sqlite3.Connection, ids: set[str]) -> list[tuple[str, str]]:
    sql = ("SELECT c.ref, coalesce(i.name, '') FROM cases c "
           "LEFT JOIN inspectors i ON i.id = c.inspector_id WHERE c.id IN")  # fmt: skip
    return sorted((str(ref), str(name)) for ref, name in _rows(conn, sql, ids))


def _rows(conn: sqlite3.Connection, sql: str, ids: set[str]) -> list[tuple[object, ...]]:
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    return conn.execute(f"{sql} ({marks})", sorted(ids)).fetchall()


def _cases(refs: list[str]) -> str:
    shown = ", ".join(refs[:SHOWN])
    more = f" and {len(refs) - SHOWN} more" if len(refs) > SHOWN else ""
    return f"Case {shown}" if len(refs) == 1 else f"Cases {shown}{more}"
