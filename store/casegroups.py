"""Case lists saved from a grouped sheet: the service area (and the team) written once,
on the first row of each group, and the rows below left blank (tester 14, F2: 466 rows
were refused as "the service area is empty" with no hint of why).

`looks_grouped` tells the import to say so; `fill_down` (the lead's `--fill-down`) reads
each empty cell as the one above it, as a spreadsheet's "fill down" would.  Filling is
never done unasked: a blank cell may be a real gap in the list."""

from __future__ import annotations

from collections.abc import Sequence

from store.caselist import Row

GROUPED = ("service_area", "team")
"""The fields a grouped sheet leaves blank under the first row of each group."""


def looks_grouped(rows: Sequence[Row], field: str = "service_area") -> bool:
    """Whether the empty cells of `field` look like a grouped sheet's: the first row
    gives it, some rows further down give it again, and at least one row in five is
    empty."""
    cells = [row.get(field) for row in rows]
    empty = sum(1 for c in cells if not c)
    given = len(cells) - empty
    return bool(cells) and bool(cells[0]) and given >= 2 and empty * 5 >= len(cells)


def fill_down(rows: Sequence[Row]) -> int:
    """Write, in each row, the grouped fields it leaves empty from the nearest row above
    that gives them; returns how many rows were filled."""
    filled = 0
    above: dict[str, str] = {}
    for row in rows:
        changed = False
        for field in GROUPED:
            cell = row.get(field)
            if cell:
                above[field] = cell
            elif field in above and field in row.cells:
                row.cells[field] = above[field]
                changed = True
        filled += changed
    return filled
