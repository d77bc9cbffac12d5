"""Exports to a disk that fills (tester 24, F14): one sentence on stderr, exit 2, no
traceback (not even one Python prints as a half-written zip file is collected), and
nothing of the export left behind.  The inspection is the hand-written fixture."""

from __future__ import annotations

from pathlib import Path

from tests.disks import fill, small_disk
from tests.export import fixture_data
from tests.merge.files import fieldwork_process


def test_csv_files_to_a_full_disk(tmp_path: Path) -> None:
    db = fixture_data.build(tmp_path / "insp.db")
    with small_disk(1024) as disk:
        fill(disk, leave_kb=24)  # room for the first files, not all of them
        done = fieldwork_process("export", "csv", str(db), "-o", str(disk / "csv"))
        assert done.returncode == 2, done.stdout + done.stderr
        assert done.stderr == (
            f"fieldwork: Cannot write the CSV files in {disk / 'csv'}: No space left on device.\n"
        )
        assert sorted(p.name for p in disk.iterdir()) == ["filler"]  # no folder, no file
        (disk / "filler").unlink()
        done = fieldwork_process("export", "csv", str(db), "-o", str(disk / "csv"))
        assert done.returncode == 0, done.stderr
        assert len(list((disk / "csv").glob("*.csv"))) == 8


def test_a_word_file_to_a_full_disk(tmp_path: Path) -> None:
    db = fixture_data.build(tmp_path / "insp.db")
    with small_disk(1024) as disk:
        fill(disk, leave_kb=8)
        out = disk / "report.docx"
        done = fieldwork_process("export", "report", str(db), "-o", str(out), "--no-comments")
        assert done.returncode == 2, done.stdout + done.stderr
        assert done.stderr == f"fieldwork: Cannot write {out}: No space left on device.\n"
        assert sorted(p.name for p in disk.iterdir()) == ["filler"]
