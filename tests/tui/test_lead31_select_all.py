"""Ctrl+A selects the whole text of any text box, as in Word (tester 31, F10): in the
criteria search, Ctrl+A then typing added to the search ("LG4LG1"), and in the export
dialog's "Save to" the new path went in front of the old one, because Textual binds
Ctrl+A to the line's start.  The keys are typed here as the tester typed them."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from tests.tui.conftest import AppFactory
from tests.tui.helpers import new_note, settle
from tests.tui.test_export_dialog import SIZE, open_dialog


@pytest.mark.asyncio
async def test_ctrl_a_then_typing_replaces_the_criteria_search(make_small: AppFactory) -> None:
    app = make_small()
    async with app.run_test(size=(120, 40)) as pilot:
        _, _, editor = await new_note(pilot)
        await pilot.press(*"LG4")
        await settle(pilot)
        await pilot.press("ctrl+a", *"QP1")
        await settle(pilot)
        assert editor.query_one("#criteria-search", Input).value == "QP1"


@pytest.mark.asyncio
async def test_ctrl_a_then_typing_replaces_the_path_to_save_to(make_hw: AppFactory) -> None:
    app = make_hw()
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_dialog(pilot)
        path = dialog.query_one("#export-path", Input)
        path.focus()
        await settle(pilot)
        await pilot.press("ctrl+a", *"/tmp/a.docx")
        await settle(pilot)
        assert path.value == "/tmp/a.docx"
