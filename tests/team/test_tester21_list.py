"""Tester 21's case list (a case management system's export) and the areas commands:
parental orders filed under "Adoption" (F1), "Sec 7 report" as a stage and the way
through for a stage no list of ours names (F2), "Hants & IoW" for Hampshire and Isle of
Wight (F3), and `areas visit` reading an area as the import reads it, pointing to
`areas list`, with `areas list --visited` saying that none is visited yet (F5).  The
lists are written for these tests."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.team.helpers import empty_file, listed_file, refused, run, unchanged

HEADER = "Case Ref,Child No,Proceedings,Application Type,Service Area,Current Stage,DOB\n"
ROWS = [
    "PO/101,1,Adoption,Parental Order,Area 13 - Hampshire and Isle of Wight,WTFH,02/02/2025",
    "PO/102,1,Adoption,Parental order (surrogacy),Hants & IoW,WTFH,19/06/2025",
    "AD/201,1,Adoption,Adoption from care,Area 13 - Hampshire and Isle of Wight,Final,03/03/2022",
    "PR/301,1,Private Law,C100 Child Arrangements,Area 4 - Yorkshire,Sec 7 report,11/11/2016",
    "PR/302,1,Private Law,Child arrangements order,Yorks,FHDRA,05/05/2015",
    "PR/303,1,Private Law,Child arrangements order,Area 3 - South West,WTFH,07/07/2014",
    "PR/304,1,Private Law,Child arrangements order,Area 3 - South West,s.7 report,08/08/2013",
]


def _list(rows: list[str]) -> str:
    return HEADER + "".join(r + "\n" for r in rows)


def _cases(db: Path) -> list[tuple[str, str, str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT area_code, law_type, case_type, stage FROM cases ORDER BY area_code, stage"
        ).fetchall()


def test_parental_orders_under_adoption_sec_7_and_hants(tmp_path: Path) -> None:
    db = listed_file(tmp_path, _list(ROWS))
    cases = _cases(db)
    # Both parental orders are private law in area 13, one given as "Hants & IoW"; the
    # adoption from care stays adoption.
    orders = [c for c in cases if c[2] == "PARENTAL_ORDER"]
    assert orders == [("13", "PRIVATE", "PARENTAL_ORDER", "WTFH")] * 2
    assert ("13", "ADOPTION", "ADOPT_FROM_CARE", "FINAL") in cases
    # "Sec 7 report" and "s.7 report" are work after the first hearing.
    assert sum(c[3] == "WAFH" for c in cases) == 2
    said = run("cases", "list", db).output
    assert said.count("Parental order (surrogacy)") == 2


def test_a_child_arrangements_order_under_adoption_is_still_refused(tmp_path: Path) -> None:
    db = listed_file(tmp_path, _list(ROWS))
    path = tmp_path / "later.csv"
    path.write_text(_list(["PR/399,1,Adoption,Child arrangements order,Yorks,WTFH,01/01/2015"]))
    with unchanged(db):
        out = run("cases", "import", db, path, code=2).output
    assert "law type Adoption does not fit case type Child arrangements order" in out


def test_the_import_says_how_it_read_them(tmp_path: Path) -> None:
    db = listed_file(tmp_path, _list(ROWS[2:]))
    path = tmp_path / "again.csv"
    path.write_text(_list(ROWS[:2]))
    out = run("cases", "import", db, path, "--update").output
    assert "Adoption on Parental order (surrogacy), read as Private law (2 rows)" in out


def test_a_stage_no_list_names_gives_the_way_through(tmp_path: Path) -> None:
    db = listed_file(tmp_path, _list(ROWS))
    path = tmp_path / "later.csv"
    path.write_text(_list(["PR/398,1,Private Law,Child arrangements order,Yorks,Awaiting bundle,"
                           "01/01/2015"]))  # fmt: skip
    with unchanged(db):
        out = run("cases", "import", db, path, code=2).output
    assert "stage 'Awaiting bundle' not recognised: write one of the values accepted, or " \
           "map it to one with --map (stage,Awaiting bundle,CODE)" in out  # fmt: skip
    (tmp_path / "map.csv").write_text("field,their value,our code\nstage,Awaiting bundle,WAFH\n")
    run("cases", "import", db, path, "--map", tmp_path / "map.csv")
    assert sum(c[3] == "WAFH" for c in _cases(db)) == 3


def test_areas_visit_reads_an_area_as_the_import_does(tmp_path: Path) -> None:
    db = listed_file(tmp_path, _list(ROWS))
    listed = run("areas", "list", db, "--visited").output
    assert listed.startswith("No area is visited yet: mark those inspectors visit with "
                             f"'fieldwork areas visit {db} CODE...'.")  # fmt: skip
    out = run("areas", "visit", db, "Yorks", "SW", "Hants & IoW").output
    assert "visited now: 3, 4, 13" in out
    visited = json.loads(run("areas", "list", db, "--visited", "--json").output)
    assert [a["code"] for a in visited] == ["3", "4", "13"]
    with unchanged(db):
        said = refused("areas", "visit", db, "Narnia")
    assert "Unknown area 'Narnia'" in said and "fieldwork framework show" not in said


def test_a_finding_is_read_as_people_write_it(tmp_path: Path) -> None:
    """F8: `--polarity positive` met click's bare refusal; the editor's word and labels,
    and people's words, are read, and anything else is refused with the nearest."""
    db = listed_file(tmp_path, _list(ROWS))
    args: list[str | Path] = ["evidence", "add", db, "--area", "13", "--criteria", "LG4", "--source",
            "Interview with manager", "--text", "Supervision is monthly and recorded."]  # fmt: skip
    for said, stored in (("positive", "strength"), ("Area for development", "development"),
                         ("neutral", "neutral")):  # fmt: skip
        run(*args, "--polarity", said)
        assert json.loads(run("evidence", "list", db, "--json").output)[-1]["polarity"] == stored
    run(*args, "--finding", "weakness")
    assert json.loads(run("evidence", "list", db, "--json").output)[-1]["polarity"] == "development"
    with unchanged(db):
        said = refused(*args, "--polarity", "strenght")
    assert "Unknown finding 'strenght' (did you mean Strength?)" in said


