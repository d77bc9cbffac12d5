"""A schema step's script is run statement by statement inside the step's transaction
(`store.stepdb.statements`): a semicolon inside a string, a comment or a trigger's
body does not end a statement, and a new file holds every table, index and trigger the
steps write."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from store.migrations import apply, migrations, schema_version
from store.stepdb import statements

SCRIPT = """
    -- a note; with a semicolon
    CREATE TABLE a (x TEXT DEFAULT 'one; two');
    CREATE TRIGGER a_log AFTER INSERT ON a BEGIN
        INSERT INTO b VALUES ('new; row');
        UPDATE b SET y = y || ';';
    END;
    /* a block; comment */ CREATE TABLE b (y TEXT);
    SELECT 1
"""


def test_a_script_splits_only_where_a_statement_ends() -> None:
    assert statements(SCRIPT) == [
        "-- a note; with a semicolon\n    CREATE TABLE a (x TEXT DEFAULT 'one; two');",
        "CREATE TRIGGER a_log AFTER INSERT ON a BEGIN\n"
        "        INSERT INTO b VALUES ('new; row');\n"
        "        UPDATE b SET y = y || ';';\n"
        "    END;",
        "/* a block; comment */ CREATE TABLE b (y TEXT);",
        "SELECT 1",
    ]
    assert statements("  \n ") == []


def test_the_statements_run_as_the_script_would(tmp_path: Path) -> None:
    split, whole = sqlite3.connect(tmp_path / "split.db"), sqlite3.connect(tmp_path / "whole.db")
    for statement in statements(SCRIPT):
        split.execute(statement)
    whole.executescript(SCRIPT)
    schema = "SELECT type, name, sql FROM sqlite_master ORDER BY name"
    assert split.execute(schema).fetchall() == whole.execute(schema).fetchall()
    for db in (split, whole):
        db.execute("INSERT INTO a VALUES ('z')")
    assert split.execute("SELECT y FROM b").fetchall() == [("new; row;",)]
    assert whole.execute("SELECT y FROM b").fetchall() == [("new; row;",)]


def test_the_schema_is_the_one_sqlite_utils_writes(tmp_path: Path) -> None:
    """Every step applied as `store.migrations.apply` does it, and as sqlite-utils'
    own `Database` does: the same tables, indexes, triggers and steps recorded."""
    from sqlite_utils import Database

    ours, theirs = sqlite3.connect(tmp_path / "ours.db"), sqlite3.connect(tmp_path / "theirs.db")
    apply(ours)
    migrations().apply(Database(theirs, execute_plugins=False))
    schema = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    steps = "SELECT migration_set, name FROM _sqlite_migrations ORDER BY id"
    assert ours.execute(schema).fetchall() == theirs.execute(schema).fetchall()
    assert ours.execute(steps).fetchall() == theirs.execute(steps).fetchall()
    assert len(ours.execute(steps).fetchall()) == schema_version() > 10
    assert ours.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone()[0]
