"""A new inspection file gets its schema as a copy of one made once a process
(`migrations.write_schema`), and an open file's framework is validated once a process
for each stored text (`connection.stored_framework`): both must give exactly what the
slow way gave."""

from __future__ import annotations

import datetime
import sqlite3
from pathlib import Path

from store import migrations
from store.connection import connect, stored_framework
from store.framework import dump_framework, load_framework
from store.store import Store


def _schema(conn: sqlite3.Connection) -> dict[str, object]:
    """Everything about a file's schema a later open, merge or check reads."""
    out: dict[str, object] = {
        name: conn.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("user_version", "application_id", "journal_mode", "page_size",
                     "auto_vacuum", "encoding", "freelist_count")
    }  # fmt: skip
    out["objects"] = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    out["steps"] = conn.execute(
        "SELECT id, migration_set, name FROM _sqlite_migrations ORDER BY id"
    ).fetchall()
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    out["rows"] = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    return out


def _by_steps(path: Path) -> sqlite3.Connection:
    """A file given its schema the old way: every step run on it."""
    path.touch(mode=0o600)
    conn = connect(path)
    conn.execute(f"PRAGMA application_id = {migrations.APPLICATION_ID}")
    migrations.apply(conn)
    return conn


def _by_copy(path: Path) -> sqlite3.Connection:
    path.touch(mode=0o600)
    conn = connect(path)
    migrations.write_schema(conn)
    return conn


def test_the_copied_schema_is_the_one_the_steps_write(tmp_path: Path) -> None:
    old, new = _by_steps(tmp_path / "steps.db"), _by_copy(tmp_path / "copy.db")
    want = _schema(old)
    assert want["journal_mode"] == "wal" and want["user_version"] == migrations.schema_version()
    assert len(want["steps"]) == migrations.schema_version()  # type: ignore[arg-type]
    assert _schema(new) == want
    # A second file of the same process gets the same, not what the first has since.
    new.execute("CREATE TABLE scratch (x)")
    assert _schema(_by_copy(tmp_path / "copy2.db")) == want
    assert new.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for conn in (old, new):
        conn.close()


def test_the_copied_steps_are_recorded_as_applied_when_the_file_is_made(
    tmp_path: Path,
) -> None:
    _by_copy(tmp_path / "first.db").close()  # the process's template exists by now
    before = str(datetime.datetime.now(datetime.UTC))
    conn = _by_copy(tmp_path / "second.db")
    applied = conn.execute("SELECT min(applied_at), max(applied_at) FROM _sqlite_migrations")
    earliest, latest = applied.fetchone()
    conn.close()
    assert before <= earliest == latest <= str(datetime.datetime.now(datetime.UTC))


def test_a_new_inspection_opens_with_its_schema_and_framework(tmp_path: Path) -> None:
    framework = load_framework("cafcass-2021")
    path = tmp_path / "new.db"
    Store.create(path, framework, title="Cafcass 2025", lead="Ruth Okafor").close()
    with Store.open(path) as store:
        assert store.framework == framework
        assert store.check().schema_version == migrations.schema_version()
        assert store.conn.execute("PRAGMA application_id").fetchone()[0] == (
            migrations.APPLICATION_ID
        )


def test_a_framework_text_is_validated_once_and_each_text_apart(tmp_path: Path) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    for path in (a, b):
        Store.create(path, load_framework("cafcass-2018"), title="T", lead="Ann Lead").close()
    with Store.open(a) as first, Store.open(b) as second:
        assert first.framework is second.framework  # the same stored text: one model
    # A team's own framework: the same but for its title, stored in one file only.
    own = load_framework("cafcass-2018").model_copy(update={"title": "Our own 2018"})
    with sqlite3.connect(b) as conn:
        conn.execute("UPDATE framework SET body = ?", (dump_framework(own),))
    conn.close()
    with Store.open(a) as first, Store.open(b) as second:
        assert first.framework.title != "Our own 2018"
        assert second.framework.title == "Our own 2018"
        assert second.framework == own
    assert stored_framework(dump_framework(own)) == own
