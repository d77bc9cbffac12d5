"""A damaged file is refused in one sentence even where SQLite's own error runs over
many lines: a schema mutated by the merge fuzz test gave an error carrying the table's
whole SQL, and the refusal printed eleven lines."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from store.errors import SAID_CHARS, CorruptDatabaseError
from store.fileinfo import read_error
from store.sqlerrors import translate_errors

SQLITE_SAID = (
    "malformed database schema (redactions) - table redactions has 4 columns\n"
    "CREATE TABLE redactions (\n    id TEXT PRIMARY KEY,\n    rid TEXT NOT NULL,\n"
    "    tbl TEXT NOT NULL\n)"
)


def test_a_source_with_a_damaged_schema_is_refused_in_one_line(tmp_path: Path) -> None:
    said = str(read_error(tmp_path / "alice.db", sqlite3.DatabaseError(SQLITE_SAID), "source"))
    assert "\n" not in said
    assert said.startswith(f"{tmp_path / 'alice.db'} is a damaged Fieldwork database "
                           "(malformed database schema (redactions)")  # fmt: skip
    assert "CREATE TABLE" not in said


def test_the_store_says_its_own_damage_in_one_line(tmp_path: Path) -> None:
    long = "file is not a database " + "x" * 300
    with pytest.raises(CorruptDatabaseError) as raised, translate_errors(tmp_path / "master.db"):
        raise sqlite3.DatabaseError(long)
    said = str(raised.value)
    assert "\n" not in said and "x" * SAID_CHARS not in said
    assert (
        f"put back the newest sound backup beside it with 'fieldwork restore {tmp_path / 'master.db'}'"
        in said
    )
