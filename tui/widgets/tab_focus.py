"""Text boxes that move the focus on Tab as the key is handled, so that what is typed
straight after Tab lands in the box Tab moved to.

Textual hands each key to the widget focused when the app reads it from the terminal.
Tab moves the focus only when it has bubbled up from the text box to the app's binding,
and by then the keys typed after it (one read from a busy terminal, or a quick typist)
are already queued at the old text box, which types them there: a child's words could
land in the note's text.  The real fix belongs in Textual (a key should go to the widget
focused once the keys before it are handled; docs/performance.md, "Keys typed after
Tab").  Here a text box moves the focus itself when Tab reaches it (`Screen.focus_next`
and `focus_previous`, what the app's binding calls), and sends on any key that reaches
it after the focus has left (`handle_typed_ahead`), so the keys arrive where the focus
is, in the order typed.
"""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.widget import Widget
from textual.widgets import TextArea

from tui.widgets.typed_ahead import handle_typed_ahead

MOVES = {"tab": "next", "shift+tab": "previous"}


def tab_moves_focus(widget: Widget, event: events.Key) -> bool:
    """Handle a key at a text box: one that came after the focus left is sent on; Tab
    and Shift+Tab move the focus now.  True if the key was dealt with here."""
    if handle_typed_ahead(widget, event):
        return True
    way = MOVES.get(event.key)
    if way is None:
        return False
    event.stop()
    event.prevent_default()
    if way == "next":
        widget.screen.focus_next()
    else:
        widget.screen.focus_previous()
    return True


class TabTextArea(TextArea):
    """A `TextArea` whose Tab moves the focus at once (`tab_moves_focus`), and whose
    Ctrl+Home and Ctrl+End go to the start and end of the whole text, as in every
    editor a lead knows (Textual's TextArea binds neither: the fix belongs upstream;
    tester 13 pressed Ctrl+End to add to a note and typed at its start)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+home", "text_start", "Start of the text", id="text-start", show=False),
        Binding("ctrl+end", "text_end", "End of the text", id="text-end", show=False),
        # Select all, as in Word (Textual binds it to F7 and Ctrl+A to the line's start:
        # tester 30, F10 rewrote a note with 420 Backspaces).
        Binding("ctrl+a", "select_all", "Select all", id="text-select-all", show=False),
    ]

    def action_text_start(self) -> None:
        """Move the cursor to the start of the whole text."""
        self.move_cursor(self.document.start)

    def action_text_end(self) -> None:
        """Move the cursor to the end of the whole text."""
        self.move_cursor(self.document.end)

    def on_key(self, event: events.Key) -> None:
        """Runs before TextArea's own key handling (which it stops for these keys)."""
        if self.tab_behavior == "focus":
            tab_moves_focus(self, event)
        else:
            handle_typed_ahead(self, event)
