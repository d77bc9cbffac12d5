"""A case list sent as an Excel workbook (.xlsx), read as the spreadsheet shows it.

Organisations send their case list as the workbook their system exported far more often
than as CSV.  The workbook is read with openpyxl (read-only, the values a formula last
gave, as Excel shows them): each row's cells as text, numbered by the row Excel shows,
so a problem names the row the lead corrects.  A date cell is its date as a UK
spreadsheet shows it (`03/11/2026`, day first, as the import reads dates), a whole
number its digits (`1042`, not `1042.0`).

Which sheet: the one that holds a case list (a header row with the required columns
among its first rows; `fields_of`).  A workbook whose first sheet is a cover note and
whose second is the list reads the second, and says so.  Sheets that each hold a list
under the same headings (one sheet per area, as many organisations send it; open and
closed cases) are read as one list, in order, the rows of the second and later sheets
numbered `SHEET_LINES` apart (`sheet_row` gives back the sheet and its row); sheets
holding lists under different headings are refused, naming them: `--sheet` chooses one.
Hidden sheets are not read.

A sheet with no service area column whose name is its own, not Excel's "Sheet1", gives
its name as each row's service area (`Area 3 South West`), read as a cell would be; and a
sheet with no law type column named by a law type ("Private Law", "Public law cases")
gives its rows that law type (tester 24, F15: a list split into a sheet per law type).
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from store.errors import InvalidInputError

XLSX_PART = "xl/workbook.xml"
"""The part every .xlsx has; an OpenDocument spreadsheet (.ods) is a zip without it."""
HEADER_ROWS = 10
"""Rows of a sheet searched for its header row, as a text list's (`caselist.HEADER_SEARCH`)."""
SHEET_LINES = 100_000_000
"""Where several sheets are read as one list, a row of the n-th (from 0) is numbered
n × SHEET_LINES + its row (Excel's sheets hold 1,048,576 rows at most)."""
CHILD_LINES = 2_000_000
"""The k-th child (from 0) of a row naming several is numbered k × CHILD_LINES after
the row (`store.casechildren`), within its sheet's numbers."""
AREA_FROM_NAME = "Service area (the sheet's name)"
"""The heading of the column a sheet's name gives, where the sheet has no area column."""
LAW_FROM_NAME = "Law type (the sheet's name)"
"""The heading of the column a sheet named by a law type gives, with no law type column."""
LAW_NAME = re.compile(r"\s*(private|public)(?:\s+law)?(?:\s+(?:cases|list|proceedings))?\s*", re.I)
DEFAULT_NAME = re.compile(r"sheet\s*\d*", re.I)
LIST_NAME = re.compile(
    r"\b(?:cases?|lists?|open|closed|all|export|extract|report|data|summary|totals?|"
    r"caseload|sheet|query|results?)\b",
    re.I,
)
"""Words of a sheet's name that say what the sheet holds, not which area: 'Open and
closed cases' is no area's name (tester 25, F1: it was read as every row's area)."""
AREA_NUMBERED = re.compile(r"\b(?:area|region|a|r)\s*0*\d{1,2}[ab]?\b", re.I)


@dataclass(frozen=True)
class Sheet:
    """The sheet read: its name, its rows (the row Excel shows, the cells as text), and
    the other visible sheets, not read."""

    name: str
    records: list[tuple[int, list[str]]]
    others: list[str]
    sheets: list[str] = field(default_factory=list)
    """Every sheet read, in order, where several are read as one list."""
    area_from_name: bool = False
    """Whether each row's service area is its sheet's name."""
    law_from_name: bool = False
    """Whether each row's law type is its sheet's name (on some sheets at least)."""
    aligned: bool = False
    """Whether the sheets read hold the list under different headings, matched by field."""


