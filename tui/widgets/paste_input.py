"""A one-line input that keeps the whole of a multi-line paste.

Textual's `Input` keeps only the first line of a paste and drops the rest without a
word.  Where what is pasted is prose (a safeguarding note, a rationale), this input
joins the lines with spaces instead, so every word arrives.  Its Tab moves the focus
as the key is handled, so what is typed straight after lands in the next field
(`tui/widgets/tab_focus.py`).
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input

from tui.widgets.tab_focus import tab_moves_focus


def one_line(text: str) -> str:
    """The lines of `text` joined by single spaces (blank lines dropped)."""
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


class PasteInput(Input):
    """An `Input` whose paste keeps every line, joined by spaces."""

    def on_key(self, event: events.Key) -> None:
        """Runs before Input's own key handling (which it stops for the keys it takes)."""
        tab_moves_focus(self, event)

    def on_paste(self, event: events.Paste) -> None:
        self.paste_text(event.text)
        event.stop()
        event.prevent_default()  # Textual would also run Input's own paste handler

    def paste_text(self, pasted: str) -> None:
        """Put pasted text in at the cursor (over the selection), every line kept."""
        text = one_line(pasted)
        if text:
            selection = self.selection
            if selection.is_empty:
                self.insert_text_at_cursor(text)
            else:
                self.replace(text, *selection)
