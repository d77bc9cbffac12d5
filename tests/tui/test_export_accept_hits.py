"""A stopped export leads to the hits, to accept those that identify nobody (tester 23,
F8: the dialog offered only "correct the notes" or the override that writes every
detail, so a lead whose hits were false alarms was steered to the override; the
command line's message names `identify accept`).  On the hand-written inspection."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Static

from tests.tui.conftest import AppFactory
from tests.tui.helpers import settle, top
from tests.tui.test_export_dialog import AREA, PLANTED, SIZE, choose_area, open_dialog, plant
from tui.modals.export_progress import ExportProgressScreen
from tui.screens.identify import IdentifyScreen


async def export_area(pilot: Pilot[Any], path: Path) -> ExportProgressScreen:
    """Export the area from the palette's dialog to `path`; the progress screen, done."""
    dialog = await open_dialog(pilot)
    await choose_area(pilot, dialog, AREA)
    dialog.query_one("#export-path", Input).value = str(path)
    await pilot.press("ctrl+s")
    await settle(pilot)
    progress = top(pilot.app)
    assert isinstance(progress, ExportProgressScreen) and progress.done
    return progress


@pytest.mark.asyncio
async def test_i_on_a_stopped_export_shows_the_hits_to_accept(
    make_hw: AppFactory, tmp_path: Path
) -> None:
    app = make_hw()
    plant(app.store)
    async with app.run_test(size=SIZE) as pilot:
        progress = await export_area(pilot, tmp_path / "area.docx")
        assert progress.has_class("-stopped")
        result = str(progress.query_one("#export-result", Static).render())
        assert "accept a hit that identifies nobody in Identifying details (i)" in result
        await pilot.press("i")
        await settle(pilot)
        shown = top(app)
        assert isinstance(shown, IdentifyScreen)
        table = shown.query_one("#identify-table", DataTable)
        cells = [str(c) for i in range(table.row_count) for c in table.get_row_at(i)]
        assert any(PLANTED in c for c in cells), cells


@pytest.mark.asyncio
async def test_i_does_nothing_on_an_export_written(make_hw: AppFactory, tmp_path: Path) -> None:
    app = make_hw()
    async with app.run_test(size=SIZE) as pilot:
        progress = await export_area(pilot, tmp_path / "area.docx")
        assert progress.written is not None
        await pilot.press("i")
        await settle(pilot)
        assert top(app) is progress


@pytest.mark.asyncio
async def test_enter_on_a_stopped_export_opens_the_first_hit(
    make_hw: AppFactory, tmp_path: Path
) -> None:
    """The message says "Enter opens one": Enter straight away opens the first hit's note,
    where it closed the dialog (tester 31: the focus was on Close)."""
    app = make_hw()
    plant(app.store)
    async with app.run_test(size=SIZE) as pilot:
        progress = await export_area(pilot, tmp_path / "area.docx")
        assert progress.has_class("-stopped") and progress.hits
        await pilot.press("enter")
        await settle(pilot)
        assert top(app) is not progress
        assert progress.written is None
        assert type(top(app)).__name__ in ("CaseScreen", "EvidenceEditorScreen")
