"""Tester 27, F6: `kill -9` of an export left its hidden temporary copy of the draft
(`.k2.docx.XXXX.tmp`, the children's words in its comments, not yet read back by the
identifiability check) beside the target for good; exporting again to the same name
left it there.  Now the next export to the name removes what a process no longer
running left, and never a file a running export is writing.  On the hand-written
inspection."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.team.helpers import run

pytestmark = pytest.mark.skipif(os.name != "posix", reason="process ids are asked only on POSIX")


def _gone_pid() -> int:
    """The id of a process that has ended."""
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return int(done.stdout)


@pytest.mark.parametrize(("kind", "name"), [("report", "k2.docx"), ("qa", "qa.csv")])
def test_an_export_removes_what_a_killed_one_left(
    handwritten_db: Path, tmp_path: Path, kind: str, name: str
) -> None:
    out = tmp_path / "exports"
    out.mkdir()
    left = out / f".{name}.{_gone_pid()}-x81kq2.tmp"
    left.write_bytes(b"PK half a draft")
    writing = out / f".{name}.{os.getpid()}-a7c0de.tmp"  # this test is running: kept
    writing.write_bytes(b"PK an export under way")
    other = out / f".other.docx.{_gone_pid()}-zz9a1b.tmp"  # another name's: not this one's
    other.write_bytes(b"PK")
    run("export", kind, handwritten_db, "-o", out / name, "--allow-identifying")
    assert (out / name).stat().st_size > 0
    assert not left.exists()
    assert writing.exists() and other.exists()
    assert sorted(p.name for p in out.iterdir()) == sorted([name, writing.name, other.name])


def test_a_csv_export_removes_what_a_killed_one_left(handwritten_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    out.mkdir()
    left = out / f".fieldwork-{_gone_pid()}-q1w2e3.csv.tmp"
    left.write_text("id,text\n")
    run("export", "csv", handwritten_db, "-o", out)
    assert not left.exists()
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    assert (out / "evidence.csv").exists()
