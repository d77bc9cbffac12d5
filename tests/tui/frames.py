"""Only the frames a test waits for are drawn, in the TUI tests.

A Pilot test's app runs on Textual's headless driver: a frame is drawn (each widget
rendered into strips, cut and joined by the compositor) whenever the screen's update
timer fires, the screen is resumed or resized, and once at the end of each Pilot wait
(`Pilot.pause`, which every `press` and `settle` ends with), and then thrown away,
since a headless app writes nothing (`App._display`).  The frames of the timer, resume
and resize were about a seventh of the Pilot tests' CPU (docs/performance.md); how many
of them come between two Pilot waits depends only on how fast the machine is.

So, in the test process only, the top screen of a headless app draws a frame only for
a Pilot wait (`Screen._compositor_refresh`, private: for the tests only, like
`cssmemo`); otherwise its changed regions wait for that frame.  Every state a test
observes after a wait has been drawn, as before: drawing is not only output (an
option list counts its lines, and so its scroll bar, as it draws them), and a widget
that cannot draw a state still fails the test.  What the screenshots show is drawn in
full when asked, as before.  An app with a real terminal draws as before.  Nothing in
the product uses this.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any

from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen

_WAITING = ContextVar("pilot_waiting", default=False)
"""Whether the code running is a Pilot's wait (set in the task that runs the Pilot; the
app's own tasks keep their own value)."""

_Refresh = Callable[[Screen[Any]], None]


def _waits_for_pilot(refresh: _Refresh) -> _Refresh:
    @functools.wraps(refresh)
    def compositor_refresh(self: Screen[Any]) -> None:
        app = self.app
        if _WAITING.get() or not app.is_headless or app.is_inline or self is not app.screen:
            refresh(self)
        # else: the changed regions stay marked for the frame of the next Pilot wait

    return compositor_refresh


def _draw_waiting(app: App[Any]) -> None:
    """Draw what changed since the last frame drawn, before the wait: what drawing sets
    off (an option list's scroll bar, once it has counted its lines) is then handled
    within the wait, as it was when the timer drew it."""
    if app.is_headless and app.screen_stack and app.screen._compositor._dirty_regions:
        app.screen._compositor_refresh()


_Wait = Callable[..., Awaitable[None]]


def _drawing(wait: _Wait) -> _Wait:
    @functools.wraps(wait)
    async def drawn(self: Pilot[Any], *args: Any, **kwargs: Any) -> None:
        token = _WAITING.set(True)
        try:
            _draw_waiting(self.app)
            await wait(self, *args, **kwargs)
        finally:
            _WAITING.reset(token)

    return drawn


def install() -> None:
    """Draw only the frames a Pilot waits for in this process's headless apps (once)."""
    if installed():
        return
    refresh = _waits_for_pilot(Screen._compositor_refresh)
    Screen._compositor_refresh = refresh  # type: ignore[method-assign,assignment]
    for name in ("pause", "wait_for_animation", "wait_for_scheduled_animations"):
        setattr(Pilot, name, _drawing(getattr(Pilot, name)))


def installed() -> bool:
    """Whether this process's headless apps draw only the frames a Pilot waits for."""
    return hasattr(Screen._compositor_refresh, "__wrapped__")
