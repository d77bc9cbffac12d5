"""`fieldwork check` after a file was used in two places, or made changes with a wrong
clock: it says exactly what to do, and once that is done it says the problem is settled
and exits 0 (tester's finding 6, third session).  Names and texts are written here."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli.root import cli
from store.framework import load_framework
from store.models import Area, CaseFile, Inspector
from store.store import Store
from tests.team.helpers import run

REF = "C-2040-NR"


@pytest.fixture
def team(tmp_path: Path) -> tuple[Path, Path]:
    """A master led by Ruth Okafor and a file issued to Nadia Rahman, whose case it is."""
    master = tmp_path / "master.db"
    m = Store.create(master, load_framework("cafcass-2018"), title="Spring inspection",
                     lead="Ruth Okafor", start_date="2026-03-02")  # fmt: skip
    m.put_area(Area(code="6", name="Hampshire", visited=True))
    nadia = m.put_inspector(Inspector(name="Nadia Rahman", initials="NR"))
    m.put_case(CaseFile(ref=REF, area_code="6", law_type="PRIVATE", case_type="CAO",
                        stage="WTFH", inspector_id=nadia))  # fmt: skip
    m.close()
    mine = tmp_path / "nr.db"
    run("issue", master, "--inspector", "Nadia Rahman", "-o", mine)
    return master, mine


def note(db: Path, text: str) -> None:
    run("evidence", "add", db, "--polarity", "neutral", "--case", REF, "--criteria", "SW1", "--source", "CASE_FILE",
        "--text", text)  # fmt: skip


def checked(db: Path, *more: str) -> tuple[int, dict[str, object], str]:
    """(exit code, the JSON report, the text report) of `fieldwork check DB`."""
    text = CliRunner().invoke(cli, ["check", str(db), *more]).output
    result = CliRunner().invoke(cli, ["check", str(db), "--json"])
    assert result.exit_code in (0, 1) and "Traceback" not in result.output + text
    return result.exit_code, json.loads(result.output), text


def kinds(report: dict[str, object]) -> list[str]:
    return [str(p["kind"]) for p in report["problems"]]  # type: ignore[attr-defined]


def test_a_restored_backup_is_settled_by_doing_what_check_says(team: tuple[Path, Path]) -> None:
    master, mine = team
    lost = mine.with_name("nr-lost.db")
    note(mine, "The visit notes are detailed and typed up within a day.")
    shutil.copy(mine, mine.with_name("nr-backup.db"))
    note(mine, "The safeguarding letter was sent before the first hearing.")
    run("merge", master, mine)
    # The laptop fails; the old file turns up later as nr-lost.db, and Nadia goes on
    # in her backup, making a change numbered as one the lost file made.
    shutil.move(mine, lost)
    shutil.copy(mine.with_name("nr-backup.db"), mine)
    note(mine, "The child's school was not asked for its view.")
    run("merge", master, mine)

    code, report, text = checked(master)
    assert code == 1 and kinds(report) == ["copied-file"]
    assert "Nadia Rahman's file was used in two places" in text
    assert f"'fieldwork merge {master.name} COPY...'" in text
    assert f"'fieldwork merge KEPT {master.name}'" in text
    assert f"'fieldwork check {master.name} --copies-merged'" in text

    # Do what it says: every copy into the master, the master into the copy she keeps.
    run("merge", master, mine, lost)
    run("merge", mine, master)
    code, _, text = checked(mine)  # her file now holds both copies' changes too
    assert code == 1 and "This file was used in two places" in text
    assert f"'fieldwork merge {mine.name} MASTER'" in text
    assert checked(master)[0] == 1
    out = run("check", master, "--copies-merged").output
    assert "Marked settled: Nadia Rahman's file" in out
    code, report, text = checked(master)
    assert code == 0 and report["ok"] is True and kinds(report) == []
    assert "Nadia Rahman's file was used in two places" in str(report["settled"])
    assert "settled before:" in text and "nothing to do" in text
    assert run("check", mine, "--copies-merged").exit_code == 0
    assert checked(mine)[0] == 0

    # Her kept file goes on after the lost one's numbers: no change is numbered twice.
    note(mine, "Supervision notes show the manager's direction on the plan.")
    run("merge", master, mine)
    assert checked(master)[0] == 0
    # Someone works in the lost copy after all: the problem comes back, and says so.
    note(lost, "A note typed into the old copy by mistake.")
    run("merge", master, lost)
    code, report, text = checked(master)
    assert code == 1 and kinds(report) == ["copied-file"]
    assert "again since it was settled (1 more)" in text


def test_another_inspectors_file_has_nothing_to_settle(team: tuple[Path, Path]) -> None:
    """Tester 19, F17: after Nadia's restored backup went on being used, a colleague's
    file that merged the master was told to merge Nadia's copies into it, and its check
    exited 1, though it holds every change and settling the copies is the lead's.  Now it
    says so, and exits 0; the master and Nadia's own file still say what to do."""
    master, mine = team
    run("team", "add", master, "Owen Pryce")
    owen = mine.with_name("op.db")
    run("issue", master, "--inspector", "Owen Pryce", "-o", owen)
    note(mine, "The visit notes are detailed and typed up within a day.")
    shutil.copy(mine, mine.with_name("nr-backup.db"))
    note(mine, "The safeguarding letter was sent before the first hearing.")
    run("merge", master, mine)
    shutil.copy(mine.with_name("nr-backup.db"), mine)
    note(mine, "The child's school was not asked for its view.")
    run("merge", master, mine)
    run("merge", owen, master)
    code, report, text = checked(owen)
    assert code == 0 and kinds(report) == [], text
    assert "Nadia Rahman's file was used in two places" in str(report["settled"])
    assert "the lead settles the copies in the master: nothing to do here" in text
    assert checked(master)[0] == 1


