"""The footer: Textual's, rebuilt only when the keys it shows change.

Textual's `Footer` rebuilds all its key widgets whenever the screen says its bindings
may have changed, which happens several times while a screen starts (mount, focus,
resume) and on every focus change.  With ten keys that was over a third of the time the
case list took to appear (`bench/bench_tui.py`).  This one compares what it would show
with what it shows, coalesces the signals that arrive before the next refresh, and
rebuilds only on a real change.
"""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widgets import Footer as TextualFooter


class Footer(TextualFooter):
    """A `Footer` that skips rebuilds which would show the same keys."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._shown: tuple[object, ...] | None = None
        self._pending = False

    def _keys(self) -> tuple[object, ...]:
        """What `compose` would show: each active binding's key, label, state, tooltip."""
        return tuple(
            (binding.key, binding.description, binding.action, enabled, tooltip)
            for (_, binding, enabled, tooltip) in self.screen.active_bindings.values()
            if binding.show or binding.key == self.app.COMMAND_PALETTE_BINDING
        )

    def bindings_changed(self, screen: Screen[Any]) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._pending:
            self._pending = True
            self.call_after_refresh(self._rebuild_if_changed)

    async def _rebuild_if_changed(self) -> None:
        self._pending = False
        keys = self._keys()
        if keys != self._shown:
            self._shown = keys
            await self.recompose()
