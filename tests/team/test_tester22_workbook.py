"""Tester 22's F4: the organisation's later list came as a workbook with one sheet per
area ("Area 3 South West"...), no area column (the sheet is the area), after a cover
sheet.  It was refused (import the sheets one at a time), a sheet imported alone had no
area column, and each sheet imported alone named every other area's cases as left out.
The sheets are read as one list, each row's area from its sheet's name, a problem named
by sheet and row, and a list of some areas only checks those areas for cases left out.
The workbooks are built here with rows written by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from store.models import CaseFilter
from store.store import Store
from tests.team.helpers import new_inspection, run, unchanged

HEADER = ["Case Number", "Child", "DOB", "Proceedings", "Application", "Current Stage"]
SHEETS: dict[str, list[list[object]]] = {
    "Area 3 South West": [
        ["SW/26/1101", "Tamsin Penrose", dt.datetime(2016, 2, 1), "Private", "Child arrangements", "FHDRA"],
        ["SW/26/1102", "Jago Trelawny", dt.datetime(2019, 8, 9), "Public", "Care order", "IRH"],
    ],
    "Area 9 Fenland and Broads": [
        ["FB/26/2201", "Elsie Grange", dt.datetime(2014, 4, 4), "Private", "Child arrangements", "WAFH"],
        ["FB/26/2202", "Noah Fairweather", dt.datetime(2021, 1, 20), "Public", "Supervision order", "CMH"],
        ["FB/26/2203", "Ruby Thackeray", dt.datetime(2012, 12, 12), "Private", "Specific issue", "FHDRA"],
    ],
    "Area 12 Marches": [
        ["MA/26/3301", "Owain Pryce", dt.datetime(2018, 6, 6), "Private", "Child arrangements", "Final"],
    ],
}  # fmt: skip


def _book(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "Read me"
    cover.append(["Open cases by area, for the inspection team"])
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        sheet.append(HEADER)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def _areas(db: Path) -> dict[str, str]:
    with Store.open(db) as store:
        return {r.ref: r.area_code for r in store.case_rows(CaseFilter(), 0, 100)}


def test_one_sheet_per_area_is_one_list_each_rows_area_its_sheets(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db", start="2026-11-23", end="2026-12-11")
    out = run("cases", "import", db, _book(tmp_path / "by area.xlsx", SHEETS)).output
    assert "Imported 6 cases" in out, out
    assert "read each row's service area from its sheet's name" in out
    assert "new areas 3 (South West), 9 (Fenland and Broads), 12 (Marches)" in out, out
    assert sorted(_areas(db).values()) == ["12", "3", "3", "9", "9", "9"]


def test_a_problem_is_named_by_its_sheet_and_row(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db", start="2026-11-23", end="2026-12-11")
    sheets = {name: [list(r) for r in rows] for name, rows in SHEETS.items()}
    sheets["Area 9 Fenland and Broads"][1][5] = "Awaiting bundle"
    with unchanged(db):
        out = run("cases", "import", db, _book(tmp_path / "by area.xlsx", sheets), code=2).output
    assert ("1 row ('Area 9 Fenland and Broads' row 3): stage 'Awaiting bundle' not "
            "recognised") in out, out  # fmt: skip


def test_a_list_of_some_areas_checks_only_those_for_cases_left_out(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db", start="2026-11-23", end="2026-12-11")
    run("cases", "import", db, _book(tmp_path / "first.xlsx", SHEETS))
    later = {"Area 9 Fenland and Broads": SHEETS["Area 9 Fenland and Broads"][:2]}
    out = run("cases", "import", db, _book(tmp_path / "area 9.xlsx", later)).output
    # The one case of area 9 the later sheet leaves out is named; areas 3 and 12, which
    # it does not cover, are said once, not listed case by case as left out.
    assert "1 case already in the inspection is not in this list" in out, out
    assert ("This list names no case of areas 3 (2 cases), 12 (1 case), so their cases were "
            "not checked against it") in out, out  # fmt: skip


def test_cases_match_names_a_row_by_its_sheet(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db", start="2026-11-23", end="2026-12-11")
    book = _book(tmp_path / "by area.xlsx", SHEETS)
    run("cases", "import", db, book)
    out = run("cases", "match", db, book).output
    assert "'Area 12 Marches' row 2: MA/26/3301: C-" in out, out


def test_export_area_reads_an_area_as_areas_visit_does(tmp_path: Path) -> None:
    # Tester 22's F11: `areas visit` took "Gtr Manchester", `export area --area` did not.
    db = new_inspection(tmp_path / "master.db", start="2026-11-23", end="2026-12-11")
    run("cases", "import", db, _book(tmp_path / "by area.xlsx", SHEETS))
    run("areas", "visit", db, "Fenland & Broads")
    out = tmp_path / "area 9.docx"
    run("export", "area", db, "--area", "Fenland & Broads", "-o", out)
    assert out.is_file()
