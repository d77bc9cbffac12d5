"""Running a schema step's script inside the step's own transaction.

`statements` splits a script where SQLite says a statement ends; `step_database` is
sqlite-utils' `Database` whose `executescript`, inside a transaction, runs those
statements one by one (`store.migrations.apply`).
"""

from __future__ import annotations

import functools
import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def statements(sql: str) -> list[str]:
    """A script's statements, each stripped, split where `sqlite3.complete_statement`
    says one ends (only ever at a semicolon: one inside a string, a comment or a
    trigger's body does not end it)."""
    out, start, end = [], 0, sql.find(";")
    while end >= 0:
        piece = sql[start : end + 1].strip()
        if piece and sqlite3.complete_statement(piece):
            out.append(piece)
            start = end + 1
        end = sql.find(";", end + 1)
    rest = sql[start:].strip()
    return [*out, rest] if rest else out


@functools.cache
def step_database() -> type[Database]:
    """sqlite-utils' `Database`, whose `executescript` inside a step's transaction runs
    the statements of `statements`.  sqlite-utils splits a script there by asking
    `complete_statement` again after every character, each time of all the statement
    so far: about half of creating an inspection file (docs/performance.md)."""
    from sqlite_utils import Database

    class StepDatabase(Database):
        def executescript(self, sql: str) -> sqlite3.Cursor:
            if not self.conn.in_transaction:
                return super().executescript(sql)
            cursor = self.conn.cursor()
            for statement in statements(sql):
                cursor.execute(statement)
            return cursor

    return StepDatabase