def is_workbook(path: Path) -> bool:
    """Whether `path` is an .xlsx workbook (a zip holding the workbook part)."""
    try:
        with zipfile.ZipFile(path) as z:
            return XLSX_PART in z.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def cell_text(value: object) -> str:
    """A cell's value as the list's text: dates as a UK spreadsheet shows them (day
    first: a problem quotes the date as the lead sees it in the cell), whole numbers
    without '.0'."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return f"{value:%d/%m/%Y}" if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


Records = list[tuple[int, list[str]]]


def sheet_row(line: int) -> tuple[int, int]:
    """(the sheet's place among those read, from 0; its row) of a row's number."""
    sheet, row = divmod(line, SHEET_LINES)
    return sheet, row % CHILD_LINES


def source_line(line: int) -> int:
    """The line (or the sheet's row) a row's number stands for, as the lead finds it."""
    return sheet_row(line)[1]


def read_sheet(
    path: Path,
    score: Callable[[Records], int],
    sheet: str | None = None,
    has_area: Callable[[list[str]], bool] = lambda _: True,
    has_law: Callable[[list[str]], bool] = lambda _: True,
    fields: Callable[[list[str]], list[str]] | None = None,
    complete: int = 0,
) -> Sheet:
    """The sheet of the workbook at `path` holding the case list: `sheet` by name, or the
    visible sheets whose first rows `score` highest (the required columns a header row
    among them names, the law type or area a sheet's name gives counted), read as one
    list where their headings agree.  Where they differ and each names every required
    column (`complete` of them), their columns are matched by the field each heading
    names (`fields`: "Case No" on one sheet, "Case ref" on the next) and read as one list;
    otherwise refused.  `has_area`, `has_law`: whether a header row gives the service
    area, the law type."""
    from openpyxl import load_workbook  # only a workbook import pays for it

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise InvalidInputError(
            f"{path} is an Excel workbook that could not be read (damaged, or not saved "
            "whole): open it in Excel, save it again as .xlsx or as CSV (comma delimited), "
            "and import that file."
        ) from exc
    try:
        visible = [ws.title for ws in book.worksheets if ws.sheet_state == "visible"]
        scores: dict[str, int] = {}  # by sheet, where the sheets are chosen by them
        if sheet is not None:
            if sheet not in book.sheetnames:
                raise InvalidInputError(
                    f"{path} has no sheet {sheet!r}; its sheets are {_names(visible)}."
                )
            chosen = [sheet]
        else:
            # Scored as read: a sheet named "Private Law" gives its rows' law type
            # (tester 29, F1: such sheets lost to a "Closed" sheet with a law column,
            # and only its 80 closed cases were imported).
            scores = {
                name: score(
                    _headed(name, _rows(book[name], HEADER_ROWS), score, has_area, has_law)[1][
                        :HEADER_ROWS
                    ]
                )
                for name in visible
            }
            top = max(scores.values(), default=0)
            chosen = [name for name in visible if top and scores[name] == top]
        if not chosen:
            raise InvalidInputError(
                f"{path} has no sheet with a case list's header row (a case ID, law type, "
                f"case type and service area column) in its first {HEADER_ROWS} rows; its "
                f"sheets are {_names(visible)}: check the file, or save the list's sheet as "
                "CSV and import that file."
            )
        read = [_headed(name, _rows(book[name]), score, has_area, has_law) for name in chosen]
        chosen, read = _sharing(chosen, read)
        aligned = False
        differ = len({tuple(h) for _, _, h, _ in read}) > 1
        if differ and fields is not None and all(scores.get(n, 0) >= complete > 0 for n in chosen):
            read, aligned = _aligned(read, fields), True
        if len({tuple(heading) for _, _, heading, _ in read}) > 1:
            raise InvalidInputError(
                f"{path} has {len(chosen)} sheets that hold a case list under different "
                f"headings ({_names(chosen)}): import them one at a time with --sheet, "
                f"e.g. --sheet {chosen[0]!r}."
            )
        records: Records = list(read[0][1])
        for n, (_, rows, _, at) in enumerate(read[1:], 1):
            records += [(n * SHEET_LINES + line, cells) for line, cells in rows[at + 1 :]]
        others = [n for n in visible if n not in chosen]
        gives = {g for g, _, _, _ in read}
        return Sheet(chosen[0], records, others, chosen if len(chosen) > 1 else [],
                     "area" in gives, "law" in gives, aligned)  # fmt: skip
    finally:
        book.close()


def _sharing(
    names: list[str], read: list[tuple[str, Records, list[str], int]]
) -> tuple[list[str], list[tuple[str, Records, list[str], int]]]:
    """The sheets to read as one list where the sheets found disagree: those of the most
    sheets sharing one header row, where they are more than one and more than any other
    such group (tester 27, F1: four region sheets beside a summary sheet whose 'Region'
    column named the area as well as theirs); else all of them, to be refused."""
    groups: dict[tuple[str, ...], list[int]] = {}
    for i, (_, _, heading, _) in enumerate(read):
        groups.setdefault(tuple(heading), []).append(i)
    sizes = sorted((len(g) for g in groups.values()), reverse=True)
    if len(sizes) < 2 or sizes[0] < 2 or sizes[0] == sizes[1]:
        return names, read
    most = max(groups.values(), key=len)
    return [names[i] for i in most], [read[i] for i in most]


def _aligned(
    read: list[tuple[str, Records, list[str], int]], fields: Callable[[list[str]], list[str]]
) -> list[tuple[str, Records, list[str], int]]:
    """Sheets holding a list under different headings, each rewritten under one header
    row: a column for each field any sheet's heading names (the first sheet's heading
    for it), then the columns no field names, by heading; each row's cells moved to
    their field's column (tester 29, F1: a sheet per law type and one of closed cases,
    each with its own headings and column order)."""
    keyed: list[list[str]] = []
    columns: dict[str, str] = {}  # key -> the heading shown
    for _, rows, _, at in read:
        header = rows[at][1]
        named = fields(header)
        keys = []
        for i, heading in enumerate(header):
            field = named[i] if i < len(named) else ""
            key = (
                field if field and field not in keys else "#" + " ".join(heading.split()).casefold()
            )
            keys.append(key)
            if heading.strip() and key not in columns:
                columns[key] = heading
        keyed.append(keys)
    order = list(columns)
    out: list[tuple[str, Records, list[str], int]] = []
    for (gives, rows, _, at), keys in zip(read, keyed, strict=True):
        where = {k: i for i, k in enumerate(keys)}

        def moved(cells: list[str], where: dict[str, int] = where) -> list[str]:
            return [cells[where[k]] if k in where and where[k] < len(cells) else "" for k in order]

        new_rows = [(line, cells) for line, cells in rows[:at]]
        new_rows.append((rows[at][0], [columns[k] for k in order]))
        new_rows += [(line, moved(cells)) for line, cells in rows[at + 1 :]]
        heads = [" ".join(columns[k].split()).casefold() for k in order]
        out.append((gives, new_rows, heads, at))
    return out


def _headed(
    name: str,
    rows: Records,
    score: Callable[[Records], int],
    has_area: Callable[[list[str]], bool],
    has_law: Callable[[list[str]], bool],
) -> tuple[str, Records, list[str], int]:
    """A sheet's rows read: (what its name gives its rows: "law", "area" or "", its rows,
    its header row's headings as compared across sheets, where its header row is)."""
    scores = [score([row]) for row in rows[:HEADER_ROWS]]
    at = scores.index(max(scores)) if scores else -1
    header = rows[at][1] if at >= 0 else []
    gives = ""
    law = LAW_NAME.fullmatch(name)
    if at >= 0 and not has_law(header) and law is not None:
        gives = "law"
        rows = _with_cell(rows, at, LAW_FROM_NAME, f"{law[1]} law")
    elif at >= 0 and not has_area(header) and _may_be_area(name):
        gives = "area"
        rows = _with_cell(rows, at, AREA_FROM_NAME, name)
    header = rows[at][1] if at >= 0 else []
    heading = [" ".join(c.split()).casefold() for c in header]
    while heading and not heading[-1]:
        heading.pop()
    return gives, rows, heading, at


def _may_be_area(name: str) -> bool:
    """Whether a sheet's name may be its rows' area: not Excel's default name, and not
    a name that says what the list holds, unless it numbers an area."""
    name = name.strip()
    if DEFAULT_NAME.fullmatch(name):
        return False
    return not LIST_NAME.search(name) or AREA_NUMBERED.search(name) is not None


def _with_cell(rows: Records, at: int, heading: str, value: str) -> Records:
    """`rows` with one more cell: `heading` on the header row (at `at`), `value` on each
    row below it that has a cell filled in, nothing above it."""
    return [
        (
            line,
            [
                *cells,
                heading if i == at else value if i > at and any(c.strip() for c in cells) else "",
            ],
        )
        for i, (line, cells) in enumerate(rows)
    ]


def _rows(ws: Any, limit: int | None = None) -> Records:
    """A sheet's rows (a read-only worksheet's), numbered as Excel shows them, each cell
    as text."""
    out: Records = []
    for n, values in enumerate(ws.iter_rows(values_only=True), 1):
        if limit is not None and n > limit:
            break
        out.append((n, [cell_text(v) for v in values]))
    return out


def _names(names: list[str]) -> str:
    return ", ".join(repr(n) for n in names) or "none visible"
