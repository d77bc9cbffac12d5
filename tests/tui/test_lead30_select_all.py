"""Ctrl+A selects the whole text of a box, so a note is rewritten by typing over it
(tester 30, F10: Ctrl+A went to the line's start, as Textual binds it, and rewriting a
note took 420 Backspaces).  On the six-case snapshot inspection."""

from __future__ import annotations

import pytest
from textual.widgets import TextArea

from tests.tui.conftest import AppFactory
from tests.tui.helpers import new_note, paste, settle


@pytest.mark.asyncio
async def test_ctrl_a_then_typing_replaces_the_whole_note(make_small: AppFactory) -> None:
    app = make_small()
    async with app.run_test(size=(120, 40)) as pilot:
        _, _, editor = await new_note(pilot)
        text = editor.query_one("#editor-text", TextArea)
        text.focus()
        await paste(pilot, "First line of the old note.\nSecond line, with a town in it.")
        await settle(pilot)
        await pilot.press("ctrl+a", "N", "e", "w")
        await settle(pilot)
        assert text.text == "New"
