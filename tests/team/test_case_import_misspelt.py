"""A value misspelt in a case list ('Privte Law', 'Sectoin 7 report', 'Greater
Manchster') is still refused, as a legal case type is never guessed, but the refusal
says what it may be and gives the --map line that reads it so (tester 20, F3).  The
list is written by hand here."""

from __future__ import annotations

from pathlib import Path

from tests.team.helpers import new_inspection, run, unchanged

HEADER = "Case No,Law type,Case type,Stage,Service area\n"
FIRST = (
    "GM/88001,Private law,Child arrangements,FHDRA,Area 13 - Greater Manchester\n"
    "GM/88002,Public law,Care order,IRH,Area 13 - Greater Manchester\n"
    "GM/88003,Private law,Specific issue,FHDRA,Area 13 - Greater Manchester\n"
)
LATER = (
    "GM/88010,Privte Law,Child arrangements,FHDRA,Area 13 - Greater Manchester\n"
    "GM/88011,Private law,Sectoin 7 report,WAFH,Area 13 - Greater Manchester\n"
    "GM/88012,Public law,Care order,Case Managment Hearing,Greater Manchster\n"
    "GM/88013,Private law,Jelly,FHDRA,Area 13 - Greater Manchester\n"
)


def test_a_misspelt_value_is_refused_with_what_it_may_be(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db")
    first = tmp_path / "first.csv"
    first.write_text(HEADER + FIRST, encoding="utf-8")
    run("cases", "import", db, first)
    later = tmp_path / "later.csv"
    later.write_text(HEADER + LATER, encoding="utf-8")
    with unchanged(db):
        said = run("cases", "import", db, later, code=2).output
    assert ("law type 'Privte Law' not recognised: if it is PRIVATE misspelt, map it with "
            "--map (law_type,Privte Law,PRIVATE)") in said, said  # fmt: skip
    assert ("case type 'Sectoin 7 report' not recognised: if it is S7 misspelt, map it with "
            "--map (case_type,Sectoin 7 report,S7)") in said, said  # fmt: skip
    assert ("stage 'Case Managment Hearing' not recognised: if it is CMH misspelt, map it "
            "with --map (stage,Case Managment Hearing,CMH)") in said, said  # fmt: skip
    assert "if it is 13 misspelt, map it with --map (area,Greater Manchster,13)" in said, said
    # No guess for nonsense: the values accepted and the way to map it.
    assert ("case type 'Jelly' not recognised: write one of the values accepted, or map it "
            "to one with --map (case_type,Jelly,CODE); accepted:") in said, said  # fmt: skip
    mapping = tmp_path / "map.csv"
    mapping.write_text(
        "field,their value,our code\nlaw_type,Privte Law,PRIVATE\ncase_type,Sectoin 7 report,S7\n"
        "stage,Case Managment Hearing,CMH\narea,Greater Manchster,13\ncase_type,Jelly,CAO\n",
        encoding="utf-8",
    )
    assert "Imported 4 cases" in run("cases", "import", db, later, "--map", mapping).output
