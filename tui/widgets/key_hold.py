"""Keys typed while a screen loads, kept and sent on once it is ready.

A screen that reads its data in a worker has nothing to act on for a moment after it
opens: Down, Enter or a jump to a text box typed then would move through an empty list
or focus a disabled box, and be lost.  Such a screen focuses nothing until it is ready
(`AUTO_FOCUS = ""`), so Textual sends every key to the screen itself, and the screen's
`on_key` gives each to `KeyHold.hold`.  Once the data is in, `KeyHold.ready` focuses the
widget the keys are for and posts the held keys to the app again, in the order typed,
as Textual does with keys from the terminal (`resend`); keys typed after that follow them.

`ready` waits for one more turn of the screen's queue (a message to itself) before it
releases anything: keys Textual had already handed to the screen (while nothing was
focused) are ahead of that message in the queue, so they are held too, and nothing
typed during the load overtakes what was typed before it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import events
from textual.message import Message
from textual.screen import Screen
from textual.widget import Widget

from tui.widgets.typed_ahead import send_on


class KeysReleased(Message):
    """The held keys go now (posted by `KeyHold.ready` to its own screen)."""


class KeyHold:
    """The keys a loading screen holds; see the module's docstring."""

    def __init__(self, screen: Screen[Any]) -> None:
        self.screen = screen
        self.held: list[tuple[str, str | None]] = []
        """The keys held so far (key name, character), in the order typed."""
        self.is_ready = False
        self._focus: Callable[[], Widget] | None = None

    def hold(self, event: events.Key) -> bool:
        """While the screen loads: keep the key and stop it here.  True if held."""
        if self.is_ready:
            return False
        event.stop()
        event.prevent_default()
        self.held.append((event.key, event.character))
        return True

    def ready(self, focus: Callable[[], Widget]) -> None:
        """The data is in: focus `focus()` and send the held keys on, after the keys
        already on their way to the screen (see the module's docstring)."""
        if self.is_ready or self._focus is not None:
            return
        self._focus = focus
        self.screen.post_message(KeysReleased())

    def release(self) -> None:
        """Handle `KeysReleased`: focus the widget, then post the held keys to the app."""
        if self.is_ready:
            return
        self.is_ready = True
        if self._focus is not None:
            self.screen.set_focus(self._focus())
        held, self.held = self.held, []
        for key, character in held:
            resend(self.screen, key, character)


def resend(screen: Screen[Any], key: str, character: str | None) -> None:
    """Post a key to the app as if typed now: it goes to the widget focused then.  Its
    sender is the app, as for keys from the terminal (a key sent by the screen would
    stop bubbling at the screen and never reach the app's bindings)."""
    send_on(screen.app, events.Key(key, character))
