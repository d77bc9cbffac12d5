"""A totals row an Excel export adds at the end, below blank rows, with its count in a
text column ("Total,,,212 children", the count under "Application"), is a totals row:
skipped and said, not a bad case that stops the import (tester 24, F2).  A row giving a
law type is a case, whatever its number says.  Written by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.team.helpers import new_inspection, run

HEADER = "Case ref,Service area,Law type,Application,Stage,Notes\r\n"
ROWS = (
    "KB-7001,Area 8 - East of England,Private,Child arrangements,FHDRA,\r\n"
    "KB-7002,Area 8 - East of England,Public,Care order,IRH,\r\n"
    "KB-7003,Area 10 - Hampshire and Isle of Wight,Private,Specific issue,WAFH,\r\n"
    "KB-7004,Area 10 - Hampshire and Isle of Wight,Public,Supervision order,CMH,\r\n"
    "KB-7005,Area 8 - East of England,Private,Child arrangements,FHDRA,\r\n"
)
TOTALS = ",,,,,\r\n,,,,,\r\nTotal,,,5 children,,\r\n"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return new_inspection(tmp_path / "master.db", start="2026-11-02", end="2026-11-27")


def test_a_totals_row_with_its_count_under_the_application_is_skipped(
    db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes((HEADER + ROWS + TOTALS).encode("cp1252"))
    out = run("cases", "import", db, path).output
    assert "Imported 5 cases" in out, out
    assert f"{path}: skipped a totals row (line 9)." in out.splitlines(), out
    assert "not recognised" not in out and "5 children" not in out, out


def test_a_row_of_a_case_under_a_total_word_is_still_a_case(db: Path, tmp_path: Path) -> None:
    """A row that gives a law type is a case whatever its number says."""
    path = tmp_path / "list.csv"
    path.write_bytes((HEADER + ROWS + "Total-9,Area 8 - East of England,Private,Child arrangements,FHDRA,\r\n")
                     .encode("cp1252"))  # fmt: skip
    out = run("cases", "import", db, path).output
    assert "Imported 6 cases" in out and "totals row" not in out, out


def test_a_totals_row_of_a_workbook_with_its_count_under_the_law_type_is_skipped(
    db: Path, tmp_path: Path
) -> None:
    """A reporting tool's workbook ends on 'Total', a COUNTA formula under one heading
    and '5 children' under the law type (tester 28, F1: refused as a case with an
    unknown law type '5 children', with a --map line for it)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Proceeding Ref", "Office", "Child Count", "Category", "Order Sought", "Stage"])
    for line in ROWS.strip().splitlines():
        ref, area, law, kind, stage, _ = line.split(",")
        sheet.append([ref, area, 1, law, kind, stage])
    sheet.append([])
    sheet.append(["Total", None, "=COUNTA(C2:C6)", "5 children", None, None])
    path = tmp_path / "list.xlsx"
    book.save(path)
    mapping = tmp_path / "map.csv"
    mapping.write_text(
        "column,Office,area\ncolumn,Category,law type\ncolumn,Order Sought,case type\n"
    )
    out = run("cases", "import", db, path, "--map", mapping).output
    assert "Imported 5 cases" in out, out
    assert f"{path}: skipped a totals row (line 8)." in out.splitlines(), out
    assert "not recognised" not in out and "5 children" not in out, out
