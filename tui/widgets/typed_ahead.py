"""Keys typed faster than the focus moves: Textual queues each key at the widget that
was focused when it arrived, so keys typed straight after one that moves the focus
(Down into a list, a digit that picks a grade) reach the old widget.  Sending them to
the app again delivers them where the focus is now, in the order typed.

A key is sent on as the terminal sends it (`send_on`): a copy of the event
(`events.Key.copy`, the same key and character) posted to the app with the app as its
sender (`Message.set_sender`, which Textual documents for "when strict control is
required over the sender of a message"; its driver and its Pilot set the app as the
sender of every key they post).  A key whose sender is a widget stops bubbling at that
widget when it bubbles up from one of its children, so it would never reach the app,
where the bindings (Enter on an input, Ctrl+S, Esc) are looked up.  `App.simulate_key`
is not used: it posts a key without its character (a Space would type nothing) and with
the widget calling it as the sender.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.app import App
from textual.widget import Widget


def send_on(app: App[Any], event: events.Key) -> None:
    """Post a copy of `event` to `app` as a key from the terminal: it goes to the widget
    focused when the app handles it, then bubbles up to the app's bindings."""
    app.post_message(event.copy().set_sender(app))


def handle_typed_ahead(widget: Widget, event: events.Key) -> bool:
    """A key that reached `widget` after focus had moved on: send it to the app again,
    so it reaches the widget focused now.  True if it was sent on.

    For a widget that holds no focusable widget: a key bubbling up from a widget inside
    it is never sent on (it would come back up to it, and go round for ever)."""
    focused = widget.screen.focused  # (`has_focus` changes later, with the Blur event)
    if focused is None or focused is widget or widget in focused.ancestors:
        return False
    event.prevent_default()
    event.stop()
    send_on(widget.app, event)
    return True
