"""Faults from outside (#19): two writers on one file, merges killed at random points,
backups that are what they say, and a full disk.  The sentence each fault gives is
checked in test_fault_messages.py."""

from __future__ import annotations

import atexit
import contextlib
import functools
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.fileinfo import inspect_file
from store.models import Evidence
from store.store import Store
from tests.disks import fill, small_disk
from tests.merge.files import (
    NOTES,
    examples,
    fieldwork,
    fieldwork_process,
    make_team,
    sha,
)

# Two writers --------------------------------------------------------------------------------

WRITER = """
import sys
from store.models import Evidence
from store.store import Store

db, case_id, tag, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
with Store.open(db) as s:  # one connection kept open, as the workbench keeps it
    for i in range(n):
        s.put_evidence(Evidence(case_id=case_id, criteria=["SW1"], source="CASE_FILE",
                                text=f"{tag} note {i}"))
"""


@pytest.mark.slow
def test_two_processes_and_the_cli_writing_one_file_lose_nothing(tmp_path: Path) -> None:
    """Two long-lived writers (as two workbenches would be) and three short-lived
    `fieldwork evidence add` commands (as a second terminal would run), all started
    together on one inspector's file."""
    team = make_team(tmp_path, notes=0)
    exe = Path(sys.executable).parent / "fieldwork"
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(team.alice), team.case_id, tag, "200"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("first", "second")
    ]
    add = [str(exe), "evidence", "add", str(team.alice), "--polarity", "neutral", "--case", "C-1000-AA",
           "--criteria", "SW2", "--source", "CASE_FILE", "--text"]  # fmt: skip
    processes += [
        subprocess.Popen(
            [*add, f"From the command line {i}."],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(CLI_WRITES)
    ]
    for p in processes:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        assert "locked" not in err
    with Store.open(team.alice) as a:
        texts = [e.text for e in a.all_evidence()]
        seqs = a.conn.execute(
            "SELECT count(*), count(DISTINCT seq) FROM version WHERE origin = ?", (a.replica_id,)
        ).fetchone()
    for tag in ("first", "second"):
        assert {f"{tag} note {i}" for i in range(200)} <= set(texts)
    assert {f"From the command line {i}." for i in range(CLI_WRITES)} <= set(texts)
    assert len(texts) == 400 + CLI_WRITES
    assert seqs[0] == seqs[1], "two writes took the same sequence number"


CLI_WRITES = 3
"""Commands started beside the two writers.  They were six, run one after another, so
that on a quiet machine the later ones started after the writers had finished (one
command's start takes longer than a writer's 200 notes); three started at once with the
writers all run while the writers write."""


def test_a_store_open_while_another_process_writes_saves_without_error(tmp_path: Path) -> None:
    """The workbench's first save after a command wrote the same file."""
    team = make_team(tmp_path, notes=0)
    with Store.open(team.alice) as bench:
        before = bench.put_evidence(
            Evidence(case_id=team.case_id, criteria=["SW1"], source="CASE_FILE", text="One.")
        )
        done = fieldwork_process(
            "evidence", "add", str(team.alice), "--polarity", "neutral", "--case", "C-1000-AA", "--criteria", "SW1",
            "--source", "CASE_FILE", "--text", "From the command line.",
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        after = bench.put_evidence(
            Evidence(case_id=team.case_id, criteria=["SW1"], source="CASE_FILE", text="Two.")
        )
        assert {e.text for e in bench.all_evidence()} == {
            "One.",
            "Two.",
            "From the command line.",
        }
        assert before != after


# Killed merges --------------------------------------------------------------------------------


@functools.cache
def _kill_world() -> tuple[Path, list[str]]:
    """A master and three inspectors' files with 120 notes each, and the master's
    dump after merging none, one, two and all three of them."""
    root = Path(tempfile.mkdtemp(prefix="fw-kill-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    team = make_team(root, notes=0)
    carol = root / "carol.db"
    with Store.open(team.master) as m:
        from store.models import Inspector

        m.issue(carol, m.put_inspector(Inspector(name="Carol Cole", initials="CC")))
    for path in (team.alice, team.bob, carol):
        with Store.open(path) as s, s.transaction():
            for i in range(120):
                s.put_evidence(
                    Evidence(case_id=team.case_id, criteria=["SW1"], source="CASE_FILE",
                             text=f"{NOTES[i % len(NOTES)]} ({path.stem}, {i})")
                )  # fmt: skip
    dumps = []
    work = root / "work.db"
    shutil.copyfile(team.master, work)
    with Store.open(work) as w:
        dumps.append(w.dump())
        for path in (team.alice, team.bob, carol):
            w.merge_from(path)
            dumps.append(w.dump())
    work.unlink()
    return root, dumps


@pytest.mark.slow
@settings(max_examples=examples(0.4))
@given(delay=st.floats(0.0, 2.5))
def test_a_merge_killed_at_any_point_leaves_the_master_whole(delay: float) -> None:
    """Kill `fieldwork merge` with SIGKILL at a random moment: the master still opens and
    holds one of the states between whole sources, every file under a backup's name
    opens and checks out, and merging again converges."""
    root, dumps = _kill_world()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        master = folder / "master.db"
        shutil.copyfile(root / "master.db", master)
        sources = [str(root / f"{n}.db") for n in ("alice", "bob", "carol")]
        exe = Path(sys.executable).parent / "fieldwork"
        proc = subprocess.Popen(
            [str(exe), "merge", str(master), *sources],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        # The kill comes `delay` seconds in, unless the merge has ended before then (as
        # sleeping the whole delay and killing a finished process would): no wait then.
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        for backup in folder.glob("master.db.bak-*"):
            inspect_file(backup)
            with Store.open(backup) as b:
                assert b.dump() == dumps[0]
                assert not [p for p in b.check().problems if p.kind == "damaged-versions"]
        with Store.open(master) as m:
            assert m.dump() in dumps, "the master is between two sources' transactions"
            assert m.check().integrity == "ok"
            m.merge(sources, backup=False)
            assert m.dump() == dumps[-1]


# Backups ------------------------------------------------------------------------------------------


def _note(path: Path, case_id: str, text: str) -> None:
    with Store.open(path) as s:
        s.put_evidence(Evidence(case_id=case_id, criteria=["SW1"], source="CASE_FILE", text=text))


def test_backups_are_pruned_to_the_number_kept(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    made = []
    with Store.open(team.master) as m:
        for i in range(5):
            if i:
                _note(team.alice, team.case_id, NOTES[i])
            made.append(m.merge([team.alice], keep_backups=3)[1])
    left = sorted(tmp_path.glob("master.db.bak-*"))
    assert len(left) == 3
    assert set(left) == set(made[-3:])
    for b in left:
        inspect_file(b)


def test_merges_that_bring_nothing_keep_the_backup_from_before_the_real_change(
    tmp_path: Path,
) -> None:
    """One real merge, then five that bring nothing: the copy of the master from
    before the real change is still there (no-op merges write no backup), and it
    holds the master as it was; each no-op merge says that no copy was made."""
    team = make_team(tmp_path)
    with Store.open(team.master) as m:
        before = m.dump()
    code, out = fieldwork("merge", str(team.master), str(team.alice), "--keep-backups", "2")
    assert code == 0, out
    assert "from before the merge is at" in out
    (real,) = tmp_path.glob("master.db.bak-*")
    for _ in range(5):
        code, out = fieldwork("merge", str(team.master), str(team.alice), str(team.bob),
                              "--keep-backups", "2")  # fmt: skip
        assert code == 0, out
        assert "nothing new" in out and "no copy of" in out, out
    assert list(tmp_path.glob("master.db.bak-*")) == [real]
    with Store.open(real) as old:
        assert old.dump() == before
        assert old.all_evidence() == []


def test_a_leftover_partial_copy_of_a_dead_process_is_cleared(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()  # fmt: skip
    partial = tmp_path / f".master.db.bak-20250101T000000.partial-{dead}-abcdef12"
    partial.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with Store.open(team.master) as m:
        m.merge([team.alice])
    assert not partial.exists()


def test_a_full_disk_during_the_backup_blames_the_target_and_leaves_nothing(
    tmp_path: Path,
) -> None:
    team = make_team(tmp_path)
    with small_disk(1024) as disk:
        master = disk / "master.db"
        shutil.copyfile(team.master, master)
        fill(disk, leave_kb=40)
        before = sha(master)
        done = fieldwork_process("merge", str(master), str(team.alice))
        assert done.returncode == 2, done.stdout + done.stderr
        assert "Traceback" not in done.stderr
        line = done.stderr.strip()
        assert len(line.splitlines()) == 1, line
        assert "is full" in line and str(disk) in line and str(team.alice) not in line
        assert sha(master) == before
        names = {p.name for p in disk.iterdir()}
        assert names == {"master.db", "filler"}, names


def test_a_full_disk_during_the_merge_blames_the_target(tmp_path: Path) -> None:
    team = make_team(tmp_path, notes=5)
    with Store.open(team.master) as m:
        before = m.dump()
        pages = m.conn.execute("PRAGMA page_count").fetchone()[0]
        m.conn.execute(f"PRAGMA max_page_count = {pages}")
        from store.errors import DiskFullError

        with pytest.raises(DiskFullError) as caught:
            m.merge_from(team.alice)
        assert str(team.master) in str(caught.value)
        assert str(team.alice) not in str(caught.value)
        m.conn.execute("PRAGMA max_page_count = 1073741823")
        assert m.dump() == before


def test_a_full_disk_on_evidence_add_is_one_sentence(tmp_path: Path) -> None:
    team = make_team(tmp_path, notes=0)
    with small_disk(1024) as disk:
        db = disk / "alice.db"
        shutil.copyfile(team.alice, db)
        fill(disk, leave_kb=4)
        before = sha(db)
        done = fieldwork_process(
            "evidence", "add", str(db), "--polarity", "neutral", "--case", "C-1000-AA", "--criteria", "SW1",
            "--source", "CASE_FILE", "--text", "A long observation. " * 4000,
        )  # fmt: skip
        assert done.returncode == 2, done.stdout + done.stderr
        assert "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert "full" in done.stderr
        (disk / "filler").unlink()
        with Store.open(db) as s:
            assert s.all_evidence() == []
        del before
