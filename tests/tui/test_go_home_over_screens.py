"""`h` (Home), shown in every screen's footer, goes home from a screen opened over Home
from the palette, such as Conflicts (tester 20, F16: it did nothing there, twice; `c`
and Esc worked); and `c` from a case goes back to the case list.  On the tiny fixed
inspection."""

from __future__ import annotations

import pytest

from tests.tui.conftest import AppFactory
from tests.tui.helpers import open_case, run_palette_command, settle, top
from tui.screens.case_list import CaseListScreen
from tui.screens.conflicts import ConflictsScreen
from tui.screens.home import HomeScreen

SIZE = (120, 40)


@pytest.mark.asyncio
async def test_h_goes_home_from_conflicts_and_c_to_the_list_from_a_case(
    make_small: AppFactory,
) -> None:
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        await run_palette_command(pilot, "Conflicts")
        assert isinstance(top(app), ConflictsScreen)
        await pilot.press("h")
        await settle(pilot)
        assert isinstance(top(app), HomeScreen)
        await pilot.press("c")
        await settle(pilot)
        await open_case(pilot)
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(top(app), CaseListScreen)
