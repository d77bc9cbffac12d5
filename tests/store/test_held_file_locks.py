"""A file held open in this process keeps its locks while the process looks at it
(tester 32, F4, blocker; tester 31, F16): the workbench's backup check read the first
bytes of its own file with an ordinary handle, whose closing released the process's
SQLite locks; a `fieldwork` command writing to the same file from another process then
found no other holder when it finished, checkpointed the write-ahead log and deleted it
under the workbench, whose next note went into a log no longer on disk.

Here the workbench is this test's own Store; the other process is the real command
line.  The inspection is written here by hand."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from store.autobackup import backup_if_stale
from store.errors import CorruptDatabaseError
from store.fileinfo import file_sha256, inspect_file, ro_uri
from store.framework import load_framework
from store.models import Area, CaseFile, Evidence
from store.store import Store

OURS = "Workbench note: the FCA's letter to the child explained the order in plain words."
THEIRS = "Command-line note: chronology updated after the IRH; no gaps found."


def _note(case_id: str, text: str) -> Evidence:
    return Evidence(case_id=case_id, criteria=["QP1"], source="CASE_FILE",
                    polarity="neutral", text=text)  # fmt: skip


def _other_process_adds(db: Path, case_ref: str) -> None:
    code = "from cli.entry import main; main()"
    args = ["evidence", "add", str(db), "--case", case_ref, "--criteria", "QP1",
            "--source", "CASE_FILE", "--polarity", "neutral", "--text", THEIRS]  # fmt: skip
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_a_file_held_here_keeps_its_log_when_another_process_writes(tmp_path: Path) -> None:
    db = tmp_path / "rhian.db"
    with Store.create(db, load_framework("cafcass-2021"), title="Inner London visit",
                      lead="Rhian Ellis", start_date="2026-11-30") as s:  # fmt: skip
        s.put_area(Area(code="2", name="Newham", visited=True))
        case_id = s.put_case(CaseFile(ref="NH-0042", area_code="2", law_type="PRIVATE",
                                      case_type="CAO", stage="FHDRA"))  # fmt: skip
    workbench = Store.open(db)
    try:
        workbench.checkpoint_writes = True  # as the workbench runs
        workbench.put_evidence(_note(case_id, "First note, before anything else ran."))
        # What the workbench does while it stays open: its backup check, the merge
        # log's digest and the header check of a file merged or opened again.
        assert backup_if_stale(db, every=0.0) is not None
        inspect_file(db)
        assert len(file_sha256(db)) == 64
        Store.open(db).close()
        _other_process_adds(db, "NH-0042")
        wal = Path(f"{db}-wal")
        assert wal.exists(), "the write-ahead log was deleted under the open file"
        workbench.put_evidence(_note(case_id, OURS))
    finally:
        workbench.close()
    with sqlite3.connect(ro_uri(db), uri=True) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with Store.open(db) as s:
        texts = {e.text for e in s.all_evidence()}
    assert {OURS, THEIRS} <= texts


def _built(db: Path) -> str:
    with Store.create(db, load_framework("cafcass-2021"), title="Inner London visit",
                      lead="Rhian Ellis", start_date="2026-11-30") as s:  # fmt: skip
        s.put_area(Area(code="2", name="Newham", visited=True))
        return s.put_case(CaseFile(ref="NH-0042", area_code="2", law_type="PRIVATE",
                                   case_type="CAO", stage="FHDRA"))  # fmt: skip


def test_a_write_is_refused_once_another_program_deleted_the_log(tmp_path: Path) -> None:
    """Should anything again delete the log under an open file (another program, a sync
    tool), the next save says so and is refused, so the words stay on the screen that
    typed them, instead of going into a log no longer on disk."""
    db = tmp_path / "rhian.db"
    case_id = _built(db)
    workbench = Store.open(db)
    try:
        workbench.put_evidence(_note(case_id, "Saved while all was well."))
        Path(f"{db}-wal").unlink()  # what the other program did
        try:
            workbench.put_evidence(_note(case_id, OURS))
        except CorruptDatabaseError as exc:
            said = str(exc)
        else:
            raise AssertionError("a note was saved into a deleted log")
        assert said.startswith("rhian.db was changed on disk by another program")
        assert "its write-ahead log was deleted" in said and "open the file again" in said
    finally:
        workbench.close()


def test_a_write_is_refused_once_a_backup_is_copied_over_the_open_file(tmp_path: Path) -> None:
    db = tmp_path / "rhian.db"
    case_id = _built(db)
    workbench = Store.open(db)
    try:
        other = tmp_path / "other.db"
        _built(other)
        other.replace(db)  # a file put in its place while open
        try:
            workbench.put_evidence(_note(case_id, OURS))
        except CorruptDatabaseError as exc:
            assert "another file was put in its place" in str(exc)
        else:
            raise AssertionError("a note was saved into a file no longer on disk")
    finally:
        workbench.close()
