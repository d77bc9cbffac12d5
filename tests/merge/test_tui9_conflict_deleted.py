"""`fieldwork conflicts` for a deletion against an edit shows what the editing side
changed, field by field with its values, as the workbench's conflicts screen does (the
tester saw only the old text and "Deleted the record")."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from cli.root import cli
from store.framework import load_framework
from store.models import Inspector
from store.store import Store
from tests.team.case_list import write_case_list
from tests.team.helpers import run

OLD = "Report read; analysis to follow."
NEW = "The analysis weighs the school's attendance record against the father's account."


def deleted_in_master(tmp_path: Path) -> tuple[Path, Path, str]:
    """A master whose lead deleted a note after Tendai's file was issued: the master,
    Tendai's file and the note's id (Tendai's edit of it is the test's own)."""
    master = tmp_path / "master.db"
    s = Store.create(master, load_framework("cafcass-2018"), title="Pennine spring visit",
                     lead="Morag Whitlock", start_date="2018-02-02")  # fmt: skip
    s.put_inspector(Inspector(name="Tendai Moyo", initials="TM"))
    s.close()
    run("cases", "import", master, write_case_list(tmp_path / "cases.csv", n=3))
    with Store.open(master) as s:
        ref = s.case_rows(limit=1)[0].ref
    note = run("evidence", "add", master, "--case", ref, "--criteria", "QP1",
               "--source", "CASE_FILE", "--polarity", "neutral",
               "--text", OLD).output.strip().split()[-1]  # fmt: skip
    tm = tmp_path / "tm.db"
    run("issue", master, "--inspector", "Tendai Moyo", "-o", tm)
    run("evidence", "delete", master, note)
    return master, tm, note


def test_the_editing_side_shows_its_changed_fields(tmp_path: Path) -> None:
    master, tm, note = deleted_in_master(tmp_path)
    run("evidence", "edit", tm, note, "--text", NEW, "--criteria", "QP1,QP7",
        "--polarity", "strength")  # fmt: skip
    run("merge", master, tm)
    out = CliRunner().invoke(cli, ["conflicts", str(master)], env={"COLUMNS": "200"}).output
    deleting, editing = out.split("\n  - ")[1:3]
    assert deleting.startswith("Morag Whitlock") and "Deleted the record." in deleting
    assert editing.startswith("Tendai Moyo")
    assert (
        "Edited the record; changed 3 fields since the version both sides started from:" in editing
    )
    assert f"What was read, seen or heard: {NEW}" in editing
    assert "Finding: Strength" in editing
    assert "QP7 appropriate analysis" in editing
    assert "Source" not in editing  # unchanged fields are not listed


def test_keeping_the_edit_says_the_deletion_stays_in_the_history(tmp_path: Path) -> None:
    """The question asked before a side is kept speaks of each superseded side by what it
    did: keeping the edit over a deletion says the deletion stays in the history and the
    note shows again (before: "What they wrote stays in the history", of the deleter);
    keeping the deletion says the editor's words stay in the history."""
    from exporters.conflict_fields import history_note

    master, tm, note = deleted_in_master(tmp_path)
    run("evidence", "edit", tm, note, "--text", NEW)
    run("merge", master, tm)
    with Store.open(master) as s:
        (c,) = s.conflicts()
        edit = next(side for side in c.sides if not side.deleted)
        kept_edit = history_note(c, c.values_kept(edit.version_id))
        assert kept_edit == "The deletion stays in the history, and the record shows again."
        assert history_note(c, None) == "What they wrote stays in the history but no longer shows."
