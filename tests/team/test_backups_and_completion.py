"""Merge backups do not pile up (they hold children's data too), and shell completion
prints its script, completes command names and writes nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.team.helpers import new_inspection, run

FIELDWORK = Path(sys.executable).parent / "fieldwork"


def test_only_the_newest_backups_are_kept(tmp_path: Path) -> None:
    master = new_inspection(tmp_path / "master.db")
    run("team", "add", master, "Priti Sandhu", "--initials", "PS", "--role", "deputy")
    ps = tmp_path / "ps.db"
    run("issue", master, "--inspector", "PS", "-o", ps)
    named = []
    for i in range(6):
        run("areas", "add", ps, str(i + 1), "--name", f"Area number {i + 1}")
        out = run("merge", master, ps, "--keep-backups", "3").output
        assert "(the newest 3 copies are kept)" in out
        named.append(Path(out.split(" is at ")[1].split(" (the newest")[0]))
    left = sorted(tmp_path.glob("master.db.bak-*"))
    assert len(left) == 3 and set(left) == set(named[-3:])
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in left)
    assert "no copy of" in run("merge", master, ps).output  # nothing new: no backup
    assert len(list(tmp_path.glob("master.db.bak-*"))) == 3
    run("areas", "add", ps, "7", "--name", "Area number 7")
    assert "is at" in run("merge", master, ps).output  # default: five
    assert len(list(tmp_path.glob("master.db.bak-*"))) == 4


def _complete(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(FIELDWORK)], cwd=tmp_path, capture_output=True, text=True, timeout=60,
        env={**os.environ, "FIELDWORK_DATA_DIR": str(tmp_path / "data"), **env},
    )  # fmt: skip


def test_completion_prints_its_script_and_writes_nothing(tmp_path: Path) -> None:
    script = _complete(tmp_path, _FIELDWORK_COMPLETE="bash_source")
    assert script.returncode == 0 and "_fieldwork_completion" in script.stdout
    words = _complete(tmp_path, _FIELDWORK_COMPLETE="bash_complete", COMP_WORDS="fieldwork te",
                      COMP_CWORD="1")  # fmt: skip
    assert "plain,team" in words.stdout.split()
    assert list(tmp_path.iterdir()) == []
