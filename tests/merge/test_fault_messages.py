"""Faults from outside (#19), the words: one true sentence for every fault (a read-only
target, a folder the user cannot enter, a locked file, a damaged file), and exports no
more readable than the database.  The faults themselves (two writers, killed merges,
backups, a full disk) are in test_faults.py."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import store.connection
from store.holders import describe
from tests.merge.files import (
    Team,
    assert_refused,
    fieldwork,
    make_team,
    sha,
)

# True sentences --------------------------------------------------------------------------------


def _as_nobody(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """Run `fieldwork` as an unprivileged user (root ignores file permissions)."""
    exe = Path(sys.executable).parent / "fieldwork"
    env = {
        **os.environ,
        "FIELDWORK_DATA_DIR": str(home / "data"),
        "FIELDWORK_CONFIG_FILE": str(home / "config.toml"),
        "HOME": str(home),
    }
    cmd = [str(exe), *args]
    if os.geteuid() == 0:
        cmd = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def unprivileged(tmp_path: Path) -> Iterator[tuple[Team, Path]]:
    """The team's files in a folder owned by the unprivileged user (under /tmp, which
    that user can reach, unlike pytest's own temporary folders)."""
    if os.geteuid() == 0:
        probe = _as_nobody("--version", home=tmp_path)
        if probe.returncode != 0:
            pytest.skip(
                "the unprivileged user cannot run this checkout's fieldwork (the checkout "
                f"sits in a folder only its owner can enter): {probe.stderr.strip()}"
            )
    (tmp_path / "team").mkdir()
    team = make_team(tmp_path / "team")
    base = Path(tempfile.mkdtemp(prefix="fw-nobody-"))
    folder = base / "shared"
    folder.mkdir()
    for p in (team.master, team.alice):
        shutil.copyfile(p, folder / p.name)
    home = base / "home"
    home.mkdir()
    if os.geteuid() == 0:
        for p in (base, folder, home, *folder.iterdir()):
            os.chown(p, 65534, 65534)
    try:
        yield team, folder
    finally:
        os.chmod(folder, 0o700)
        shutil.rmtree(base, ignore_errors=True)


def _one_sentence(done: subprocess.CompletedProcess[str], *words: str) -> str:
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    lines = [ln for ln in done.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, done.stderr
    for w in words:
        assert w in lines[0], lines[0]
    return lines[0]


def test_a_read_only_target_is_blamed_on_the_target(
    unprivileged: tuple[Team, Path], tmp_path: Path
) -> None:
    team, folder = unprivileged
    master = folder / "master.db"
    os.chmod(master, 0o400)
    before = sha(master)
    line = _one_sentence(
        _as_nobody("merge", str(master), str(folder / "alice.db"), home=folder.parent / "home"),
        str(master),
    )
    assert "read-only" in line or "cannot be opened for writing" in line
    assert "fresh copy" not in line
    assert sha(master) == before


def test_a_master_in_a_read_only_folder_is_one_sentence(
    unprivileged: tuple[Team, Path], tmp_path: Path
) -> None:
    team, folder = unprivileged
    master = folder / "master.db"
    before = sha(master)
    os.chmod(folder, 0o500)
    line = _one_sentence(
        _as_nobody("merge", str(master), str(folder / "alice.db"), home=folder.parent / "home"),
        str(master),
    )
    assert "folder" in line
    os.chmod(folder, 0o700)
    assert sha(master) == before


def test_a_folder_the_user_cannot_enter_is_one_sentence(
    unprivileged: tuple[Team, Path], tmp_path: Path
) -> None:
    team, folder = unprivileged
    os.chmod(folder, 0o000)
    _one_sentence(
        _as_nobody("check", str(folder / "master.db"), home=folder.parent / "home"),
        "Cannot read",
        "folder",
    )


def test_a_locked_file_names_what_holds_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    team = make_team(tmp_path)
    monkeypatch.setattr(store.connection, "BUSY_TIMEOUT_MS", 300)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys, time\n"
         f"c = sqlite3.connect({str(team.master)!r}, isolation_level=None)\n"
         "c.execute('BEGIN EXCLUSIVE'); print('held', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        code, out = fieldwork("merge", str(team.master), str(team.alice))
    finally:
        holder.kill()
        holder.wait()
    assert code == 2, out
    assert f"process {holder.pid}" in out and "another program (python" in out
    assert "damaged" not in out and "backup" not in out


def test_holders_are_described_by_what_they_are() -> None:
    assert describe(["/usr/bin/python3", "/venv/bin/fieldwork", "team.db"]) == (
        "the Fieldwork workbench"
    )
    assert describe(["/venv/bin/fieldwork", "open", "team.db", "--as", "Alice"]) == (
        "the Fieldwork workbench"
    )
    assert describe(["/venv/bin/fieldwork", "merge", "m.db", "a.db"]) == (
        "a 'fieldwork merge' command"
    )
    assert describe(["sqlite3", "m.db"]) == "another program (sqlite3)"


def test_a_damaged_target_is_called_damaged_and_a_good_one_never(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    code, out = fieldwork("merge", str(team.master), str(team.alice))
    assert code == 0 and "is damaged" not in out and "a damaged" not in out, out
    with sqlite3.connect(team.master) as c:
        root = c.execute("SELECT rootpage FROM sqlite_master WHERE name = 'version'").fetchone()[0]
        size = c.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(team.master.read_bytes())
    data[(root - 1) * size : root * size] = b"\xff" * size  # the version table's first page
    team.master.write_bytes(bytes(data))
    code, out = fieldwork("merge", str(team.master), str(team.bob))
    assert code == 2, out
    assert "damaged" in out and str(team.master) in out and "Traceback" not in out


def test_exports_are_no_more_readable_than_the_database(tmp_path: Path) -> None:
    """Word and CSV exports honour the umask and never open up a private database."""
    team = make_team(tmp_path)
    old = os.umask(0o022)
    try:
        code, text = fieldwork("export", "report", str(team.master), "-o",
                               str(tmp_path / "draft.docx"), "--allow-identifying")  # fmt: skip
        assert code == 0, text
        code, text = fieldwork("export", "csv", str(team.master), "-o", str(tmp_path / "csv"))
        assert code == 0, text
    finally:
        os.umask(old)
    written = [tmp_path / "draft.docx", *(tmp_path / "csv").glob("*.csv")]
    assert len(written) > 1
    for out in written:
        mode = out.stat().st_mode & 0o777
        assert mode & ~0o600 == 0, f"{out.name} is {oct(mode)}"


def test_a_refused_merge_changes_nothing_even_with_sqlite_open(tmp_path: Path) -> None:
    """No write on close: a read-only command leaves the target byte-identical."""
    team = make_team(tmp_path)
    before = sha(team.master)
    for args in (["check", str(team.master)], ["conflicts", str(team.master)]):
        fieldwork(*args)
    assert sha(team.master) == before
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all")
    assert_refused(team.master, bad, "not a Fieldwork database")
    conn = sqlite3.connect(team.master)
    conn.close()