def test_copies_merged_with_nothing_to_settle_says_so(team: tuple[Path, Path]) -> None:
    master, _ = team
    out = run("check", master, "--copies-merged").output
    assert "No file was used in two places; nothing to mark." in out


FAKETIME = shutil.which("faketime")


def fieldwork_at(when: str, *args: str | Path) -> None:
    """`fieldwork ARGS` in a process whose clock says `when` (libfaketime)."""
    cmd = [FAKETIME or "faketime", when, sys.executable, "-c",
           "import sys; from cli.entry import main; sys.argv[0] = 'fieldwork'; sys.exit(main())",
           *map(str, args)]  # fmt: skip
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(FAKETIME is None, reason="faketime is not installed")
def test_a_wrong_clock_is_settled_by_the_first_change_after_it_is_set(
    team: tuple[Path, Path],
) -> None:
    master, mine = team
    evidence = ("evidence", "add", mine, "--polarity", "neutral", "--case", REF, "--criteria", "SW1", "--source",
                "CASE_FILE", "--text")  # fmt: skip
    fieldwork_at("2028-02-01 09:00:00", *evidence, "Written with a clock two years fast.")
    fieldwork_at("1999-12-31 23:00:00", *evidence, "Written after a flat battery reset it.")
    run("merge", master, mine)
    code, report, text = checked(master)
    assert code == 1 and kinds(report) == ["clock"]
    assert "Nadia Rahman's file made 2 changes while its laptop's clock was wrong" in text
    assert "set that laptop's date and time" in text
    assert "the next change made in that file, once merged here" in text
    code, _, text = checked(mine)
    assert code == 1 and "make a change in this file" in text

    note(mine, "Written once the laptop's date and time were set.")  # the real clock
    assert checked(mine)[0] == 0
    run("merge", master, mine)
    code, report, text = checked(master)
    assert code == 0 and kinds(report) == []
    assert "the clock has been set" in str(report["settled"]) and "settled before:" in text


def test_once_settled_a_merge_no_longer_says_the_file_was_compared_in_full(
    team: tuple[Path, Path],
) -> None:
    """Tester 23, F9: after the copies were settled, every later merge of the kept file
    still said its versions "were compared in full because the source numbers them with
    a gap or a repeat", which a lead reads as a new problem each time."""
    master, mine = team
    stick = mine.with_name("nr-usb.db")
    note(mine, "The visit notes are detailed and typed up within a day.")
    shutil.copy(mine, stick)
    note(mine, "The safeguarding letter was sent before the first hearing.")
    note(stick, "The child's school was not asked for its view.")
    first = run("merge", master, mine, stick).output
    assert "compared in full" in first, first
    run("merge", stick, master)
    run("merge", mine, master)
    assert "Marked settled" in run("check", master, "--copies-merged").output
    note(mine, "The case was allocated within two days of the application.")
    later = run("merge", master, mine).output
    assert "1 new" in later and "compared in full" not in later, later
    # A copy still in use makes a number twice again: that is said.
    note(stick, "The guardian visited the child at her foster home.")
    again = run("merge", master, stick).output
    assert "compared in full" in again, again