def test_rows_without_a_date_of_birth_are_said(tmp_path: Path) -> None:
    """Tester 21: rows with no date of birth took the age band 'unknown' unsaid."""
    rows = [*ROWS[:3], "PR/305,1,Private Law,Child arrangements order,Hants & IoW,WTFH,",
            "PR/306,1,Private Law,Child arrangements order,Hants & IoW,WTFH,"]  # fmt: skip
    db = listed_file(tmp_path, _list(ROWS[:3]))
    path = tmp_path / "later.csv"
    path.write_text(_list(rows))
    out = run("cases", "import", db, path).output
    assert ("2 new cases gave no date of birth (an empty cell, or one such as 'N/K'): their "
            "age band is unknown until a list giving it is imported with --update.") in out  # fmt: skip
    fixed = tmp_path / "fixed.csv"
    fixed.write_text(_list([*ROWS[:3], rows[3] + "01/02/2016", rows[4] + "03/04/2012"]))
    run("cases", "import", db, fixed, "--update")
    with sqlite3.connect(db) as conn:
        bands = sorted(r[0] for r in conn.execute("SELECT age_band FROM cases"))
    assert "unknown" not in bands


def test_a_workbook_date_is_quoted_as_the_sheet_shows_it(tmp_path: Path) -> None:
    """F4: a child of 18 was refused quoting '2008-08-15', where the cell showed
    15/08/2008: a workbook's date is now quoted day first, as a UK sheet shows it.  A
    young person of 18 is left out and said, not refused (tester 27, F3)."""
    import datetime as dt

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER.strip().split(","))
    for row in ROWS[:3]:
        *cells, born = row.split(",")
        day, month, year = map(int, born.split("/"))
        sheet.append([*cells, dt.datetime(year, month, day)])
    sheet.append(["PR/350", "1", "Private Law", "Child arrangements order",
                  "Area 4 - Yorkshire", "WTFH", dt.datetime(2007, 8, 15)])  # fmt: skip
    path = tmp_path / "list.xlsx"
    book.save(path)
    db = listed_file(tmp_path, _list(ROWS[:1]))
    out = run("cases", "import", db, path).output
    said = " ".join(out.split())
    assert "left out 1 row giving a young person aged 18 or over at the inspection's start, " \
           "no child (line 5; born '15/08/2007')" in said, out  # fmt: skip


