"""The Judgements screen beside a per-area judgement, as a lead reads it, on a small
inspection written note by note (tests/store/fenland.py): the list and the panel count
everything the area holds (its sample's notes on every criterion and its own notes, as
its section of the draft does), not only the notes on the judgement's own criteria; the
headings are words where every judgement still shows whole; the heading never reads
"is requires improvement".  And, on the hand-written inspection, a grade the evidence
disagrees with is said in one line, by the export's own rule."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import DataTable, Select, Static

from store.models import Judgement
from store.store import Store
from tests.store.fenland import build_fenland
from tests.tui.helpers import settle, table_rows
from tui.app import make_app
from tui.screens.judgement_rows import LEGEND, NOT_JUDGED
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
            assert row == ["Area 4: Fenland", "Requires improvement to be good", "1", "3", "1", "3"]
            balance = _text(screen, "#judgements-balance")
            assert balance.startswith(
                "Evidence in area 4 (its cases and its own notes, on every criterion): "
                "5 items from 3 kinds of source (2 cases): 1 strength, 3 areas for "
                "development, 1 neutral."
            ), balance
            gradings = _text(screen, "#judgements-gradings")
            assert gradings.endswith(": Good 1 · Requires improvement to be good 1 · Inadequate 1")
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


async def _hint(pilot: Any, screen: JudgementsScreen) -> str:
    """The hint line once the check has come back (it runs in a worker)."""
    for _ in range(60):
        await settle(pilot)
        if not any(w.group == "judgements-hint" for w in screen.workers):
            break
    return _text(screen, "#judgements-hint")


@pytest.mark.asyncio
async def test_a_grade_the_evidence_disagrees_with_is_said_by_the_exports_rule(
    handwritten_db: Path,
) -> None:
    """On the hand-written inspection (area 12 written as requires improvement, area 3 as
    good): the hint says what disagrees in the draft's words, by the export's own check
    (`grade_check_for`), for the grade chosen and for a grade already recorded; a grade
    the evidence bears out shows no hint."""
    from exporters.draft import grade_check_for, load

    store = Store.open(handwritten_db)
    store.set_judgement(
        Judgement(judgement_id="J18-4A", area_code="3", grade="inadequate",
                  rationale="Recorded against the evidence, for this test.")
    )  # fmt: skip
    data = load(store)

    def expected(area: str, grade: str) -> str:
        check = grade_check_for(data, "J18-4A", grade, area)
        assert check is not None and not check.agrees
        return f"The evidence disagrees with a grade of {store.framework.grade(grade).heading}: {check.what}."

    app = make_app(store, Settings(autosave_seconds=0.1))
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await _open(pilot, "J18-4A|12")
            assert await _hint(pilot, screen) == ""  # requires improvement: borne out
            grade = screen.query_one("#judgements-grade", Select)
            grade.value = "good"
            hint = await _hint(pilot, screen)
            assert hint == expected("12", "good") and "weaknesses" in hint
            grade.value = "requires-improvement"
            assert await _hint(pilot, screen) == ""
            grade.value = NOT_JUDGED
            assert await _hint(pilot, screen) == ""
            # A recorded grade the evidence disagrees with is said as the judgement opens.
            grade.value = "requires-improvement"  # as recorded: nothing unsaved
            await settle(pilot)
            assert not screen.dirty
            table: DataTable[Any] = screen.query_one("#judgements-table", DataTable)
            table.move_cursor(row=table.get_row_index("J18-4A|3"))
            await settle(pilot)
            assert screen.current is not None and screen.current.key == "J18-4A|3"
            hint = await _hint(pilot, screen)
            assert hint == expected("3", "inadequate") and "strengths" in hint
    finally:
        store.close()
