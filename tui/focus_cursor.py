"""The terminal cursor follows focus, so screen readers and braille displays that track
the cursor can follow the inspector round the app.

Textual hides the terminal's cursor and draws its own, but it still moves the real
cursor to `App.cursor_position` after each update.  Text boxes (`Input`, `TextArea`)
keep it on their caret themselves; for everything else this module puts it on the
focused widget's current item: the highlighted row of a table, the highlighted line of
a list, or the widget's first cell.  It watches the active screen's `focused` and the
focused widget's cursor and scroll position (Textual's public `watch`), so the position
is updated before the frame that shows the change is drawn.
"""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.geometry import Offset
from textual.screen import Screen
from textual.widget import Widget

OWN_CARET = ("Input", "TextArea")
"""Widgets that keep the cursor on their caret themselves (by class name, so the app
does not import the text widgets before a screen needs them: start-up is measured)."""


def _own_caret(widget: Widget) -> bool:
    return any(cls.__name__ in OWN_CARET for cls in type(widget).__mro__)


CURSOR_ATTRIBUTES = ("cursor_coordinate", "cursor_row", "highlighted", "scroll_y")
"""The reactives that move a widget's current item (whichever the widget has)."""


def item_offset(widget: Widget) -> Offset:
    """Where the focused widget's current item is, in screen cells."""
    from textual.widgets import DataTable, OptionList

    from tui.widgets.row_table import RowTable

    region = widget.content_region
    if not region.height:
        return Offset(region.x, region.y)
    scroll = int(widget.scroll_y)
    row: int | None = None
    if isinstance(widget, DataTable):
        header = widget.header_height if widget.show_header else 0
        row = header + widget.cursor_row - scroll if widget.row_count else None
    elif isinstance(widget, RowTable):
        row = 1 + widget.cursor_row - scroll if widget.row_count else None
    elif isinstance(widget, OptionList) and widget.highlighted is not None:
        row = widget.highlighted - scroll
    y = region.y + max(0, min(row or 0, region.height - 1))
    return Offset(region.x, y)


class FocusCursor:
    """Keeps `App.cursor_position` on the focused widget (see the module docstring)."""

    def __init__(self, app: App[Any]) -> None:
        self.app = app

    def start(self) -> None:
        """Follow focus on the current screen and on every screen shown later."""
        self.app.screen_change_signal.subscribe(self.app, self.screen_changed)
        self.screen_changed(self.app.screen)

    def screen_changed(self, screen: Screen[Any]) -> None:
        """A new active screen: follow its focus, and its layout (a table that moves
        down as the text above it loads takes its cursor with it)."""
        self.app.watch(screen, "focused", self.focus_changed, init=True)
        screen.screen_layout_refresh_signal.subscribe(self.app, self.laid_out)

    def laid_out(self, screen: Screen[Any]) -> None:
        """The screen was laid out again: the frame is drawn, so draw the focused
        widget again if the cursor moves (Textual moves the terminal's cursor as it
        draws)."""
        if screen is _active(self.app) and self.place() and screen.focused is not None:
            screen.focused.refresh()

    def focus_changed(self, widget: Widget | None) -> None:
        """Focus moved: follow the new widget's current item."""
        if widget is not None and not _own_caret(widget):
            for name in CURSOR_ATTRIBUTES:
                if hasattr(widget, name):
                    self.app.watch(widget, name, self.moved, init=False)
        self.place()

    def moved(self, *_: object) -> None:
        """The focused widget's item or scroll changed (before the frame is drawn)."""
        self.place()

    def place(self) -> bool:
        """Put the cursor on the focused widget's current item (text boxes do it
        themselves); True if it moved."""
        screen = _active(self.app)
        focused = screen.focused if screen is not None else None
        if focused is None or _own_caret(focused) or not focused.is_mounted:
            return False
        offset = item_offset(focused)
        if offset == self.app.cursor_position:
            return False
        self.app.cursor_position = offset
        return True


def _active(app: App[Any]) -> Screen[Any] | None:
    """The screen shown, or None once the app has closed its last one: a layout or a
    watched value met while quitting must not stop the app with a traceback (tester
    30, F7: Ctrl+Q just after a save printed `ScreenStackError: No screens on stack`)."""
    return app.screen_stack[-1] if app.screen_stack else None


def follow_focus(app: App[Any]) -> FocusCursor:
    """Start keeping the terminal cursor on the focused widget; returns the follower."""
    follower = FocusCursor(app)
    follower.start()
    return follower
