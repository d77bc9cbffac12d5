"""A `DataTable` whose Enter acts as the key is handled.

Textual runs a key's binding when the key has bubbled back up to the app, and the
keys typed after it are already queued at the widget focused when they arrived.  A
table's Enter only posts `RowSelected`; by the time its screen handles that message
(and moves the focus to an editor, say), a Down typed straight after has already been
through the app's bindings and moved the table.  `EnterTable` lets its owner act on
Enter inside the binding itself (`on_enter`), so the keys typed after it reach the
widget the focus went to.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.widgets import DataTable


class EnterTable(DataTable[Any]):
    """A `DataTable`; `on_enter()`, if given, runs when Enter selects the cursor's row
    and returns True if it acted (then no `RowSelected` is posted)."""

    def __init__(self, *args: Any, on_enter: Callable[[], bool] | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.on_enter = on_enter

    def action_select_cursor(self) -> None:
        """Enter: the owner's `on_enter` first, else `RowSelected` as usual."""
        if self.on_enter is not None and self.on_enter():
            return
        super().action_select_cursor()
