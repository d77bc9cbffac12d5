"""Tester 22's F8: an inspector dropped out after the first round; the lead gave his cases
to a newcomer and took him off the team; the newcomer finished them.  His half-done file,
merged late with --off-team (work from before he left), took the cases back to
unassigned, in conflicts "Differs in: Inspector, Status" whose one side the merge had
written in the lead's name.  He changed only a case's status; the lead changed its
holder: the case stays with the newcomer, and only the status, which both changed, is in
conflict.  The team and cases are written here by hand, through the command line."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from store.framework import load_framework
from store.models import Area, CaseFile
from store.store import Store
from tests.team.helpers import run

REFS = ("C-4101-QT", "C-4102-QT")


def _holders(db: Path) -> dict[str, tuple[str | None, str]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT c.ref, i.name, c.status FROM cases c "
            "LEFT JOIN inspectors i ON i.id = c.inspector_id"
        ).fetchall()
    return {ref: (name, status) for ref, name, status in rows}


def test_a_late_file_from_someone_who_left_keeps_the_cases_with_the_newcomer(
    tmp_path: Path,
) -> None:
    master = tmp_path / "master.db"
    s = Store.create(master, load_framework("cafcass-2013"), title="Northern visit",
                     lead="Ruth Ainsworth", start_date="2026-11-02")  # fmt: skip
    s.put_area(Area(code="11", name="Greater Manchester", visited=True))
    for ref in REFS:
        s.put_case(CaseFile(ref=ref, area_code="11", law_type="PRIVATE", case_type="CAO",
                            stage="FHDRA"))  # fmt: skip
    s.close()
    run("team", "add", master, "Colin Mabry", "--initials", "CM")
    run("assign", master, "--inspector", "CM", "--case", REFS[0], "--case", REFS[1])
    colin = tmp_path / "cm.db"
    run("issue", master, "--inspector", "CM", "-o", colin)
    # Colin starts one case, then drops out; his file stays on his laptop.
    run("case", "edit", colin, REFS[0], "--status", "in progress")
    # The lead gives his cases to Aisling, takes him off the team; Aisling finishes.
    run("team", "add", master, "Aisling Doyle", "--initials", "AD")
    run("assign", master, "--inspector", "AD", "--case", REFS[0], "--case", REFS[1])
    run("team", "remove", master, "Colin Mabry")
    aisling = tmp_path / "ad.db"
    run("issue", master, "--inspector", "AD", "-o", aisling)
    run("case", "edit", aisling, REFS[0], "--status", "complete")
    run("merge", master, aisling)
    out = run("merge", master, colin, "--off-team").output
    assert "unassigned again" not in out, out
    holders = _holders(master)
    assert holders[REFS[0]][0] == "Aisling Doyle" and holders[REFS[1]][0] == "Aisling Doyle"
    conflicts = json.loads(run("conflicts", master, "--json").output)
    # Both changed the first case's status; nobody else's change is in question.
    assert [(c["label"], c["fields"]) for c in conflicts] == [(f"Case {REFS[0]}", ["status"])]
