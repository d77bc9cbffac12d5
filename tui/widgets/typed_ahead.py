"""Keys typed faster than the focus moves, kept in the order typed.

Textual hands each key to the widget focused when the app reads it from the terminal,
and a key that widget does not handle bubbles back up to the app, where the bindings
are looked up where the focus is by then.  So a key that moves the focus (Down into a
list, Ctrl+T to the text, a digit that picks a grade) can reach its new place after the
keys typed behind it: those reach the old widget (a burst from a quick typist, or keys
read together from a busy laptop's terminal).  The real fix belongs in Textual (an input
queue that hands a key on once the keys before it are handled: Textual issue 1009;
docs/performance.md, "Keys typed after Tab").  Until then, two rules here:

- **Each key is numbered as the app reads it** (`KeyOrder.typed`, `read_in_order`), and
  the app notes the number of the key after which the focus last moved (`moved_by`):
  a jump bound with `priority=True` moves it as the key is read, a widget that moves it
  in its own key handler says so (`move_focus`).
- **A key that reaches a widget after the focus has left it** goes to where the focus
  is now (`handle_typed_ahead`), unless the focus left for a key typed after this one:
  then the key was typed for this widget, and is handled here.  A widget moves the focus
  for a key only if no later key has moved it already (`move_focus`).

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

import weakref
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from textual import events
from textual.app import App
from textual.widget import Widget


@dataclass
class KeyOrder:
    """The keys an app has read, and where the focus last moved among them."""

    typed: int = 0
    """Keys read from the terminal so far (a key sent on is read again)."""
    moved_by: int = 0
    """The number of the key after which the focus last moved (0: none yet)."""
    numbers: weakref.WeakKeyDictionary[events.Key, int] = field(
        default_factory=weakref.WeakKeyDictionary
    )

    def number(self, event: events.Key) -> int:
        """A key's number: when it was read (the latest key, for one not read here)."""
        return self.numbers.get(event, self.typed)


_ORDERS: weakref.WeakKeyDictionary[App[Any], KeyOrder] = weakref.WeakKeyDictionary()


def key_order(app: App[Any]) -> KeyOrder:
    """The app's `KeyOrder`."""
    order = _ORDERS.get(app)
    if order is None:
        order = _ORDERS[app] = KeyOrder()
    return order


async def read_in_order(
    app: App[Any], event: events.Event, handle: Callable[[events.Event], Awaitable[None]]
) -> None:
    """The app's `on_event` (`handle`, Textual's) for `event`, numbering a key read from
    the terminal and noting a jump a priority binding makes as the key is read (see the
    module's docstring)."""
    if not isinstance(event, events.Key) or event.is_forwarded:
        await handle(event)
        return
    order = key_order(app)
    order.typed += 1
    order.numbers[event] = n = order.typed
    before = app.focused
    await handle(event)  # runs a priority binding now
    if app.focused is not before:
        order.moved_by = n


def move_focus(widget: Widget, target: Widget, event: events.Key | None = None) -> bool:
    """Focus `target` now for the key `event` (or the latest key read), unless a key
    typed after it has moved the focus already; True if it moved."""
    order = key_order(widget.app)
    n = order.number(event) if event is not None else order.typed
    if order.moved_by > n:
        return False
    widget.screen.set_focus(target)
    order.moved_by = max(order.moved_by, n)
    return True


def send_on(app: App[Any], event: events.Key) -> None:
    """Post a copy of `event` to `app` as a key from the terminal: it goes to the widget
    focused when the app handles it, then bubbles up to the app's bindings."""
    app.post_message(event.copy().set_sender(app))


def handle_typed_ahead(widget: Widget, event: events.Key) -> bool:
    """A key that reached `widget` after focus had moved on, for a key typed before it:
    send it to the app again, so it reaches the widget focused now.  True if it was sent
    on.

    For a widget that holds no focusable widget: a key bubbling up from a widget inside
    it is never sent on (it would come back up to it, and go round for ever)."""
    focused = widget.screen.focused  # (`has_focus` changes later, with the Blur event)
    if focused is None or focused is widget or widget in focused.ancestors:
        return False
    order = key_order(widget.app)
    if order.moved_by > order.number(event):
        return False  # the focus left for a key typed after this one: it is this widget's
    event.prevent_default()
    event.stop()
    send_on(widget.app, event)
    return True
