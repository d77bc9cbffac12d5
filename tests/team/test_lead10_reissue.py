"""Issuing a second file to an inspector who already holds one (a lost laptop): the
lead is told the old file's work is not in the new one, when it was last merged, and
what to do if it turns up; merging it later loses nothing.  Through the command line,
as a lead would (independent tester, session 10: no word at issue time)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.team.helpers import new_inspection, run

AREAS = ("4", "Fenland and Broads")


def test_a_second_file_for_the_same_inspector_says_what_the_first_still_holds(
    tmp_path: Path,
) -> None:
    db = new_inspection(tmp_path / "master.db")
    run("team", "add", db, "Orla Penhaligon", "--initials", "OP")
    run("areas", "add", db, AREAS[0], "--name", AREAS[1], "--visited")
    first = tmp_path / "op-1.db"
    out = run("issue", db, "--inspector", "OP", "-o", first).output
    assert "already held" not in out
    again = run("issue", db, "--inspector", "OP", "-o", tmp_path / "op-2.db").output
    assert "Orla Penhaligon already held a file (issued " in again
    assert "never merged): anything recorded in it since is not in the new file" in again
    assert "then merge the master into the new file at once" in again
    second = tmp_path / "op-2.db"
    for file, text in (
        (second, "Observed supervision: reflective, tracks drift on every case."),
        (first, "Team meeting: caseloads discussed openly, duty rota shared."),
    ):
        run("evidence", "add", file, "--area", "4", "--criteria", "QPN4", "--polarity",
            "strength", "--source", "OBS_SUPERVISION", "--text", text)  # fmt: skip
    run("merge", db, second)
    third = run("issue", db, "--inspector", "OP", "-o", tmp_path / "op-3.db").output
    # To the minute (tester 20: a laptop lost the day it was issued said only the day).
    assert re.search(r"already held a file \(issued 20\d\d-\d\d-\d\d \d\d:\d\d UTC, last merged "
                     r"20\d\d-\d\d-\d\d \d\d:\d\d UTC\)", third), third  # fmt: skip
    run("merge", db, first)  # the lost laptop turns up: its note arrives, once
    run("merge", db, first)
    notes = json.loads(run("evidence", "list", db, "--json").output)
    assert sorted(n["text"] for n in notes) == [
        "Observed supervision: reflective, tracks drift on every case.",
        "Team meeting: caseloads discussed openly, duty rota shared.",
    ]
