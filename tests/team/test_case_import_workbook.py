"""A case list sent as the Excel workbook the organisation's system exported (.xlsx), not
saved as CSV first: a cover sheet before the list, a title above the header row, dates
as Excel dates, case numbers as numbers, a hidden sheet of last month's list.  The
workbooks are built here, cell by cell, with rows written by hand."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import Workbook

from store.models import CaseFilter
from store.store import Store
from tests.team.helpers import new_inspection, refused, run, unchanged

HEADER = ["Case number", "Forename", "Surname", "Date of birth", "Law type", "Order sought",
          "Stage", "Service area", "Allocated"]  # fmt: skip
ROWS: list[list[object]] = [
    [440112, "Maisie", "Aldridge", dt.datetime(2017, 3, 14), "Private", "Child arrangements",
     "FHDRA", "Area 7 Pennine Vale", dt.datetime(2026, 9, 1)],
    [440118, "Kwame", "Boateng", dt.datetime(2012, 11, 2), "Private", "Specific issue",
     "Work after first hearing", "Area 7 Pennine Vale", dt.datetime(2026, 8, 19)],
    [440131, "Lena", "Fischer", dt.datetime(2021, 6, 30), "Public", "Care order", "IRH",
     "Area 9 Fenland and Broads", dt.datetime(2026, 6, 2)],
    [440135, "Rhys", "Pritchard", dt.datetime(2015, 1, 9), "Public", "Supervision order",
     "Case management hearing", "Area 9 Fenland and Broads", dt.datetime(2026, 7, 11)],
]  # fmt: skip


def _book(path: Path, *, rows: list[list[object]] = ROWS, second_list: bool = False,
          hidden_list: bool = False) -> Path:  # fmt: skip
    book = Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "Read me"
    cover.append(["Open cases extract for the inspection team"])
    cover.append(["Prepared by the performance team, 2 November 2026"])
    cases = book.create_sheet("Open cases")
    cases.append(["Open cases report"])
    cases.append([])
    cases.append(HEADER)
    for row in rows:
        cases.append(row)
    if second_list or hidden_list:
        other = book.create_sheet("Closed cases" if second_list else "October")
        other.append(HEADER)
        other.append([440002, "Amir", "Haddad", dt.datetime(2014, 5, 5), "Private",
                      "Child arrangements", "Closed", "Area 7 Pennine Vale"])  # fmt: skip
        if hidden_list:
            other.sheet_state = "hidden"
    book.save(path)
    return path


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return new_inspection(tmp_path / "master.db", start="2026-11-23", end="2026-12-11")


def _cases(db: Path) -> Counter[tuple[str, str, str, str, str]]:
    with Store.open(db) as store:
        files = [store.case(r.id) for r in store.case_rows(CaseFilter(), 0, 100)]
    return Counter((c.area_code, c.law_type, c.case_type, c.stage, c.age_band) for c in files)


def test_the_list_sheet_of_a_workbook_is_read_as_excel_shows_it(db: Path, tmp_path: Path) -> None:
    """The sheet holding the list is found past a cover sheet and a title; dates read as
    the dates they are (ages from the Excel date of birth); a hidden sheet is not read;
    the output says which sheet was read and which were not."""
    book = _book(tmp_path / "open cases.xlsx", hidden_list=True)
    result = run("cases", "import", db, book)
    assert "Imported 4 cases" in result.output, result.output
    assert "read the workbook's sheet 'Open cases'" in result.output
    assert "not read: 'Read me'." in result.output
    assert "the header row is line 3; the 2 lines above it were not read." in result.output
    assert _cases(db) == Counter({
        ("7", "PRIVATE", "CAO", "FHDRA", "5-9"): 1,
        ("7", "PRIVATE", "SIO_PSO", "WAFH", "14-15"): 1,
        ("9", "PUBLIC", "S31", "IRH", "5-9"): 1,
        ("9", "PUBLIC", "S31", "CMH", "10-13"): 1,
    })  # fmt: skip
    with Store.open(db) as store:
        names = {p.name for p in store.protected_names()}
    assert {"Maisie", "Aldridge", "Rhys", "Pritchard"} <= names
    assert "Haddad" not in names  # last month's hidden sheet


def test_a_bad_row_is_named_by_its_excel_row_and_nothing_is_imported(
    db: Path, tmp_path: Path
) -> None:
    rows: list[list[object]] = [*ROWS, [440140, "Ava", "Lindqvist", "31/02/2019", "Private", "Child arrangements",
                    "FHDRA", "Area 7 Pennine Vale", None]]  # fmt: skip
    book = _book(tmp_path / "open.xlsx", rows=rows)
    with unchanged(db):
        result = run("cases", "import", db, book, code=2)
    # Excel shows the title on row 1, the header on row 3, the fifth case on row 8.
    assert "1 row (line 8): date of birth '31/02/2019'" in result.output, result.output


def test_two_sheets_under_the_same_headings_are_read_as_one_list(db: Path, tmp_path: Path) -> None:
    """Open and closed cases on two sheets under the same headings are one list (tester
    22, F4); `--sheet` still reads one of them alone."""
    book = _book(tmp_path / "cases.xlsx", second_list=True)
    result = run("cases", "import", db, book)
    assert "Imported 5 cases" in result.output, result.output
    assert ("read the workbook's 2 sheets that hold a case list under the same headings as "
            "one list ('Open cases', 'Closed cases')") in result.output  # fmt: skip
    assert "not read: 'Read me'." in result.output


def test_sheets_holding_whole_lists_under_different_headings_are_read_as_one(
    db: Path, tmp_path: Path
) -> None:
    """Each sheet names every column the import needs, under its own headings: the
    columns are matched by what each heading names (tester 29, F1; before, refused)."""
    book = _book(tmp_path / "cases.xlsx", second_list=True)
    from openpyxl import load_workbook

    wb = load_workbook(book)
    wb["Closed cases"].cell(row=1, column=10, value="Closed on")
    wb["Closed cases"].cell(row=1, column=1, value="Case ref")
    wb.save(book)
    result = run("cases", "import", db, book)
    assert "Imported 5 cases" in result.output, result.output
    assert ("read the workbook's 2 sheets that hold a case list under different headings, "
            "each column matched by what its heading names, as one list ('Open cases', "
            "'Closed cases')") in " ".join(result.output.split())  # fmt: skip
    assert Counter(stage for *_, stage, _band in _cases(db).elements())["CLOSED"] == 1


def test_sheets_under_different_headings_lacking_a_column_are_refused(
    db: Path, tmp_path: Path
) -> None:
    book = _book(tmp_path / "cases.xlsx", second_list=True)
    from openpyxl import load_workbook

    wb = load_workbook(book)
    for name in ("Open cases", "Closed cases"):  # no sheet gives the service area
        sheet = wb[name]
        at = 3 if name == "Open cases" else 1
        sheet.cell(row=at, column=8, value="Office")
    wb["Closed cases"].cell(row=1, column=10, value="Closed on")
    wb.save(book)
    with unchanged(db):
        said = refused("cases", "import", db, book)
    assert ("has 2 sheets that hold a case list under different headings ('Open cases', "
            "'Closed cases')") in said, said  # fmt: skip
    assert "--sheet 'Open cases'" in said
    mapped = tmp_path / "map.csv"
    mapped.write_text("column,Office,area\n", encoding="utf-8")
    result = run("cases", "import", db, book, "--sheet", "Open cases", "--map", mapped)
    assert "Imported 4 cases" in result.output, result.output
    assert "not read: 'Read me', 'Closed cases'." in result.output
    result = run("cases", "import", db, book, "--sheet", "Closed cases", "--map", mapped)
    assert "Imported 1 case" in result.output, result.output
    assert "not read: 'Read me', 'Open cases'." in result.output


def test_a_sheet_that_is_not_there_and_sheet_on_a_csv_are_refused(db: Path, tmp_path: Path) -> None:
    book = _book(tmp_path / "cases.xlsx")
    with unchanged(db):
        said = refused("cases", "import", db, book, "--sheet", "Cases")
    assert "has no sheet 'Cases'; its sheets are 'Read me', 'Open cases'." in said, said
    listed = tmp_path / "cases.csv"
    listed.write_text(",".join(HEADER) + "\n")
    with unchanged(db):
        said = refused("cases", "import", db, listed, "--sheet", "Open cases")
    assert "is not an Excel workbook: --sheet is only for an .xlsx file" in said, said


def test_an_opendocument_spreadsheet_is_refused_saying_how_to_save_it(
    db: Path, tmp_path: Path
) -> None:
    """An .ods (a zip without Excel's workbook part) is not read: one sentence on how to
    save it in a form that is."""
    ods = tmp_path / "cases.ods"
    with zipfile.ZipFile(ods, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    with unchanged(db):
        said = refused("cases", "import", db, ods)
    assert "is an OpenDocument spreadsheet (.ods) or another zip file" in said, said
    assert "save it as an Excel workbook (.xlsx, without a password) or as CSV" in said


def test_cases_match_reads_the_workbook_it_was_imported_from(db: Path, tmp_path: Path) -> None:
    """The organisation's case numbers beside our references, read from the same
    workbook: a number stays a number (440112, not 440112.0)."""
    book = _book(tmp_path / "cases.xlsx", second_list=True)
    run("cases", "import", db, book, "--sheet", "Open cases")
    out = run("cases", "match", db, book, "--sheet", "Open cases", "--json").output
    rows = json.loads(out)
    assert sorted(r["case_number"] for r in rows) == ["440112", "440118", "440131", "440135"]
    assert all(r["ref"] for r in rows)


def test_a_sheet_per_law_type_gives_its_rows_their_law_type(db: Path, tmp_path: Path) -> None:
    """Tester 24, F15: a list split into a 'Private Law' and a 'Public Law' sheet, with no
    law type column, was refused for having no law type column."""
    book = Workbook()
    first = book.active
    assert first is not None
    without_law = [h for h in HEADER if h != "Law type"]
    for sheet, law in ((first, "Private"), (book.create_sheet("Public law cases"), "Public")):
        sheet.title = "Private Law" if law == "Private" else sheet.title
        sheet.append(without_law)
        for row in ROWS:
            if row[4] == law:
                sheet.append([cell for i, cell in enumerate(row) if i != 4])
    path = tmp_path / "by_law.xlsx"
    book.save(path)
    result = run("cases", "import", db, path)
    assert "Imported 4 cases" in result.output, result.output
    assert ("read each row's law type from its sheet's name (a sheet per law type), as the "
            "list has no law type column.") in " ".join(result.output.split())  # fmt: skip
    laws = Counter(law for _area, law, *_ in _cases(db).elements())
    assert laws == Counter({"PRIVATE": 2, "PUBLIC": 2})
    # A sheet named otherwise, with no law type column, gives each row the one law its
    # case type fits (session 26), and refuses a row whose case type fits several.
    adoption = book.create_sheet("Adoption")
    adoption.append(without_law)
    adoption.append([440150, "Ava", "Lee", dt.datetime(2020, 1, 1), "Special guardianship",
                     "Work after first hearing", "Area 7 Pennine Vale", dt.datetime(2026, 9, 3)])  # fmt: skip
    other = tmp_path / "other.xlsx"
    book.save(other)
    with unchanged(db):
        said = run("cases", "import", db, other, "--sheet", "Adoption", code=2).output
    assert "no law type given, and case type Other application may be" in said, said
