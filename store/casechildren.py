"""A case list row naming several children, as some systems list a family: one row for
the proceedings, its children in one cell (`SMITH, Zoë; SMITH, Lukasz`) and their dates
of birth in another, in the same order (`11/09/22; 03/04/15`).  Fieldwork keeps a case
per child (the inspection reads each child's experience; `store.casefamilies` links
them as one family), so such a row is read as one row per child, as a system exporting
a row per child would have written it (tester 26, F1: the row was refused for its dates,
and `--skip-bad` dropped every family with brothers or sisters).

A row is split only where its cells agree: as many names in each name cell that names
several (and one surname for all, or one each), and as many dates of birth and child
IDs as children, or none.  Any other row is left whole, for the import to refuse with
what is wrong.  The children of a row share its line: the second is numbered
`CHILD_LINES` after it, the third twice that, and `source_line` gives back the line a
lead finds in the file."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from store.caseworkbook import CHILD_LINES

if TYPE_CHECKING:
    from store.caselist import Row

EACH = re.compile(r"\s*(?:;|\n|\s/\s)\s*")
"""Between the children of a name cell naming several ('SMITH, Zoe; SMITH, Lukasz'; one
a line; 'Zoe Smith / Lukasz Smith')."""
BIRTHS = re.compile(r"\s*(?:;|\n|\s/\s|,\s|\s+and\s+)\s*", re.I)
"""Between the dates of birth of a cell giving several ('03/04/15; 11/09/18')."""
SPLIT = {
    "case_name": EACH,
    "child_first_name": EACH,
    "child_surname": EACH,
    "dob": BIRTHS,
    "child_id": EACH,
}
"""The cells of a row that give each child's own, and how their children are set apart."""
NAMES = ("case_name", "child_first_name")


def _pieces(cell: str, between: re.Pattern[str]) -> list[str]:
    return [p for p in between.split(cell) if p.strip(" ,.")]


def one_per_child(rows: list[Row]) -> tuple[list[Row], int]:
    """`rows` with each row naming several children read as one row per child, and how
    many rows were split so."""
    out: list[Row] = []
    split = 0
    for row in rows:
        pieces = {f: _pieces(row.get(f), between) for f, between in SPLIT.items()}
        children = max(len(pieces[f]) for f in NAMES)
        fits = all(len(p) in (0, 1, children) if f in ("child_surname", "case_name", "child_first_name")
                   else len(p) in (0, children) for f, p in pieces.items())  # fmt: skip
        if children < 2 or not fits:
            out.append(row)
            continue
        split += 1
        for k in range(children):
            cells = dict(row.cells)
            cells.update({f: p[k] for f, p in pieces.items() if len(p) == children})
            out.append(dataclasses.replace(row, line=row.line + k * CHILD_LINES, cells=cells))
    return out, split
