"""Tester 25, F6: on a laptop whose clock ran two days slow, merging the master told its
inspector that the master and a colleague's file "had its clock 2 days ahead": the
likelier fault is the laptop's own, as every file agrees.  And a file whose changes were
all made two days slow was said to be "at least 2 days behind and at least 2 days
behind".  Real `fieldwork` processes with faked clocks (libfaketime), on the hand-made
team of tests/merge/files.py."""

from __future__ import annotations

from pathlib import Path

from tests.merge.files import fieldwork, make_team
from tests.merge.test_clocks import add, at, needs_faketime


@needs_faketime
def test_a_slow_laptop_is_told_its_own_clock_is_likelier_wrong(tmp_path: Path) -> None:
    team = make_team(tmp_path, notes=0)
    add(team.alice, "Seen at school with the head of year present.")
    assert fieldwork("merge", str(team.master), str(team.alice))[0] == 0
    code, out = fieldwork("evidence", "add", str(team.master), "--polarity", "neutral",
                          "--national", "--criteria", "LG1", "--source", "INTERVIEW_MANAGER",
                          "--text", "The chief executive set out the year's priorities.")  # fmt: skip
    assert code == 0, out
    add(team.bob, "Bob's own note, dated by his slow clock.", "-2d")  # dated behind
    done = at("-2d", "merge", str(team.bob), str(team.master))
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "this computer's date and time are more likely wrong (slow)" in out, out
    assert "ask its owner" not in out, out
    # The laptop's own check says the same, once (the workbench opens with it too).
    checked = at("-2d", "check", str(team.bob)).stdout
    assert checked.count("more likely wrong (slow)") == 1, checked
    assert "set that laptop's date and time" not in checked, checked


@needs_faketime
def test_a_clock_wrong_the_same_way_throughout_is_said_once(tmp_path: Path) -> None:
    team = make_team(tmp_path, notes=0)
    for text in ("First visit recorded.", "Second visit recorded.", "Report read in full."):
        add(team.alice, text, "-2d")
    code, out = fieldwork("merge", str(team.master), str(team.alice))
    assert code == 0 and "had its clock at least 2 days behind when it made 3" in out, out
    assert out.count("2 days behind") == 1, out


@needs_faketime
def test_a_clock_behind_by_different_amounts_is_said_once(tmp_path: Path) -> None:
    """Tester 25's final table: the master said "at least 2 days behind and at least 47
    hours behind"; "at least" the smaller is true of every change."""
    team = make_team(tmp_path, notes=0)
    add(team.alice, "First visit recorded.", "-3d")
    add(team.alice, "Second visit recorded.", "-2d")
    code, out = fieldwork("merge", str(team.master), str(team.alice))
    assert code == 0 and "had its clock at least 2 days behind when it made 2" in out, out
    assert "3 days" not in out, out
