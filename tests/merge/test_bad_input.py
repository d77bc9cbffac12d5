"""Merging a file that must not be merged: one line saying what is wrong and what to
do, exit code 2, no traceback, and the target byte-for-byte unchanged."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import store.connection
from cli.root import cli
from store.framework import load_framework
from store.models import Area, Evidence, Inspector
from store.store import Store


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def team(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """A master (closed) and one inspector's database issued from it (closed)."""
    master = tmp_path / "master.db"
    s = Store.create(master, load_framework("cafcass-2018"), title="T", lead="Ruth Okafor")
    s.put_area(Area(code="6", name="Hampshire", visited=True))
    alice = s.put_inspector(Inspector(name="Alice Able", initials="AA"))
    inspector = s.issue(tmp_path / "alice.db", alice)
    s.close()
    a = Store.open(inspector)
    a.put_evidence(Evidence(area_code="6", criteria=["SW1"], source="CASE_FILE", text="Seen"))
    a.close()
    yield master, inspector


def merge_refused(target: Path, source: Path, *words: str) -> str:
    before = sha(target)
    backups = set(target.parent.glob(target.name + ".bak-*"))
    result = CliRunner().invoke(cli, ["merge", str(target), str(source)])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1, result.output
    line = lines[0]
    assert line.startswith("fieldwork: ")
    for w in words:
        assert w in line, line
    assert sha(target) == before, "the target changed"
    assert set(target.parent.glob(target.name + ".bak-*")) == backups, "a backup was made"
    return line


def _random_bytes(p: Path) -> None:
    p.write_bytes(os.urandom(8192))


def _empty(p: Path) -> None:
    p.write_bytes(b"")


def _directory(p: Path) -> None:
    p.mkdir()


def _foreign(p: Path) -> None:
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


BAD: dict[str, tuple[Callable[[Path], None], tuple[str, ...]]] = {
    "random-bytes": (_random_bytes, ("not a Fieldwork database",)),
    "empty": (_empty, ("empty file",)),
    "directory": (_directory, ("is a folder",)),
    "foreign-sqlite": (_foreign, ("not a Fieldwork inspection",)),
    "missing": (lambda p: None, ("no inspection database",)),
}


@pytest.mark.parametrize("kind", sorted(BAD))
def test_not_a_fieldwork_database(team: tuple[Path, Path], tmp_path: Path, kind: str) -> None:
    master, _ = team
    make, words = BAD[kind]
    bad = tmp_path / f"bad-{kind}.db"
    make(bad)
    merge_refused(master, bad, str(bad), *words)


def test_truncated_copy(team: tuple[Path, Path], tmp_path: Path) -> None:
    master, inspector = team
    cut = tmp_path / "cut.db"
    data = inspector.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    merge_refused(master, cut, "truncated", "restore")


def test_newer_schema(team: tuple[Path, Path], tmp_path: Path) -> None:
    master, inspector = team
    newer = tmp_path / "newer.db"
    shutil.copyfile(inspector, newer)
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    merge_refused(master, newer, "newer version of Fieldwork", "update")


def test_other_inspection(team: tuple[Path, Path], tmp_path: Path) -> None:
    master, _ = team
    other = tmp_path / "other.db"
    Store.create(other, load_framework("cafcass-2018"), title="Other", lead="Sam Jones").close()
    merge_refused(master, other, "another inspection")


def test_target_itself(team: tuple[Path, Path]) -> None:
    master, _ = team
    merge_refused(master, master, "target database itself")


def test_target_itself_by_another_path(team: tuple[Path, Path]) -> None:
    master, _ = team
    link = master.parent / "link.db"
    link.symlink_to(master)
    merge_refused(master, link, "target database itself")


def test_copy_of_an_inspectors_file_into_it(team: tuple[Path, Path], tmp_path: Path) -> None:
    """A copy of a team member's file goes to the master with the file it copies, not
    into it (a copy of the master comes back into the master: test_lead27_master_copy)."""
    _, inspector = team
    copy = tmp_path / "copy.db"
    shutil.copyfile(inspector, copy)
    merge_refused(inspector, copy, "copy or backup")


def test_file_copied_onto_a_second_laptop_loses_nothing(
    team: tuple[Path, Path], tmp_path: Path
) -> None:
    """Same identity, different work: neither copy blocks the other; both laptops' work
    reaches the master, and the report says the second was compared in full."""
    master, inspector = team
    laptop2 = tmp_path / "alice-laptop2.db"
    shutil.copyfile(inspector, laptop2)
    for path, text in ((inspector, "On laptop one"), (laptop2, "On laptop two")):
        s = Store.open(path)
        s.put_evidence(Evidence(area_code="6", criteria=["SW2"], source="CASE_FILE", text=text))
        s.close()
    result = CliRunner().invoke(cli, ["merge", str(master), str(inspector)])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(cli, ["merge", str(master), str(laptop2)])
    assert result.exit_code == 0, result.output
    assert "1 new" in result.output
    assert "compared in full" in result.output and "alice.db" in result.output
    with Store.open(master) as m:
        texts = {e.text for e in m.all_evidence()}
    assert {"Seen", "On laptop one", "On laptop two"} <= texts


def test_locked_target(team: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    master, inspector = team
    monkeypatch.setattr(store.connection, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(master, timeout=0.1)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        before = sha(master)
        result = CliRunner().invoke(cli, ["merge", str(master), str(inspector)])
        assert result.exit_code == 2, result.output
        assert "is in use: another process" in result.output
        assert "Traceback" not in result.output
        assert len(result.output.strip().splitlines()) == 1
    finally:
        holder.rollback()
        holder.close()
    assert sha(master) == before


def test_locked_source(team: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """A source held exclusively in rollback-journal mode cannot be read."""
    master, inspector = team
    # Refused after 0.2 s of waiting rather than the product's 5 s (as test_locked_target).
    monkeypatch.setattr(store.connection, "BUSY_TIMEOUT_MS", 200)
    conn = sqlite3.connect(inspector)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    holder = sqlite3.connect(inspector, timeout=0.1)
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE meta SET v = v WHERE k = 'seq'")
    try:
        line = merge_refused(master, inspector, "is in use")
        assert str(inspector) in line
    finally:
        holder.rollback()
        holder.close()


def test_crash_mid_merge_rolls_back(
    team: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An error inside the merge transaction leaves the master's content unchanged."""
    master, inspector = team
    s = Store.open(master)
    try:
        before = s.dump()
        versions = s.conn.execute("SELECT count(*) FROM version").fetchone()[0]

        def boom(self: Store, *args: object, **kwargs: object) -> dict[str, int]:
            raise RuntimeError("power cut")

        monkeypatch.setattr(Store, "_refresh_touched", boom)
        with pytest.raises(RuntimeError):
            s.merge_from(inspector)
        monkeypatch.undo()
        assert s.conn.execute("SELECT count(*) FROM version").fetchone()[0] == versions
        assert s.dump() == before
        assert not s.merge_log()
        assert s.conn.execute("SELECT count(*) FROM merge_change").fetchone()[0] == 0
        assert s.merge_from(inspector).new_versions == 1
    finally:
        s.close()
