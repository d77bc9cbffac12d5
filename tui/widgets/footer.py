"""The footer: the screen's keys on one line, drawn by one widget.

Textual's `Footer` is a container with a widget per key, rebuilt whenever the screen
says its bindings may have changed (mount, focus, resume, every focus change).  With ten
keys this one saves more than a frame each time a screen appears, start-up included
(`docs/performance.md`).  It keeps the same look (the theme's footer colours), the same
behaviour (a click presses the key, a disabled key rings the bell, hovering shows the
key's tooltip) and the keymap's key names, using only Textual's public API
(`Screen.active_bindings`, `bindings_updated_signal`, `App.get_key_display`), but it is
one widget that redraws a line of text, and only when the keys change.  Help and the
command palette key stay at the right whatever the width; the other keys are shown
in order while they fit whole.
"""

from __future__ import annotations

from typing import Any, ClassVar, NamedTuple

from rich.style import Style
from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget

KEPT = "help"
"""The id of the binding shown at the right beside the palette key, whatever the width."""
KEPT_ELSE = "help-anywhere"
"""Shown there instead when no key of `KEPT` is active (F1 in a text box, where "?" types)."""


class _Key(NamedTuple):
    """One key as shown: where it is on the line and what it does."""

    key: str
    display: str
    description: str
    enabled: bool
    tooltip: str


class Footer(Widget, can_focus=False):
    """The active bindings that are shown; help and the palette key on the right."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "footer-key--key",
        "footer-key--description",
        "footer-key--hover",
    }
    DEFAULT_CSS = """
    Footer {
        dock: bottom;
        height: 1;
        width: 100%;
        color: $footer-foreground;
        background: $footer-background;
        text-wrap: nowrap;
        & > .footer-key--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .footer-key--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        & > .footer-key--hover {
            color: $footer-key-foreground;
            background: $block-hover-background;
        }
        &:hover { pointer: pointer; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self._keys: tuple[_Key, ...] = ()
        self._right: tuple[_Key, ...] = ()
        """Help and the command palette: always shown, at the right."""
        self._spans: list[tuple[int, int, _Key]] = []
        """Where each key was drawn last: (first column, column after the last, key)."""
        self._hover: _Key | None = None
        self._pending = False

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    # What to show ----------------------------------------------------------------------
    def _bindings_changed(self, screen: Screen[Any]) -> None:
        """Coalesce the signals that arrive before the next refresh into one check."""
        if self.is_attached and screen is self.screen and not self._pending:
            self._pending = True
            self.call_after_refresh(self._update_keys)

    def _update_keys(self) -> None:
        self._pending = False
        if not self.is_attached:  # the screen went away before the refresh
            return
        app = self.app
        keys: list[_Key] = []
        seen: set[str] = set()
        right: list[_Key] = []
        fallback: _Key | None = None
        for active in self.screen.active_bindings.values():
            binding = active.binding
            shown = _Key(
                binding.key,
                app.get_key_display(binding),
                binding.description,
                active.enabled,
                active.tooltip or binding.tooltip or binding.description,
            )
            if binding.key == app.COMMAND_PALETTE_BINDING:
                if app.ENABLE_COMMAND_PALETTE:
                    right.append(shown)
            elif binding.id == KEPT and binding.action not in seen:
                seen.add(binding.action)
                right.insert(0, shown)
            elif binding.id == KEPT_ELSE:
                fallback = shown
                continue
            elif binding.show and binding.action not in seen:  # one key per action
                seen.add(binding.action)
                keys.append(shown)
        if fallback is not None and "help" not in seen:
            right.insert(0, fallback)
        if (tuple(keys), tuple(right)) != (self._keys, self._right):
            self._keys, self._right = tuple(keys), tuple(right)
            self._set_hover(None)
            self.refresh()

    # Drawing ---------------------------------------------------------------------------
    def render(self) -> Text:
        key_style = self.get_component_rich_style("footer-key--key")
        description_style = self.get_component_rich_style("footer-key--description")
        hover_style = self.get_component_rich_style("footer-key--hover")
        dim = Style(dim=True)
        line = Text(no_wrap=True, overflow="crop", end="")
        spans: list[tuple[int, int, _Key]] = []

        def add(key: _Key) -> None:
            start = line.cell_len
            line.append(f" {key.display} ", key_style)
            line.append(f"{key.description} ", description_style)
            if key is self._hover:
                line.stylize(hover_style, start, line.cell_len)
            if not key.enabled:
                line.stylize(dim, start, line.cell_len)
            spans.append((start, line.cell_len, key))

        def width(key: _Key) -> int:
            return len(key.display) + len(key.description) + 3

        # Help and the palette key always show, at the right; the other keys in order
        # while they fit whole.
        room = self.size.width - (sum(width(k) for k in self._right) + 1 if self._right else 0)
        for key in self._keys:
            if line.cell_len + width(key) > room:
                break
            add(key)
        if self._right:
            line.append(" " * max(room - line.cell_len, 0))
            line.append("▏", dim)
            for key in self._right:
                add(key)
        self._spans = spans
        return line

    # Mouse -----------------------------------------------------------------------------
    def _key_at(self, x: int) -> _Key | None:
        for start, end, key in self._spans:
            if start <= x < end:
                return key
        return None

    def _set_hover(self, key: _Key | None) -> None:
        if key is not self._hover:
            self._hover = key
            self.tooltip = key.tooltip if key is not None else None
            self.refresh()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._set_hover(self._key_at(event.x))

    def on_leave(self, event: events.Leave) -> None:
        self._set_hover(None)

    def on_mouse_down(self, event: events.MouseDown) -> None:
        key = self._key_at(event.x)
        if key is None:
            return
        if key.enabled:
            self.app.simulate_key(key.key)
        else:
            self.app.bell()
