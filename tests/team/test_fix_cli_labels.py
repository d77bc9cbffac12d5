"""The command line says what the workbench says: `cases list` prints the law type, case
type, stage and status by the labels the case list shows (JSON keeps the codes, beside
each label); `evidence add --quote` (the child's own words) sets the child's-words flag
as the evidence editor does, and `evidence edit --quote ""` clears it.  Cases and notes
written here."""

from __future__ import annotations

import json
from pathlib import Path

from store.models import Area, CaseFile
from store.store import Store
from tests.team.helpers import new_inspection, run


def _two_cases(path: Path) -> Path:
    db = new_inspection(path)
    store = Store.open(db)
    try:
        store.put_area(Area(code="4", name="Thames Valley", visited=True))
        store.put_case(CaseFile(ref="TV-0001", area_code="4", law_type="PRIVATE",
                                case_type="S7", stage="WAFH", status="in-progress"))  # fmt: skip
        store.put_case(CaseFile(ref="TV-0002", area_code="4", law_type="PUBLIC",
                                case_type="EPO_CAO", stage="IRH", status="complete"))  # fmt: skip
    finally:
        store.close()
    return db


def test_cases_list_prints_the_labels_the_workbench_shows(tmp_path: Path) -> None:
    db = _two_cases(tmp_path / "master.db")
    lines = run("cases", "list", db).output.splitlines()
    assert lines[-1] == "2 cases."
    by_ref = {line.split()[0]: line for line in lines[:-1]}
    private, public = by_ref["TV-0001"], by_ref["TV-0002"]
    for shown in ("Private law", "Section 7 welfare report", "Work after first hearing",
                  "In progress"):  # fmt: skip
        assert f"  {shown}  " in private, private
    for shown in ("Public law", "Emergency protection or child assessment order",
                  "Issues resolution hearing", "Complete"):  # fmt: skip
        assert f"  {shown}  " in public, public
    for code in ("PRIVATE", "S7", "WAFH", "in-progress", "PUBLIC", "EPO_CAO", "IRH", "complete"):
        assert f" {code} " not in f" {private} {public} ", code
    # The same labels as the case list's columns (the framework's), codes in JSON.
    listed = {c["ref"]: c for c in json.loads(run("cases", "list", db, "--json").output)}
    one = listed["TV-0001"]
    assert (one["law_type"], one["case_type"], one["stage"], one["status"]) == (
        "PRIVATE", "S7", "WAFH", "in-progress"
    )  # fmt: skip
    assert (one["law_type_label"], one["case_type_label"], one["stage_label"],
            one["status_label"]) == ("Private law", "Section 7 welfare report",
                                     "Work after first hearing", "In progress")  # fmt: skip


def _flag(db: Path, evidence_id: str) -> tuple[str, bool]:
    with Store.open(db) as store:
        ev = store.evidence(evidence_id)
    return ev.child_words, ev.child_words_flag


def test_quote_sets_the_child_s_words_flag(tmp_path: Path) -> None:
    db = _two_cases(tmp_path / "master.db")
    said = "I want to see my nan on Saturdays, not just at Christmas."
    new_id = run(
        "evidence", "add", db, "--case", "TV-0001", "--criteria", "QP3",
        "--source", "INT_CHILD", "--polarity", "strength",
        "--text", "The boy was seen alone at school and spoke freely about both homes.",
        "--quote", f"  {said} ",
    ).output.split()[0]  # fmt: skip
    assert _flag(db, new_id) == (said, True)
    # Editing another field keeps them; an empty quote clears both.
    run("evidence", "edit", db, new_id, "--polarity", "neutral")
    assert _flag(db, new_id) == (said, True)
    run("evidence", "edit", db, new_id, "--quote", "")
    assert _flag(db, new_id) == ("", False)
    # A note without the child's words has no flag.
    other = run(
        "evidence", "add", db, "--polarity", "neutral", "--case", "TV-0002", "--criteria", "QP11",
        "--source", "CASE_FILE", "--text", "The chronology is up to date at every hearing.",
    ).output.split()[0]  # fmt: skip
    assert _flag(db, other) == ("", False)
