"""A `DataTable` of rows whose Home and End go to the first and last row.

Textual's `DataTable` binds Home and End to scrolling its columns, which a table read
row by row has no use for: on the case screen's Grading tab Home did nothing, and an
inspector counting Down presses from where the cursor had stayed graded the wrong
criterion (tester 33, F4).
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import DataTable


class GridTable(DataTable[str]):
    """A row-cursor `DataTable`: Home (or Ctrl+Home) to the first row, End (or
    Ctrl+End) to the last."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("home,ctrl+home", "first_row", "First row", id="grid-first", show=False),
        Binding("end,ctrl+end", "last_row", "Last row", id="grid-last", show=False),
    ]

    def action_first_row(self) -> None:
        """Home: the first row."""
        if self.row_count:
            self.move_cursor(row=0, animate=False)

    def action_last_row(self) -> None:
        """End: the last row."""
        if self.row_count:
            self.move_cursor(row=self.row_count - 1, animate=False)
