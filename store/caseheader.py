"""A case list's header written over two rows, as a workbook's merged cells give it
(tester 34, F13): "Case No" merged down both rows, "Child" across "First name" and
"Surname".  Read as one header row, and the header repeated at a page break in either
row's words as a repeat, not a case."""

from __future__ import annotations

from collections.abc import Callable


def _cell(row: list[str], i: int) -> str:
    return row[i].strip() if i < len(row) else ""


def sub_header(
    records: list[tuple[int, list[str]]],
    at: int,
    fields: list[str],
    mapped: dict[str, str],
    fields_of: Callable[[list[str], dict[str, str]], list[str]],
) -> tuple[list[str], list[str]] | None:
    """A header over two rows, as a workbook's merged cells give it ("Child" over "First
    name" and "Surname"; "Case No" merged down both rows): the row under the header row
    names only columns, and its case ID cell is empty.  Returns the one header row made
    of both ("Child First name", "Surname") and the second row, or None (tester 34, F13:
    the second row was read as a case with no case ID)."""
    if at + 1 >= len(records) or "case_id" not in fields:
        return None
    top, sub = records[at][1], records[at + 1][1]
    filled = [i for i, c in enumerate(sub) if c.strip()]
    named = fields_of(sub, mapped)
    if not filled or any(not named[i] for i in filled):
        return None
    if fields.index("case_id") in filled:
        return None
    width = max(len(top), len(sub))
    merged = [" ".join(p for p in (_cell(top, i), _cell(sub, i)) if p) for i in range(width)]
    return merged, sub


def repeats_header(said: list[str], given: list[set[str]]) -> bool:
    """Whether a row repeats a two-row header, cell by cell, in either row's words or
    both's (a page header in a system's export)."""
    filled = [(i, c) for i, c in enumerate(said) if c]
    return len(filled) >= 2 and all(i < len(given) and c in given[i] for i, c in filled)