def test_a_detail_in_a_rationale_names_the_judgement(tmp_path: Path) -> None:
    """F12: a school in an area judgement's rationale, quoted in the section's comment,
    was said to be in "evidence <id>", the judgement's id, which `evidence edit` cannot
    open.  It names the judgement and the command that rewords it."""
    db = listed_file(tmp_path, _list(ROWS))
    run("areas", "visit", db, "4")
    run("evidence", "add", db, "--case", _ref(db, "4"), "--criteria", "SW1", "--source",
        "Case file scrutiny", "--polarity", "strength", "--text",
        "Risk was assessed at once and the plan was followed.")  # fmt: skip
    run("judge", db, "--judgement", "J18-4A", "--area", "4", "--grade", "good", "--rationale",
        "Good; the case of the boy at St Anselm's Catholic Primary shows the care taken.")  # fmt: skip
    with unchanged(db):
        out = run("export", "area", db, "--area", "4", "-o", tmp_path / "a4.docx", code=2).output
    line = next(ln for ln in out.splitlines() if "St Anselm's Catholic Primary" in ln)
    assert "(judgement J18-4A, Area 4: its rationale, which 'fieldwork judge' rewords)" in line
    assert "evidence" not in line.split("’", 1)[1]


def _ref(db: Path, area: str) -> str:
    cases = json.loads(run("cases", "list", db, "--json").output)
    return str(next(c["ref"] for c in cases if c["area"] == area))


def test_a_misspelt_area_on_the_first_list_gets_its_hint(tmp_path: Path) -> None:
    """F10: on the first list, 'Greater Manchster' had no hint, though other rows give
    'Area 3 - Greater Manchester'."""
    rows = ["GM/1,1,Private Law,Child arrangements order,Area 3 - Greater Manchester,WTFH,"
            "01/01/2015", "GM/2,1,Private Law,Child arrangements order,Area 3 - Greater "
            "Manchester,WTFH,01/01/2016", "GM/3,1,Private Law,Child arrangements order,"
            "Greater Manchster,WTFH,01/01/2017"]  # fmt: skip
    db = empty_file(tmp_path / "lead.db")
    path = tmp_path / "list.csv"
    path.write_text(_list(rows))
    with unchanged(db):
        out = run("cases", "import", db, path, code=2).output
    assert "if it is 3 misspelt, map it with --map (area,Greater Manchster,3)" in out, out


def test_the_dialog_offers_the_folder_a_command_exported_to(tmp_path: Path) -> None:
    """F11: after `fieldwork export ... -o out/...`, the export dialog offered the folder
    beside the database, not out/: only the dialog's own exports were remembered."""
    from store.paths import default_folder

    db = listed_file(tmp_path, _list(ROWS))
    run("areas", "visit", db, "4")
    assert default_folder(db) == db.parent.resolve()
    out = tmp_path / "out"
    out.mkdir()
    run("export", "qa", db, "-o", out / "qa.csv")
    assert default_folder(db) == out.resolve()
    (tmp_path / "analyst").mkdir()
    run("export", "csv", db, "-o", tmp_path / "analyst" / "csv", "--omit-text")
    assert default_folder(db) == (tmp_path / "analyst").resolve()


def test_a_slip_in_a_shortened_area_gets_a_did_you_mean(tmp_path: Path) -> None:
    # Tester 21's F5 leftover: "Yorkz" (a slip in "Yorks") got no suggestion, as its
    # likeness to "Yorkshire" in full is too low; "Narnia" still gets none.
    db = listed_file(tmp_path, _list(ROWS))
    with unchanged(db):
        said = refused("areas", "visit", db, "Yorkz")
    assert "Unknown area 'Yorkz' (did you mean 4 (Yorkshire)?)" in said
    with unchanged(db):
        said = refused("areas", "visit", db, "Narnia")
    assert "did you mean" not in said


def test_a_placement_order_under_adoption_is_public_law_and_said(tmp_path: Path) -> None:
    """Tester 33, F3: 96 placement orders filed under "Adoption" (the Adoption and
    Children Act's work) were refused with nothing saying what to do.  Read as public
    law, the case type's own, and said, as parental orders are."""
    db = listed_file(tmp_path, _list(ROWS))
    path = tmp_path / "later.csv"
    path.write_text(_list(["PL/501,1,Adoption,Placement order,Yorks,WTFH,01/01/2024",
                           "PL/502,1,Adoption,Placement Order (s21),Yorks,WTFH,02/02/2023"]))  # fmt: skip
    out = run("cases", "import", db, path).output
    assert "Adoption on Placement order, read as Public law" in out
    assert [c for c in _cases(db) if c[2] == "PLACEMENT"] == [
        ("4", "PUBLIC", "PLACEMENT", "WTFH")
    ] * 2
