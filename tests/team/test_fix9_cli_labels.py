"""What a lead reads from the command line is in the workbench's words, never stored
codes (tester 8: `case edit` printed "in-progress, stage FHDRA"): `case edit`'s answer
and its refusal of a stage of the other law type, and `evidence list`'s source, finding
and author.  JSON keeps the codes.  Cases and notes written here."""

from __future__ import annotations

import json
from pathlib import Path

from store.models import Area, CaseFile
from store.store import Store
from tests.team.helpers import new_inspection, refused, run, unchanged

CODES = ("in-progress", "not-started", "not-appropriate", "WAFH", "FINAL", "CASE_FILE",
         "INT_CHILD", "development", "strength")  # fmt: skip


def _one_case(path: Path) -> Path:
    db = new_inspection(path)
    with Store.open(db) as store:
        store.put_area(Area(code="4", name="Thames Valley", visited=True))
        store.put_case(CaseFile(ref="TV-0001", area_code="4", law_type="PRIVATE",
                                case_type="S7", stage="WAFH", status="not-started"))  # fmt: skip
    return db


def test_case_edit_answers_in_labels(tmp_path: Path) -> None:
    db = _one_case(tmp_path / "master.db")
    out = run("case", "edit", db, "TV-0001", "--status", "in-progress", "--stage", "final",
              "--seen", "yes", "--seen-alone", "n/a").output.strip()  # fmt: skip
    assert out == ("TV-0001: In progress, stage Final hearing, child seen yes, seen alone "
                   "not appropriate.")  # fmt: skip
    assert not any(f" {c}," in f" {out}" or f" {c}." in f" {out}" for c in CODES), out
    with unchanged(db):
        said = refused("case", "edit", db, "TV-0001", "--stage", "IRH")
    assert said.strip().count("\n") == 0  # one sentence, exit 2 (refused)
    assert "'Issues resolution hearing' is not a stage of a private law case" in said
    assert "Work after first hearing; Final hearing" in said and "WAFH" not in said


def test_evidence_list_shows_source_finding_and_author_by_name(tmp_path: Path) -> None:
    db = _one_case(tmp_path / "master.db")
    first = run("evidence", "add", db, "--case", "TV-0001", "--criteria", "QP1", "--source",
                "case file scrutiny", "--polarity", "development", "--text",
                "The plan drifted for six weeks before the hearing.").output.strip()  # fmt: skip
    run("evidence", "add", db, "--case", "TV-0001", "--criteria", "SW1,QP2", "--source",
        "INT_CHILD", "--polarity", "strength", "--text", "The girl felt listened to.")  # fmt: skip
    lines = run("evidence", "list", db).output.splitlines()
    assert lines[-1] == "2 evidence items."
    row = next(line for line in lines if line.startswith(first))
    for said in ("TV-0001", "QP1", "Case file scrutiny", "Area for development",
                 "The plan drifted"):  # fmt: skip
        assert f"  {said}" in row, (said, row)
    other = next(line for line in lines[:-1] if not line.startswith(first))
    assert "  Interview with child or young person  Strength  " in other, other
    for line in lines[:-1]:
        assert not any(f"  {c}  " in line for c in CODES), line  # no code as a column
    # the columns line up: each row's text starts in the same place
    assert lines[0].index("The ") == lines[1].index("The ")
    listed = json.loads(run("evidence", "list", db, "--json").output)
    assert {(e["source"], e["polarity"]) for e in listed} == {
        ("CASE_FILE", "development"), ("INT_CHILD", "strength")
    }  # fmt: skip


def test_evidence_list_full_gives_each_note_whole(tmp_path: Path) -> None:
    """Tester 18, F21: tracing a draft's claim to its notes needs their whole text."""
    db = _one_case(tmp_path / "m.db")
    text = ("Practitioner could not say what the child thought about moving schools; the "
            "report leaves the child's view out of the analysis altogether.")  # fmt: skip
    run("evidence", "add", db, "--case", "TV-0001", "--criteria", "QP3", "--source",
        "CASE_FILE", "--polarity", "development", "--text", text)  # fmt: skip
    cut = run("evidence", "list", db).output
    assert text not in cut and text[:57] + "..." in cut
    assert text in run("evidence", "list", db, "--full").output
