"""A read-only table of text rows drawn with Textual's line API, for long lists.

`DataTable` renders each visible cell through Rich and measures every row it is given;
on the case list that cost a tenth of start-up and made each refill of the list a
visible stall while the inspector typed a filter.  `RowTable` keeps the rows as tuples
of text, draws only the lines on screen (one segment per line, fixed column widths),
and replaces its rows in one step, so 60 rows or 6,000 cost what a screenful costs.

The screen feeds it a page at a time: `NearEnd` asks for more when the cursor or the
window comes within `margin` rows of the last loaded row, and `EndWanted` (End) for
every row left, so that End goes to the last row in one press (tester 18, F5).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

Row = tuple[str, ...]


@dataclass(frozen=True)
class Column:
    """A column: its header, its width in cells, the sort key a click on it asks for,
    and which cell of each row it shows (None: the cell at the column's position), so a
    screen can show fewer columns on a narrow terminal without changing its rows."""

    label: str
    width: int
    sort_key: str | None = None
    cell: int | None = None


PADDING = 1
"""Cells of space either side of each cell's text."""


class RowTable(ScrollView, can_focus=True):
    """Rows of text under a fixed header; a cursor row; Enter or a click selects."""

    DEFAULT_CSS = """
    RowTable {
        background: $surface;
        color: $foreground;
        height: 1fr;
        &:focus { background-tint: $foreground 5%; }
        & > .row-table--header { text-style: bold; background: $panel; color: $foreground; }
        & > .row-table--even { background: $surface-lighten-1 50%; }
        &:dark > .row-table--even { background: $surface-darken-1 40%; }
        & > .row-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
        &:focus > .row-table--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
            text-style: $block-cursor-text-style;
        }
    }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "row-table--header",
        "row-table--even",
        "row-table--cursor",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor(-1)", "Up", id="row-table-up", show=False),
        Binding("down", "cursor(1)", "Down", id="row-table-down", show=False),
        Binding("pageup", "page(-1)", "Page up", id="row-table-page-up", show=False),
        Binding("pagedown", "page(1)", "Page down", id="row-table-page-down", show=False),
        Binding("home,ctrl+home", "first", "First row", id="row-table-first", show=False),
        Binding("end,ctrl+end", "last", "Last row", id="row-table-last", show=False),
        Binding("enter", "select", "Open", id="row-table-select", show=False),
    ]

    cursor_row: reactive[int] = reactive(0, always_update=True, init=False)
    """The highlighted row (0-based)."""

    class _TableMessage(Message):
        """A message from a table; `control` is the table (for `@on(..., "#id")`)."""

        def __init__(self, table: RowTable) -> None:
            super().__init__()
            self.table = table

        @property
        def control(self) -> RowTable:
            return self.table

    class RowSelected(_TableMessage):
        """Enter, or a click on the highlighted row."""

        def __init__(self, table: RowTable, row: int) -> None:
            super().__init__(table)
            self.row = row

    class HeaderSelected(_TableMessage):
        """A click on a column header."""

        def __init__(self, table: RowTable, column: Column) -> None:
            super().__init__(table)
            self.column = column

    class NearEnd(_TableMessage):
        """Fewer than `margin` loaded rows are left below the cursor or the window."""

    class Resized(_TableMessage):
        """The table's size changed: its owner may lay out other columns for the
        table's own width (`size.width`, scrollbar included: a screen's width is not
        the table's)."""

    class EndWanted(_TableMessage):
        """End was pressed: the screen may load every row left and move to the last
        (`move_cursor`); the table has moved to the last row it holds."""

    def __init__(
        self,
        columns: Sequence[Column],
        *,
        margin: int = 40,
        id: str | None = None,  # noqa: A002
    ) -> None:
        super().__init__(id=id)
        self.margin = margin
        self._rows: list[Row] = []
        self._last_size: tuple[Size, Size, Size] | None = None
        self._set_columns(columns)

    def _set_columns(self, columns: Sequence[Column]) -> None:
        self.columns = tuple(columns)
        self._cells = [i if c.cell is None else c.cell for i, c in enumerate(self.columns)]
        self._line_width = sum(c.width + 2 * PADDING for c in self.columns)
        self._header = self._line(tuple(c.label for c in self.columns), header=True)

    def set_columns(self, columns: Sequence[Column]) -> None:
        """Show other columns (the rows stay as they are)."""
        if tuple(columns) != self.columns:
            self._set_columns(columns)
            self._resize()
            self.refresh()

    # Data -------------------------------------------------------------------------------
    @property
    def row_count(self) -> int:
        return len(self._rows)

    def get_row_at(self, row: int) -> Row:
        """The cells of one row."""
        return self._rows[row]

    def set_rows(self, rows: Iterable[Sequence[str]], cursor: int = 0) -> None:
        """Replace every row in one step, with the cursor on `cursor` (clamped)."""
        self._rows = [tuple(r) for r in rows]
        self._resize()
        self.scroll_to(y=0, animate=False, immediate=True)
        self.move_cursor(cursor)
        self.refresh()
        self.check_near_end()

    def add_rows(self, rows: Iterable[Sequence[str]]) -> None:
        """Append rows (the next page)."""
        start = len(self._rows)
        self._rows.extend(tuple(r) for r in rows)
        self._resize()
        self.refresh(Region(0, 1 + start - int(self.scroll_y), self.size.width, self.size.height))
        self.check_near_end()

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        """Skip Textual's scroll update when nothing about our size changed.

        `ScrollView._size_updated` compares the layout's virtual size with ours, which
        never match for a line-API view, so every layout of the screen (each keystroke in
        the filter box re-lays it out) refreshed our scrollbar and cost the next key a
        whole extra frame (measured in `bench/bench_tui.py`)."""
        key = (size, container_size, self.virtual_size)
        if key == self._last_size:
            return False
        self._last_size = key
        return super()._size_updated(size, virtual_size, container_size, layout)

    def _resize(self) -> None:
        self.virtual_size = Size(self._line_width, len(self._rows) + 1)

    # Cursor and scrolling ---------------------------------------------------------------
    @property
    def _body_height(self) -> int:
        """Rows visible under the header."""
        return max(1, self.scrollable_content_region.height - 1)

    def move_cursor(self, row: int) -> None:
        """Highlight a row and scroll it into view."""
        self.cursor_row = max(0, min(row, len(self._rows) - 1))

    def watch_cursor_row(self, old: int, new: int) -> None:
        top = int(self.scroll_y)
        if new < top:
            self.scroll_to(y=new, animate=False, immediate=True)
        elif new >= top + self._body_height:
            self.scroll_to(y=new - self._body_height + 1, animate=False, immediate=True)
        self._refresh_row(old)
        self._refresh_row(new)
        self._check_near_end(new)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._check_near_end(int(new_value) + self._body_height)

    def check_near_end(self) -> None:
        """Ask for more if the window or the cursor is already near the end: when rows
        land or the table is resized (so a tall window fills without waiting for a
        scroll), and when the owner learns there are more to fetch."""
        self._check_near_end(max(self.cursor_row, int(self.scroll_y) + self._body_height))

    def on_resize(self) -> None:
        """A taller window may show rows not loaded yet; a wider or narrower one may
        want other columns."""
        self.check_near_end()
        self.post_message(self.Resized(self))

    def _check_near_end(self, position: int) -> None:
        if self._rows and position >= len(self._rows) - self.margin:
            self.post_message(self.NearEnd(self))

    def _refresh_row(self, row: int) -> None:
        y = 1 + row - int(self.scroll_y)
        if 1 <= y < self.size.height:
            self.refresh(Region(0, y, self.size.width, 1))

    def on_focus(self) -> None:
        self._refresh_row(self.cursor_row)

    def on_blur(self) -> None:
        self._refresh_row(self.cursor_row)

    def action_cursor(self, delta: int) -> None:
        self.move_cursor(self.cursor_row + delta)

    def action_page(self, direction: int) -> None:
        self.move_cursor(self.cursor_row + direction * self._body_height)

    def action_first(self) -> None:
        self.move_cursor(0)

    def action_last(self) -> None:
        self.move_cursor(len(self._rows) - 1)
        self.post_message(self.EndWanted(self))

    def action_select(self) -> None:
        if self._rows:
            self.post_message(self.RowSelected(self, self.cursor_row))

    # Mouse ------------------------------------------------------------------------------
    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        event.stop()
        if offset.y == 0:
            column = self._column_at(offset.x + int(self.scroll_x))
            if column is not None:
                self.post_message(self.HeaderSelected(self, column))
            return
        row = int(self.scroll_y) + offset.y - 1
        if not 0 <= row < len(self._rows):
            return
        if row == self.cursor_row or event.chain > 1:
            self.move_cursor(row)
            self.post_message(self.RowSelected(self, row))
        else:
            self.move_cursor(row)

    def _column_at(self, x: int) -> Column | None:
        left = 0
        for column in self.columns:
            left += column.width + 2 * PADDING
            if x < left:
                return column
        return None

    # Drawing ----------------------------------------------------------------------------
    def _line(self, cells: Row, header: bool = False) -> str:
        """One line: each column's cell, cut with an ellipsis where it is too long."""
        pad = " " * PADDING
        out = []
        for i, c in enumerate(self.columns):
            index = i if header else self._cells[i]
            cell = cells[index] if index < len(cells) else ""
            if cell_len(cell) > c.width:
                cell = set_cell_size(cell, c.width - 1).rstrip() + "…"
            out.append(f"{pad}{set_cell_size(cell, c.width)}{pad}")
        return "".join(out)

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.size.width
        base = self.rich_style
        if y == 0:
            text, style = self._header, self.get_component_rich_style("row-table--header")
        else:
            row = scroll_y + y - 1
            if row >= len(self._rows):
                return Strip.blank(width, base)
            text = self._line(self._rows[row])
            if row == self.cursor_row:
                style = self.get_component_rich_style("row-table--cursor")
            elif row % 2:
                style = self.get_component_rich_style("row-table--even")
            else:
                style = Style()
        strip = Strip([Segment(text, base + style)], len(text))
        return strip.crop_extend(scroll_x, scroll_x + width, base + style)
