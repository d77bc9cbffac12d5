"""`fieldwork judgements`: what is recorded and what is still to record, headless
(tester 26, F7: after killing a `judge` midway the lead could see what it left only in
the workbench).  Written by hand: a 2013 inspection, one judgement recorded."""

from __future__ import annotations

import json
from pathlib import Path

from tests.team.helpers import empty_file, run, unchanged


def test_judgements_lists_the_recorded_and_the_missing(tmp_path: Path) -> None:
    db = empty_file(tmp_path / "master.db", "cafcass-2013", "Midlands visit")
    run("judge", db, "--judgement", "J13-3", "--grade", "good", "--rationale",
        "Leaders know where practice is weak and the new audit tool is starting to bite.")  # fmt: skip
    with unchanged(db):
        out = " ".join(run("judgements", db).output.split())  # as wrapped to any width
    assert "J13-3 Leadership and governance, national: Good, graded by Grace Whitfield" in out
    assert "Rationale: Leaders know where practice is weak" in out
    assert "J13-0 Overall effectiveness, national: not recorded yet" in out
    assert "J13-1 " in out and "J13-2 " in out
    assert "1 of 4 judgements recorded" in out
    listed = json.loads(run("judgements", db, "--json").output)
    assert [p["judgement_id"] for p in listed] == ["J13-0", "J13-1", "J13-2", "J13-3"]
    assert listed[3]["recorded"]["grade"] == "good" and listed[0]["recorded"] is None


def test_a_judgement_per_area_is_listed_for_each_visited_area(tmp_path: Path) -> None:
    db = empty_file(tmp_path / "master.db", "cafcass-2018", "Pennine visit")
    run("areas", "add", db, "3", "--name", "South West")
    run("areas", "add", db, "7", "--name", "Hampshire and Isle of Wight")
    run("areas", "add", db, "9", "--name", "Thames Valley")
    run("areas", "visit", db, "3", "7")
    out = " ".join(run("judgements", db).output.split())
    assert "Area 3 (South West): not recorded yet" in out
    assert "Area 7 (Hampshire and Isle of Wight): not recorded yet" in out
    assert "Area 9" not in out  # not visited


def test_who_graded_is_who_set_the_grade_not_who_rewrote_the_rationale(tmp_path: Path) -> None:
    """Tester 32: after the deputy rewrote the rationale of the lead's grade, the list
    said "recorded by" the deputy where `judgements.csv` says judged by the lead."""
    db = empty_file(tmp_path / "master.db", "cafcass-2013", "Midlands visit")
    run("team", "add", db, "Tomasz Wiśniewski", "--role", "deputy")
    run("judge", db, "--judgement", "J13-3", "--grade", "good", "--rationale",
        "Leaders know where practice is weak.")  # fmt: skip
    run("judge", db, "--as", "Tomasz Wiśniewski", "--judgement", "J13-3", "--grade", "good",
        "--rationale", "Leaders know where practice is weak; the audit tool is new.")  # fmt: skip
    out = " ".join(run("judgements", db).output.split())
    assert "national: Good, graded by Grace Whitfield on " in out
    assert "Rationale (by Tomasz Wiśniewski, " in out
    assert "the audit tool is new" in out
    run("export", "csv", db, "-o", tmp_path / "csv")
    row = (tmp_path / "csv" / "judgements.csv").read_text(encoding="utf-8")
    assert "Grace Whitfield" in row and "Tomasz Wiśniewski" in row  # as the CSV says
