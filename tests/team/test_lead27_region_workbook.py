"""Tester 27's F1 and F2: a reporting tool's workbook with a summary sheet before one
sheet per region, each region's sheet under the same title lines and headings, and a
case moved between areas listed twice: 'Transferred Out' in the region it left, open in
the one it went to.  Written here by hand.

The summary sheet's 'Region' column named the area as well as the regions' headings
did, so the import refused the workbook as sheets "under different headings" and
suggested the summary; now the region sheets, which share their headings, are read as
one list and the summary is passed over.  A child given twice is read from the row that
gives the case as it stands (open beside closed, closed beside transferred out); two
open rows for one child are still refused, saying why."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from openpyxl import Workbook

from tests.team.helpers import new_inspection, run, unchanged

HEADER = ["Proceeding Ref", "Child Ref", "Subject Name", "Birth Date", "Law type",
          "Order sought", "Service area", "Current Stage", "Closure Date", "Comments"]  # fmt: skip
NORTH: list[list[object]] = [
    ["NP-30411", "K1", "Ellis Garthwaite", dt.datetime(2016, 4, 2), "Private law",
     "Child arrangements", "Area 1 North East", "FHDRA", None, ""],
    ["NP-30412", "K1", "Bronwen Tait", dt.datetime(2019, 9, 21), "Public law", "Care order",
     "Area 1 North East", "Case Mgmt Hearing", None, ""],
    # Moved to Area 5: listed here as it left, and open in the Midlands sheet.
    ["NP-30413", "K1", "Aled Rowntree", dt.datetime(2014, 1, 8), "Private law",
     "Specific issue", "Area 1 North East", "Transferred Out", None, "Moved to W Mids"],
    ["NP-30414", "K2", "Cerys Rowntree", dt.datetime(2012, 7, 30), "Private law",
     "Specific issue", "Area 1 North East", "Transferred Out", None, "Moved to W Mids"],
]  # fmt: skip
MIDLANDS: list[list[object]] = [
    ["MP-51870", "K1", "Oona Bexley", dt.datetime(2021, 2, 11), "Public law",
     "Supervision order", "Area 5 West Midlands", "IRH", None, ""],
    ["NP-30413", "K1", "Aled Rowntree", dt.datetime(2014, 1, 8), "Private law",
     "Specific issue", "Area 5 West Midlands", "FHDRA", None, "From NE"],
    ["MP-51871", "K1", "Dervla Quayle", dt.datetime(2015, 5, 5), "Private law",
     "Child arrangements", "Area 5 West Midlands", "Closed", dt.datetime(2026, 10, 1), ""],
]  # fmt: skip
SUMMARY: list[list[object]] = [
    ["Region", "Units", "Children"],
    ["North", 1, 4],
    ["Midlands", 1, 3],
    ["Total", 2, 7],
]


def _book(path: Path, midlands: list[list[object]] = MIDLANDS) -> Path:
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = "Summary"
    summary.append(["Proceedings by region: summary"])
    for row in SUMMARY:
        summary.append(row)
    for name, rows in (("North", NORTH), ("Midlands", midlands)):
        sheet = book.create_sheet(name)
        sheet.append([f"Proceedings by business unit: {name} region"])
        sheet.append(["Report run on 23/11/2026 07:02"])
        sheet.append([])
        sheet.append(HEADER)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def test_region_sheets_under_one_heading_are_read_past_a_summary_sheet(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db", start="2026-11-30", end="2026-12-18")
    out = run("cases", "import", db, _book(tmp_path / "by_region.xlsx")).output
    said = " ".join(out.split())
    assert "read the workbook's 2 sheets that hold a case list under the same headings as " \
           "one list ('North', 'Midlands')" in said and "not read: 'Summary'" in said, out  # fmt: skip
    # Aled is one case, in the area his case went to; Cerys's only row is her closed one.
    assert "Imported 6 cases" in out, out
    assert ("1 child is given by two rows, one open and one closed, or one closed and one "
            "'Transferred out'") in said, out  # fmt: skip
    assert "read from the row that gives the case as it stands ('Midlands' row 6), not " \
           "from the other ('North' row 7)" in said, out  # fmt: skip
    cases = json.loads(run("cases", "list", db, "--json").output)
    by_area = sorted((c["area"], c["stage"]) for c in cases)
    assert by_area == [("1", "CLOSED"), ("1", "CMH"), ("1", "FHDRA"), ("5", "CLOSED"),
                       ("5", "FHDRA"), ("5", "IRH")], by_area  # fmt: skip
    assert "different areas" not in said, out  # the moved child is no family split by area
    matched = json.loads(run("cases", "match", db, _book(tmp_path / "again.xlsx"),
                             "--json").output)  # fmt: skip
    aled = [(m["sheet"], m["line"], m["area"]) for m in matched if m["case_number"] == "NP-30413"]
    assert aled == [("Midlands", 6, "5")], aled


def test_two_open_rows_for_one_child_are_refused_saying_why(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db", start="2026-11-30", end="2026-12-18")
    rows = [list(r) for r in MIDLANDS]
    rows.append(["NP-30412", "K1", "Bronwen Tait", dt.datetime(2019, 9, 21), "Public law",
                 "Care order", "Area 5 West Midlands", "IRH", None, ""])  # fmt: skip
    with unchanged(db):
        out = run("cases", "import", db, _book(tmp_path / "by_region.xlsx", rows), code=2).output
    said = " ".join(out.split())
    assert ("1 row ('Midlands' row 8): the same case number and child ID as an earlier row, "
            "with a different area, stage or case type, both open: the same child given "
            "twice") in said, out  # fmt: skip
    assert "1 of 8 rows" in said, out


def test_region_sheets_whose_case_number_is_not_read_are_named_for_that(tmp_path: Path) -> None:
    """With a heading the import does not know ('Docket No'), the region sheets named no
    more of a case list's columns than the summary's 'Region' did: the import refused
    the workbook as sheets under different headings and suggested the summary sheet.
    Now it says which column is missing, from the region sheets' own header row."""
    db = new_inspection(tmp_path / "master.db", start="2026-11-30", end="2026-12-18")
    HEADER[0], HEADER[4], HEADER[5] = "Docket No", "Jurisdiction (note)", "Matter"
    try:
        book = _book(tmp_path / "by_region.xlsx")
    finally:
        HEADER[0], HEADER[4], HEADER[5] = "Proceeding Ref", "Law type", "Order sought"
    with unchanged(db):
        out = run("cases", "import", db, book, code=2).output
    said = " ".join(out.split())
    assert "has no column for case id" in said and "line 4 has: Docket No, Child Ref" in said, out
    assert "Summary" not in said and "different headings" not in said, out


