"""The conflicts screen's two tables: the records in conflict, and one record's sides.

Enter on either keeps the side under the sides' column cursor (a `DataTable` takes
Enter for itself, to post a "selected" message, so the screen's own Enter never ran),
and Left and Right on the list move that cursor, so the lead chooses a side without
leaving the list (the hint line under the sides says so; the footer keeps its room for
the screen's own keys).  The keys run the screen's actions (`screen.take_current`,
`screen.side`), as Textual's action namespaces allow.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import DataTable

TAKE = "screen.take_current"
"""The conflicts screen's action: keep the side under the column cursor (asks first)."""


class RecordList(DataTable[Text]):
    """The records in conflict, one a row; Enter keeps the chosen side, Left and Right
    choose it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", TAKE, "Keep this side", id="conflicts-list-take", show=False,
                tooltip="Keep the side chosen with Left and Right (asks first)."),
        Binding("left", "screen.side(-1)", "Side to the left", id="conflicts-list-left",
                show=False, tooltip="Choose the side to the left."),
        Binding("right", "screen.side(1)", "Side to the right", id="conflicts-list-right",
                show=False, tooltip="Choose the side to the right."),
    ]  # fmt: skip


class SidesTable(DataTable[Text]):
    """One record's sides, a column each; Enter keeps the side under the cursor."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", TAKE, "Keep this side", id="conflicts-sides-take", show=False,
                tooltip="Keep the side under the column cursor (asks first)."),
    ]  # fmt: skip
