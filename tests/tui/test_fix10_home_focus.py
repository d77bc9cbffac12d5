"""Home's table keys act on the table that has the focus, or not at all: `n` ("New area
evidence") with the escalations or the thin-criteria table focused used to open the
editor on the areas table's highlighted row, which the user was not looking at
(session 10, lead's finding)."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Static

from tests.tui.conftest import AppFactory
from tests.tui.helpers import settle, table_rows
from tui.screens.evidence_editor import EvidenceEditorScreen
from tui.screens.home import HomeScreen


def _n_offered(screen: HomeScreen) -> bool:
    """Whether the footer offers `n` as a key that works now (else it is dimmed)."""
    return screen.active_bindings["n"].enabled


@pytest.mark.asyncio
@pytest.mark.parametrize("table", ["home-escalation-table", "home-thin"])
async def test_n_does_nothing_while_another_table_has_the_focus(
    make_hw: AppFactory, table: str
) -> None:
    app = make_hw()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert table_rows(home.query_one("#home-areas", DataTable))
        home.query_one(f"#{table}", DataTable).focus()
        await pilot.pause()
        assert app.focused is not None and app.focused.id == table
        await pilot.press("n")
        await settle(pilot)
        assert not _n_offered(home)
        assert isinstance(app.screen, HomeScreen), "n opened the editor from another table"


@pytest.mark.asyncio
async def test_n_acts_on_the_areas_table_again_once_it_has_the_focus_back(
    make_hw: AppFactory,
) -> None:
    app = make_hw()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        home = app.screen
        assert isinstance(home, HomeScreen)
        areas = home.query_one("#home-areas", DataTable)
        codes = [row[0] for row in table_rows(areas)]
        home.query_one("#home-escalation-table", DataTable).focus()
        await pilot.pause()
        assert not _n_offered(home)
        areas.focus()
        await pilot.pause()
        assert _n_offered(home)
        areas.move_cursor(row=0)  # Home starts on the user's own area: from the first
        await pilot.press("down", "n")
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, EvidenceEditorScreen)
        title = str(editor.query_one("#editor-title", Static).render())
        assert f"Area {codes[1]}" in title, title