def test_a_region_named_sheet_read_as_the_area_points_to_the_columns_not_read(
    tmp_path: Path,
) -> None:
    """With no column the import reads as the area ('Division'), each sheet's name was
    taken as its rows' area and refused as no area ('North'), without a word on the
    column that gives it: now the columns not read are named, with the map line."""
    db = new_inspection(tmp_path / "master.db", start="2026-11-30", end="2026-12-18")
    HEADER[6] = "Division"
    try:
        book = _book(tmp_path / "by_region.xlsx")
    finally:
        HEADER[6] = "Service area"
    with unchanged(db):
        out = run("cases", "import", db, book, code=2).output
    said = " ".join(out.split())
    assert "no service area number in 'North'" in said, out
    assert ("read each row's service area from its sheet's name, as the list has no service "
            "area column (if one of the columns not read gives it, Division, Comments, name "
            "it with --map: 'column,Division,area').") in said, out  # fmt: skip


def test_a_young_person_of_eighteen_is_left_out_and_said_not_refused(tmp_path: Path) -> None:
    """Tester 27, F3: rows of young people who had turned 18 by the inspection's start
    (cases opened at 16 or 17) were problems that stopped the whole import."""
    db = new_inspection(tmp_path / "master.db", start="2026-11-30", end="2026-12-18")
    rows: list[list[object]] = [*MIDLANDS, ["MP-51872", "K1", "Tamsin Orchard", dt.datetime(2008, 10, 6),
                        "Private law", "Child arrangements", "Area 5 West Midlands", "FHDRA",
                        None, "Opened when she was 16"]]  # fmt: skip
    out = run("cases", "import", db, _book(tmp_path / "by_region.xlsx", rows)).output
    said = " ".join(out.split())
    assert "Imported 6 cases" in said, out
    assert ("left out 1 row giving a young person aged 18 or over at the inspection's start, "
            "no child ('Midlands' row 8; born '06/10/2008')") in said, out  # fmt: skip
    cases = json.loads(run("cases", "list", db, "--json").output)
    assert len(cases) == 6


def test_a_case_type_whose_brackets_name_another_is_said_as_both(tmp_path: Path) -> None:
    """Tester 27: 'C100 - CAO (safeguarding letter only)' was "not recognised", with the
    whole list of case types; it names a child arrangements order and, in its brackets,
    work to the first hearing only.  The refusal names both and the map line."""
    db = new_inspection(tmp_path / "master.db", start="2026-11-30", end="2026-12-18")
    rows = [list(r) for r in MIDLANDS]
    rows[0][5] = "C100 - CAO (safeguarding letter only)"
    rows[0][4] = "Private law"
    with unchanged(db):
        out = run("cases", "import", db, _book(tmp_path / "by_region.xlsx", rows), code=2).output
    said = " ".join(out.split())
    assert ("case type 'C100 - CAO (safeguarding letter only)' names two: CAO (Child "
            "arrangements order) and, in its brackets, SGL_ONLY (") in said, out  # fmt: skip
    assert "--map (case_type,C100 - CAO (safeguarding letter only),SGL_ONLY)" in said, out
