"""The Judgements screen beside a per-area judgement, as a lead reads it, on a small
inspection written note by note (tests/store/fenland.py): the list and the panel count
everything the area holds (its sample's notes on every criterion and its own notes, as
its section of the draft does), not only the notes on the judgement's own criteria; the
headings are words where they fit; the heading never reads "is requires improvement"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import DataTable, Static

from store.models import Judgement
from store.store import Store
from tests.store.fenland import build_fenland
from tests.tui.helpers import settle, table_rows
from tui.app import make_app
from tui.screens.judgement_rows import LEGEND
from tui.screens.judgements import JudgementsScreen
from tui.settings import Settings


@pytest.fixture
def fenland_db(empty_db: Path) -> Path:
    store = Store.open(empty_db)
    build_fenland(store)
    store.set_judgement(
        Judgement(
            judgement_id="J18-4A", area_code="4", grade="requires-improvement",
            rationale="Practice is not yet consistently good.",
        )
    )  # fmt: skip
    store.close()
    return empty_db


async def _open(pilot: Any, key: str) -> JudgementsScreen:
    screen = JudgementsScreen()
    await pilot.app.push_screen(screen)
    for _ in range(100):
        await settle(pilot)
        if screen.balances is not None:
            break
    table: DataTable[Any] = screen.query_one("#judgements-table", DataTable)
    table.focus()
    table.move_cursor(row=table.get_row_index(key))
    await settle(pilot)
    assert screen.current is not None and screen.current.key == key
    return screen


def _text(screen: JudgementsScreen, widget: str) -> str:
    return str(screen.query_one(widget, Static).render())


@pytest.mark.asyncio
async def test_the_area_panel_counts_what_the_area_holds(fenland_db: Path) -> None:
    store = Store.open(fenland_db)
    app = make_app(store, Settings(autosave_seconds=0.1))
    try:
        async with app.run_test(size=(160, 40)) as pilot:
            screen = await _open(pilot, "J18-4A|4")
            table: DataTable[Any] = screen.query_one("#judgements-table", DataTable)
            labels = [str(c.label) for c in table.columns.values()]
            assert labels == ["Judgement", "Grade", "Strengths", "For development",
                              "Neutral", "Sources"]  # fmt: skip
            assert table.tooltip is None
            row = table_rows(table)[table.get_row_index("J18-4A|4")]
            assert row == ["Area 4: Fenland", "Requires improvement", "1", "3", "1", "3"]
            balance = _text(screen, "#judgements-balance")
            assert balance.startswith(
                "Evidence in area 4 (its cases and its own notes, on every criterion): "
                "5 items from 3 kinds of source (2 cases): 1 strength, 3 areas for "
                "development, 1 neutral."
            ), balance
            gradings = _text(screen, "#judgements-gradings")
            assert gradings.endswith(": Good 1 · Requires improvement 1 · Inadequate 1")
            heading = _text(screen, "#judgements-heading")
            assert heading == (
                "The leadership and management of local services in Fenland (Area 4): "
                "requires improvement"
            )
            # Area 7, not judged: its one note, and a heading that says so in words.
            table.move_cursor(row=table.get_row_index("J18-4A|7"))
            await settle(pilot)
            assert "1 item from 1 kind of source (1 case)" in _text(screen, "#judgements-balance")
            assert _text(screen, "#judgements-heading").endswith("(Area 7): not yet judged")
    finally:
        store.close()


@pytest.mark.asyncio
async def test_headings_are_short_with_a_legend_only_where_words_would_cut_titles(
    fenland_db: Path,
) -> None:
    store = Store.open(fenland_db)
    app = make_app(store, Settings(autosave_seconds=0.1))
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await _open(pilot, "J18-4A|4")
            table: DataTable[Any] = screen.query_one("#judgements-table", DataTable)
            assert [str(c.label) for c in table.columns.values()][2:] == [
                "Str", "Dev", "Neu", "Src"
            ]  # fmt: skip
            assert table.tooltip == LEGEND
            assert table.virtual_size.width <= table.scrollable_content_region.width
            await pilot.resize_terminal(160, 24)  # room for every title whole and words
            await settle(pilot)
            assert [str(c.label) for c in table.columns.values()][2] == "Strengths"
            assert table.tooltip is None
    finally:
        store.close()
