"""Quitting never ends in a traceback (tester 30, F7: Ctrl+Q just after a grade was
saved printed `ScreenStackError: No screens on stack` from the cursor follower, which
read the app's screen after the last one had closed).  On the hand-written inspection."""

from __future__ import annotations

import pytest

from tests.tui.conftest import AppFactory
from tests.tui.helpers import settle
from tui.focus_cursor import FocusCursor


@pytest.mark.asyncio
async def test_the_cursor_follower_after_the_last_screen_has_closed(make_hw: AppFactory) -> None:
    app = make_hw()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        follower = FocusCursor(app)
        assert follower.place() in (True, False)  # a screen is shown: it reads it
    assert not app.screen_stack  # the app has closed every screen, as when it quits
    assert follower.place() is False
