"""A case list sent as an Excel workbook (.xlsx), read as the spreadsheet shows it.

Organisations send their case list as the workbook their system exported far more often
than as CSV.  The workbook is read with openpyxl (read-only, the values a formula last
gave, as Excel shows them): each row's cells as text, numbered by the row Excel shows,
so a problem names the row the lead corrects.  A date cell is its date as a UK
spreadsheet shows it (`03/11/2026`, day first, as the import reads dates), a whole
number its digits (`1042`, not `1042.0`).

Which sheet: the one that holds a case list (a header row with the required columns
among its first rows; `fields_of`).  A workbook whose first sheet is a cover note and
whose second is the list reads the second, and says so.  Two sheets that both hold a
list (open and closed cases) are refused, naming them: `--sheet` chooses one, and the
other is imported after it, as a later list.  Hidden sheets are not read.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from store.errors import InvalidInputError

XLSX_PART = "xl/workbook.xml"
"""The part every .xlsx has; an OpenDocument spreadsheet (.ods) is a zip without it."""
HEADER_ROWS = 10
"""Rows of a sheet searched for its header row, as a text list's (`caselist.HEADER_SEARCH`)."""


@dataclass(frozen=True)
class Sheet:
    """The sheet read: its name, its rows (the row Excel shows, the cells as text), and
    the other visible sheets, not read."""

    name: str
    records: list[tuple[int, list[str]]]
    others: list[str]


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


def read_sheet(path: Path, score: Callable[[Records], int], sheet: str | None = None) -> Sheet:
    """The sheet of the workbook at `path` holding the case list: `sheet` by name, or the
    visible sheet whose first rows `score` highest (the required columns a header row
    among them names); sheets that tie at the top, each naming every column, are two
    lists, refused."""
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
        if sheet is not None:
            if sheet not in book.sheetnames:
                raise InvalidInputError(
                    f"{path} has no sheet {sheet!r}; its sheets are {_names(visible)}."
                )
            chosen = [sheet]
        else:
            scores = {name: score(_rows(book[name], HEADER_ROWS)) for name in visible}
            top = max(scores.values(), default=0)
            chosen = [name for name in visible if top and scores[name] == top]
        if not chosen:
            raise InvalidInputError(
                f"{path} has no sheet with a case list's header row (a case ID, law type, "
                f"case type and service area column) in its first {HEADER_ROWS} rows; its "
                f"sheets are {_names(visible)}: check the file, or save the list's sheet as "
                "CSV and import that file."
            )
        if len(chosen) > 1:
            raise InvalidInputError(
                f"{path} has {len(chosen)} sheets that hold a case list ({_names(chosen)}): "
                f"import them one at a time with --sheet, e.g. --sheet {chosen[0]!r}."
            )
        name = chosen[0]
        return Sheet(name, _rows(book[name]), [n for n in visible if n != name])
    finally:
        book.close()


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
