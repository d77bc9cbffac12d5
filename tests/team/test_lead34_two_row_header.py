"""Tester 34, F13: a workbook whose header is written over two rows with merged cells
("Case No" merged down both rows, "Child" across "First name" and "Surname"), and the
header repeated mid-list as a page header in the second row's words.  The second row was
read as a case with no case ID and the repeat as a case numbered "Case No"; the list was
refused.  Both rows are read as one header, the repeat is skipped and said, the
children's names are protected.  Written here by hand."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from openpyxl import Workbook

from store.store import Store
from tests.team.helpers import new_inspection, run

TOP = ["Case No", "Child", None, "Date of birth", "Law type", "Case type", "Stage", "Area"]
SUB = [None, "First name", "Surname", None, None, None, None, None]
REPEAT = ["Case No", "First name", "Surname", "Date of birth", "Law type", "Case type",
          "Stage", "Area"]  # fmt: skip


def _book(path: Path) -> Path:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Open cases"
    ws.append(["Open proceedings, Exeter and Taunton teams, run 30/11/2026"])
    ws.append([])
    ws.append(TOP)
    ws.append(SUB)
    for col in "ADEFGH":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("B3:C3")
    ws.append(["EX-40211", "Morwenna", "Trudgeon", dt.datetime(2016, 5, 2), "Private Law",
               "CAO", "FHDRA", "Area 3c Devon"])  # fmt: skip
    ws.append(["EX-40212", "Jago", "Penhale", "14/09/2013", "Private Law", "Spec Issue",
               "FHDRA", "Area 3c Devon"])  # fmt: skip
    ws.append(REPEAT)
    ws.append(["TA-51877", "Tegen", "Nance", dt.datetime(2019, 1, 9), "Public Law",
               "Care order", "IRH", "Area 3e Somerset"])  # fmt: skip
    book.save(path)
    return path


def test_a_header_over_two_merged_rows_is_read_as_one(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db", start="2026-11-30", end="2026-12-18")
    result = run("cases", "import", db, _book(tmp_path / "merged.xlsx"))
    said = " ".join(result.output.split())
    assert "the header is written over two rows (lines 3 and 4" in said
    assert "skipped 1 row repeating the header row" in said and "(line 7)" in said
    assert "Imported 3 cases" in said
    cases = json.loads(run("cases", "list", db, "--json").output)
    assert len(cases) == 3
    with Store.open(db) as s:
        names = {n.name for n in s.protected_names()}
    assert {"Morwenna Trudgeon", "Jago Penhale", "Tegen Nance"} <= names
