"""Tester 25's F1 and F2: a workbook as a case management system exports it, two title
lines above the headings, the area under "Service Area Name", the child's name in two
columns "Subject Child Forename" / "Subject Child Surname", and one sheet named for what
it holds ("Open and closed cases").  The area column was not read, so the sheet's name
was taken as every row's area; the children's name columns were left unread, so no
child was protected.  Now both columns are read, a mother's name given in two columns
is protected too, and a sheet named for its contents is never an area.  The rows are
written here by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from store.store import Store
from tests.team.helpers import new_inspection, run, unchanged

TITLE = ["Case management extract: open and recently closed proceedings"]
RUN = ["Produced 30/11/2026 05:40 by the reporting service"]
HEADER = ["Case Ref.", "Service Area Name", "Proceedings", "Order Applied For",
          "Subject Child Forename", "Subject Child Surname", "Birth Date", "Allocated FCA",
          "Mother Forename", "Mother Surname", "Respondent Solicitor"]  # fmt: skip
ROWS: list[list[object]] = [
    ["ZK/26/0411", "Area 4 West Midlands", "Private", "Child arrangements", "Lowenna",
     "Petherick", dt.datetime(2017, 3, 9), "Gareth Isles", "Morwenna", "Petherick",
     "Hale & Rudd LLP"],
    ["ZK/26/0412", "Area 4 West Midlands", "Public", "Care order", "Idris", "Vanstone",
     dt.datetime(2020, 11, 2), "Gareth Isles", "Carys", "Vanstone", "Tolland Law"],
    ["ZK/26/0413", "Area 6 London South", "Private", "Specific issue", "Anouk", "Brazier",
     dt.datetime(2013, 6, 30), "Priya Lall", "Sabine", "Brazier", "Hale & Rudd LLP"],
    ["ZK/26/0414", "Area 6 London South", "Public", "Supervision order", "Tomos", "Eluned",
     dt.datetime(2019, 1, 14), "Priya Lall", "Ffion", "Eluned", "Tolland Law"],
]  # fmt: skip


def _book(path: Path, sheet_name: str, header: list[str]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = sheet_name
    sheet.append(TITLE)
    sheet.append(RUN)
    sheet.append(header)
    keep = [i for i, h in enumerate(HEADER) if h in header]
    for row in ROWS:
        sheet.append([row[i] for i in keep])
    book.save(path)
    return path


def test_a_system_export_imports_with_its_own_headings(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db", start="2026-11-02", end="2026-11-27")
    book = _book(tmp_path / "extract.xlsx", "Open and closed cases", HEADER)
    out = run("cases", "import", db, book).output
    assert "Imported 4 cases" in out, out
    with Store.open(db) as store:
        areas = {a.code: a.name for a in store.areas()}
        names = {(p.name, p.category) for p in store.protected_names()}
    assert areas == {"4": "West Midlands", "6": "London South"}
    children = {n for n, c in names if c == "child"}
    assert {"Lowenna Petherick", "Idris Vanstone", "Anouk Brazier", "Tomos Eluned"} <= children
    parents = {n for n, c in names if c == "parent"}
    assert {"Morwenna", "Carys", "Sabine", "Ffion"} <= parents, parents
    assert not any("Hale" in n or "Tolland" in n or "Gareth" in n for n, _ in names)


def test_a_sheet_named_for_its_contents_is_no_area(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db", start="2026-11-02", end="2026-11-27")
    header = [h for h in HEADER if h != "Service Area Name"]
    book = _book(tmp_path / "extract.xlsx", "Open and closed cases", header)
    with unchanged(db):
        out = run("cases", "import", db, book, code=2).output
    assert "no column for service area" in out and "sheet's name" not in out, out
