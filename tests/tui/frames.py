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
`cssmemo`); otherwise its changed regions wait for that frame.  Drawing a frame is each
widget in the changed region rendering its lines (`Compositor._get_renders`, as
Textual does), not cutting those lines at each widget's edges and joining them into the
terminal's: that is only output, which `App._display` drops unwritten for a headless
app, and it was half of a frame's CPU (twenty-eighth session: 7.3 to 3.6 CPU-s over the
467 frames of 54 Pilot tests).  Every state a test
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

from textual._context import visible_screen_stack
from textual.app import App
from textual.geometry import Region
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
        if not app.is_headless or app.is_inline or self is not app.screen:
            refresh(self)
        elif _WAITING.get():
            _draw_unjoined(self)
        # else: the changed regions stay marked for the frame of the next Pilot wait

    return compositor_refresh


def _draw_unjoined(screen: Screen[Any]) -> None:
    """A headless app's top screen drawn: each widget in the changed region draws its
    lines, as in `Screen._compositor_refresh`, but the lines are not cut and joined into
    the terminal's, since `App._display` drops that unwritten for a headless app."""
    app = screen.app
    compositor = screen._compositor
    dirty = compositor._dirty_regions
    if dirty:
        whole = compositor.size.region
        crop = whole if whole in dirty else Region.from_union(list(dirty)).intersection(whole)
        dirty.clear()
        visible_screen_stack.set(app._background_screens)
        for _drawn in compositor._get_renders(crop):
            pass
    screen._dirty_widgets.clear()
    app._update_mouse_over(screen)


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
