"""Home's `n` ("New area evidence") opens the editor on the area highlighted in the areas
table, as its footer says; the editor's "About" still offers the national organisation
(reader5 finding 15: it opened on "National" whatever the highlighted area)."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Select, Static

from tests.tui.conftest import AppFactory
from tests.tui.helpers import settle, table_rows
from tui.navigation import NATIONAL
from tui.screens.evidence_editor import EvidenceEditorScreen
from tui.screens.home import HomeScreen


@pytest.mark.asyncio
async def test_new_area_evidence_is_about_the_highlighted_area(make_small: AppFactory) -> None:
    app = make_small()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        areas = app.screen.query_one("#home-areas", DataTable)
        codes = [row[0] for row in table_rows(areas)]
        assert len(codes) >= 2
        areas.move_cursor(row=0)  # Home starts on the user's own area: from the first
        await pilot.press("down")  # the second area
        await pilot.press("n")
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, EvidenceEditorScreen)
        title = str(editor.query_one("#editor-title", Static).render())
        assert f"Area {codes[1]}" in title and "National" not in title, title
        about: Select[str] = editor.query_one("#editor-about", Select)
        assert about.value == codes[1]
        about.value = NATIONAL  # still offered: Select refuses a value it does not offer
        await settle(pilot)
        assert about.value == NATIONAL


@pytest.mark.asyncio
async def test_home_starts_on_the_area_holding_most_of_the_user_s_own_cases(
    make_hw: AppFactory,
) -> None:
    """So that `n` offers the inspector's own area (tester 10: it offered the first area
    in the table, and DF had to change About); a refresh keeps the row the user chose."""
    app = make_hw()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        summary = app.store.home_summary()
        mine = {a.code: a.my_cases.total for a in summary.areas}
        assert max(mine.values()) > 0 and max(mine, key=mine.__getitem__) != summary.areas[0].code
        areas = app.screen.query_one("#home-areas", DataTable)
        codes = [row[0] for row in table_rows(areas)]
        assert codes[areas.cursor_row] == max(mine, key=mine.__getitem__)
        areas.move_cursor(row=0)
        await pilot.press("r")
        await settle(pilot)
        assert areas.cursor_row == 0
