"""Keys typed faster than the focus moves: Textual queues each key at the widget that
was focused when it arrived, so keys typed straight after one that moves the focus
(Down into a list, a digit that picks a grade) reach the old widget.  Sending them to
the app again delivers them where the focus is now, in the order typed."""

from __future__ import annotations

from textual import events
from textual.widget import Widget


def handle_typed_ahead(widget: Widget, event: events.Key) -> bool:
    """A key that reached `widget` after focus had moved on: send it to the app again,
    so it reaches the widget focused now.  True if it was sent on."""
    focused = widget.screen.focused  # (`has_focus` changes later, with the Blur event)
    if focused is None or focused is widget:
        return False
    event.prevent_default()
    event.stop()
    widget.app.post_message(events.Key(event.key, event.character))
    return True
