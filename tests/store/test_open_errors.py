"""Opening a file that is not a sound Fieldwork database: one sentence, exit code 2,
and the file byte-for-byte unchanged."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli.root import cli
from store.errors import (
    CorruptDatabaseError,
    FieldworkError,
    ForeignDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
)
from store.store import Store


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _random_bytes(tmp_path: Path, _db: Path) -> Path:
    path = tmp_path / "noise.db"
    path.write_bytes(os.urandom(8192))
    return path


def _truncated(tmp_path: Path, db: Path) -> Path:
    path = tmp_path / "truncated.db"
    data = db.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _empty(tmp_path: Path, _db: Path) -> Path:
    path = tmp_path / "empty-file.db"
    path.write_bytes(b"")
    return path


def _foreign(tmp_path: Path, _db: Path) -> Path:
    path = tmp_path / "foreign.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.execute("INSERT INTO songs VALUES ('Jerusalem')")
    conn.commit()
    conn.close()
    return path


def _newer(tmp_path: Path, db: Path) -> Path:
    path = tmp_path / "newer.db"
    path.write_bytes(db.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    return path


def _newer_migration(tmp_path: Path, db: Path) -> Path:
    path = tmp_path / "newer-step.db"
    path.write_bytes(db.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('fieldwork', '9999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    return path


CASES = [
    (_random_bytes, NotADatabaseError, "not an SQLite file"),
    (_truncated, CorruptDatabaseError, "truncated"),
    (_empty, NotADatabaseError, "empty file"),
    (_foreign, ForeignDatabaseError, "not a Fieldwork inspection"),
    (_newer, NewerSchemaError, "newer version of Fieldwork"),
    (_newer_migration, NewerSchemaError, "newer version of Fieldwork"),
]


@pytest.fixture
def closed_db(empty_db: Path) -> Path:
    """A real inspection with some content, checkpointed so the main file is whole."""
    store = Store.open(empty_db)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return empty_db


@pytest.mark.parametrize(("make", "error", "phrase"), CASES, ids=[c[0].__name__ for c in CASES])
def test_bad_file_is_refused_and_unchanged(
    tmp_path: Path, closed_db: Path, make: object, error: type[FieldworkError], phrase: str
) -> None:
    path = make(tmp_path, closed_db)  # type: ignore[operator]
    before = _digest(path)
    with pytest.raises(error) as info:
        Store.open(path)
    message = str(info.value)
    assert phrase in message
    assert str(path) in message
    assert "\n" not in message
    assert _digest(path) == before
    assert not Path(str(path) + "-wal").exists()


@pytest.mark.parametrize(("make", "error", "phrase"), CASES, ids=[c[0].__name__ for c in CASES])
def test_cli_check_on_bad_file_exits_2_with_one_line(
    tmp_path: Path, closed_db: Path, make: object, error: type[FieldworkError], phrase: str
) -> None:
    path = make(tmp_path, closed_db)  # type: ignore[operator]
    before = _digest(path)
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert phrase in lines[0]
    assert "Traceback" not in result.output
    assert _digest(path) == before


def test_directory_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder.db"
    folder.mkdir()
    with pytest.raises(NotADatabaseError, match="is a folder"):
        Store.open(folder)


def test_missing_file_is_refused_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.db"
    with pytest.raises(NotADatabaseError, match="no inspection database"):
        Store.open(path)
    assert not path.exists()


def test_real_process_prints_no_traceback(tmp_path: Path) -> None:
    """The installed console entry point, not just click's runner."""
    path = tmp_path / "noise.db"
    path.write_bytes(os.urandom(4096))
    proc = subprocess.run(
        [sys.executable, "-c", "from cli.root import main; main()", "check", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith("fieldwork: ")
    assert "not an SQLite file" in proc.stderr


def test_create_refuses_to_overwrite(empty_db: Path) -> None:
    from store.framework import load_framework

    before = _digest(empty_db)
    with pytest.raises(FieldworkError, match="already exists"):
        Store.create(empty_db, load_framework("cafcass-2013"), title="x", lead="y")
    assert _digest(empty_db) == before
