"""A DataTable that asks for more rows when the cursor or the scroll nears its end."""

from __future__ import annotations

from textual.coordinate import Coordinate
from textual.message import Message
from textual.widgets import DataTable


class PagedTable(DataTable[str]):
    """Posts `NearEnd` when fewer than `margin` loaded rows are left below the cursor or
    below the visible window, so the screen can fetch the next page."""

    class NearEnd(Message):
        """Fetch more rows, please."""

        def __init__(self, table: PagedTable) -> None:
            super().__init__()
            self.table = table

    def __init__(self, *, margin: int = 40, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self.margin = margin

    def _check_near_end(self, position: int) -> None:
        if self.row_count and position >= self.row_count - self.margin:
            self.post_message(self.NearEnd(self))

    def check_near_end(self) -> None:
        """Ask for more if the window or the cursor is already near the end (after a
        page lands, so a tall window fills without waiting for a scroll)."""
        self._check_near_end(max(self.cursor_row, int(self.scroll_y) + self.size.height))

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        """Scrolling (wheel, page keys) near the end asks for more."""
        super().watch_scroll_y(old_value, new_value)
        self._check_near_end(int(new_value) + self.size.height)

    def watch_cursor_coordinate(
        self, old_coordinate: Coordinate, new_coordinate: Coordinate
    ) -> None:
        """Moving the cursor near the end asks for more."""
        super().watch_cursor_coordinate(old_coordinate, new_coordinate)
        self._check_near_end(self.cursor_row)
