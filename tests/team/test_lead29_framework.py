"""A file set up under the wrong framework is put right with `fieldwork inspection edit
--framework` (tester 29, F2: set up under 2021, the lead noticed after the sample and a
first note, and the only way out was a new file, where every pseudonymised reference
was another and what was recorded had to be typed again).  Written by hand: a list of
six cases in two areas."""

from __future__ import annotations

import json
import tomllib
import zipfile
from pathlib import Path

from store.framework import builtin_dir
from tests.team.helpers import dump, listed_file, refused, run, unchanged

LIST = (
    "Case No,Child First Name,Child Surname,Law type,Order type,Area,Stage\n"
    "WV-5101,Cerys,Bowen,Private law,Child arrangements,Area 9 - Marches,FHDRA\n"
    "WV-5102,Oskar,Nowicki,Private law,Specific issue,Area 9 - Marches,Work after FHDRA\n"
    "WV-5103,Leah,Price,Public law,Care order,Area 9 - Marches,IRH\n"
    "WV-5104,Idris,Hale,Public law,Supervision order,Area 12 - Severn,CMH\n"
    "WV-5105,Mali,Jones,Private law,Child arrangements,Area 12 - Severn,FHDRA\n"
    "WV-5106,Tomos,Reece,Public law,Care order,Area 12 - Severn,Issue and allocation\n"
)


def _set_up(folder: Path) -> tuple[Path, list[str]]:
    """A 2021 file, the team, the sample and a note and a grading, as tester 29 had."""
    db = listed_file(folder, LIST, framework="cafcass-2021")
    run("team", "add", db, "Owain Lloyd")
    run("areas", "visit", db, "9", "12")
    run("sample", db, "--per-area", "2", "--seed", "29")
    run("assign", db, "--inspector", "Owain Lloyd", "--all")
    refs = [c["ref"] for c in json.loads(run("cases", "list", db, "--json").output)]
    run("evidence", "add", db, "--as", "Owain Lloyd", "--case", refs[0], "--criteria", "QP1",
        "--source", "Case file scrutiny", "--polarity", "strength",
        "--text", "Analysis of the child's wishes was clear and reasoned.")  # fmt: skip
    run("grade", db, "--as", "Owain Lloyd", "--case", refs[0], "--criterion", "QP1",
        "--grade", "good")  # fmt: skip
    return db, refs


def _records(db: Path) -> str:
    data = json.loads(dump(db))
    data.pop("framework")
    return json.dumps(data["records"], sort_keys=True)


def test_the_framework_changes_and_everything_recorded_stays(tmp_path: Path) -> None:
    db, refs = _set_up(tmp_path)
    before = _records(db)
    said = " ".join(run("inspection", "edit", db, "--framework", "cafcass-2013").output.split())
    assert "now uses cafcass-2013" in said and "instead of cafcass-2021" in said, said
    assert json.loads(run("framework", "show", db, "--json").output)["id"] == "cafcass-2013"
    assert _records(db) == before  # the team, list, sample, references, note and grade
    assert [c["ref"] for c in json.loads(run("cases", "list", db, "--json").output)] == refs
    run("export", "report", db, "-o", tmp_path / "draft.docx", "--allow-identifying")
    again = run("inspection", "edit", db, "--framework", "cafcass-2013").output
    assert "already uses cafcass-2013" in again


def test_files_issued_before_are_named_with_what_to_do(tmp_path: Path) -> None:
    db, _ = _set_up(tmp_path)
    run("issue", db, "--inspector", "Owain Lloyd", "-o", tmp_path / "owain.db")
    said = " ".join(run("inspection", "edit", db, "--framework", "cafcass-2013").output.split())
    assert "The files issued to Owain Lloyd still use cafcass-2021" in said, said
    assert "merge each into" in said and "fieldwork issue" in said
    # In the inspector's own file the framework is the master's to change.
    with unchanged(tmp_path / "owain.db"):
        said = refused("inspection", "edit", tmp_path / "owain.db", "--framework", "cafcass-2013")
    assert "only the lead or a deputy" in said or "master" in said, said


def test_a_framework_without_a_criterion_in_use_is_refused(tmp_path: Path) -> None:
    db, _ = _set_up(tmp_path)
    data = tomllib.loads((builtin_dir() / "cafcass-2013.toml").read_text(encoding="utf-8"))
    data["id"] = "team-2013"
    data["criteria"] = [c for c in data["criteria"] if c["id"] != "QP1"]
    own = tmp_path / "team-2013.json"
    own.write_text(json.dumps(data), encoding="utf-8")
    with unchanged(db):
        said = refused("inspection", "edit", db, "--framework", own)
    assert "team-2013 has no criteria QP1" in said and "nothing was changed" in said, said


def test_a_file_issued_before_the_change_says_so_when_merged(tmp_path: Path) -> None:
    """Tester 29's re-test: the inspector's file from before the change, merged into the
    master, said only "nothing new", and the inspector went on under the old framework."""
    db, refs = _set_up(tmp_path)
    owain = tmp_path / "owain.db"
    run("issue", db, "--inspector", "Owain Lloyd", "-o", owain)
    data = tomllib.loads((builtin_dir() / "cafcass-2013.toml").read_text(encoding="utf-8"))
    data["id"] = "team-2013"
    data["criteria"] = [c for c in data["criteria"] if c["id"] != "QP2"]
    own = tmp_path / "team-2013.json"
    own.write_text(json.dumps(data), encoding="utf-8")
    run("inspection", "edit", db, "--framework", own)
    said = " ".join(run("merge", db, owain).output.split())
    assert "still uses the framework cafcass-2021, this master team-2013" in said, said
    assert 'fieldwork issue lead.db --inspector "Owain Lloyd"' in said, said
    # Owain, not told, records against a criterion the master's framework has not.
    run("evidence", "add", owain, "--case", refs[0], "--criteria", "QP2",
        "--source", "Case file scrutiny", "--polarity", "development",
        "--text", "Plan for contact not reviewed after the FHDRA.")  # fmt: skip
    said = " ".join(run("merge", db, owain).output.split())
    assert "Records in this master now use criteria QP2, which team-2013 does not have" in said
    checked = " ".join(run("check", db, code=1).output.split())
    assert "Records use criteria QP2, which this file's framework (team-2013)" in checked
    # The draft leaves the note out, and says so, instead of stopping on it.
    out = run("export", "report", db, "-o", tmp_path / "d.docx", "--allow-identifying").output
    said = " ".join(out.split())
    assert "Records use criteria QP2, which the framework team-2013 does not have" in said
    with zipfile.ZipFile(tmp_path / "d.docx") as word:  # body and comments
        assert not any(b"Plan for contact" in word.read(n) for n in word.namelist())
    # The other way, the inspector is told what the lead did.
    said = " ".join(run("merge", owain, db).output.split())
    assert "the lead changed the master's framework after this file was issued" in said, said
