"""Tester 33, F4: on the Grading tab Home did nothing (Textual's table scrolls its
columns with it), so an inspector at 80x24 counted Down presses from where the cursor
had stayed and graded the wrong criterion.  Home and End now go to the first and last
row of the grid and of the evidence, and the case screen's help says so."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable

from tests.tui.conftest import AppFactory
from tests.tui.helpers import open_case, settle, widget_text


@pytest.mark.asyncio
async def test_home_and_end_go_to_the_first_and_last_criterion(make_small: AppFactory) -> None:
    app = make_small()
    async with app.run_test(size=(80, 24)) as pilot:
        case = await open_case(pilot)
        await pilot.press("t")
        await settle(pilot)
        grid = case.query_one("#case-grading", DataTable)
        assert grid.row_count > 6
        await pilot.press("down", "down", "down", "down")
        await settle(pilot)
        assert grid.cursor_row == 4
        await pilot.press("home")
        await settle(pilot)
        assert grid.cursor_row == 0
        await pilot.press("down", "down")  # the third criterion, counted from the top
        await settle(pilot)
        assert grid.cursor_row == 2
        await pilot.press("end")
        await settle(pilot)
        assert grid.cursor_row == grid.row_count - 1
        await pilot.press("f1")
        await settle(pilot)
        said = " ".join(widget_text(app.screen.query_one("#help-CaseScreen")).split())
        assert "Home and End go to the first and last row" in said
