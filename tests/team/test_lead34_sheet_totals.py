"""Tester 34, F1: a workbook with a sheet per area, each sheet ending in a totals row.
Only the last sheet's was skipped; the others' "Total" was read as a case number, and
the import refused the list (with "add a Child ID column" for rows that were no child).
Every sheet's totals row is skipped and said; a "Total" row inside a sheet, among its
cases, is still no case and still said.  Written here by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from tests.team.helpers import new_inspection, run

HEADER = ["Case No", "Child Forename", "Child Surname", "DOB", "Law Type", "Case Type",
          "Stage"]  # fmt: skip
SHEETS: dict[str, list[list[object]]] = {
    "Area 2 Penwith": [
        ["PZ-1101", "Jenna", "Trevaskis", dt.datetime(2015, 3, 9), "Private", "CAO", "FHDRA"],
        ["PZ-1102", "Kit", "Pengelly", dt.datetime(2018, 6, 1), "Public", "Care", "IRH"],
    ],
    "Area 4 Torbay": [
        ["TQ-2201", "Alfie", "Luscombe", dt.datetime(2013, 11, 20), "Private", "CAO", "WTFH"],
        ["TQ-2202", "Maisie", "Yeo", dt.datetime(2020, 1, 14), "Private", "PSO", "FHDRA"],
        ["TQ-2203", "Ruby", "Hext", dt.datetime(2012, 8, 2), "Public", "Supervision", "CMH"],
    ],
}  # fmt: skip


def _book(path: Path) -> Path:
    book = Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "Cover"
    cover.append(["Open proceedings by area, run 30/11/2026"])
    for name, rows in SHEETS.items():
        sheet = book.create_sheet(name)
        sheet.append([f"Open proceedings: {name}"])
        sheet.append([])
        sheet.append(HEADER)
        for row in rows:
            sheet.append(row)
        sheet.append(["Total", None, None, None, None, None, len(rows)])
    book.save(path)
    return path


def test_each_sheets_totals_row_is_skipped_and_said(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db", start="2026-11-30", end="2026-12-18")
    result = run("cases", "import", db, _book(tmp_path / "by_area.xlsx"))
    said = " ".join(result.output.split())
    assert result.exit_code == 0, result.output
    assert "Imported 5 cases" in said
    assert "skipped the totals rows ('Area 2 Penwith' row 6; 'Area 4 Torbay' row 7)" in said
    assert "Child ID" not in said and "no case type given" not in said
    listed = run("cases", "list", db, "--json").output
    assert '"Total"' not in listed
