"""Ctrl+Home and Ctrl+End in a text box go to the start and end of the whole text
(tester 13 pressed Ctrl+End in the conflict form to add to a note, and typed at its
start: Textual's TextArea binds neither).  On the evidence editor's text, which is
the same widget as the conflict form's and the judgements' rationale."""

from __future__ import annotations

import pytest
from textual.widgets import TextArea

from tests.tui.conftest import AppFactory
from tests.tui.helpers import new_note, paste, settle

TEXT = "Seen alone at school.\nSecond visit at home.\nThird line: the plan was shared."


@pytest.mark.asyncio
async def test_ctrl_end_then_typing_adds_at_the_end(make_small: AppFactory) -> None:
    app = make_small()
    async with app.run_test(size=(120, 40)) as pilot:
        _, _, editor = await new_note(pilot)
        await pilot.press("ctrl+t")
        area = editor.query_one("#editor-text", TextArea)
        area.load_text(TEXT)
        area.move_cursor((1, 3))
        await pilot.press("ctrl+end")
        await paste(pilot, " Added.")
        await settle(pilot)
        assert area.text == TEXT + " Added."
        await pilot.press("ctrl+home")
        await paste(pilot, "Note: ")
        await settle(pilot)
        assert area.text == "Note: " + TEXT + " Added."
