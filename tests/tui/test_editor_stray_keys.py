"""Letters typed while a choice has the focus in the evidence editor never lose the note
(reader 6, first report, finding 1): Tab from the criteria to the Source choice, then
"the child said" used to send `h` to the app's Home key, which asked "Save, discard or
keep editing?", and the `d` of "child" answered Discard.  Now the app's one-letter keys
type nothing in the editor (`tui.screens.base.TypingScreen`), and the question is never
answered by a letter (`tui.modals.leave_editor`): the letter reaches the text."""

from __future__ import annotations

import pytest
from textual.widgets import Select, TextArea

from tests.tui.conftest import AppFactory
from tests.tui.helpers import new_note, settle, toasts, top, write_evidence
from tui.modals.leave_editor import LeaveEditorModal


@pytest.mark.asyncio
async def test_prose_typed_on_the_source_choice_keeps_the_note(make_small: AppFactory) -> None:
    app = make_small()  # (its toasts stay up until read: tests/tui/conftest.py)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        _, _, editor = await new_note(pilot)
        await write_evidence(pilot, "QP8", "Seen alone at school.")
        editor.query_one("#editor-source", Select).focus()
        await settle(pilot)
        await pilot.press(*"the child said so", "space", *"quickly")
        await settle(pilot)
        assert top(app) is editor, "a typed letter left the editor"
        assert editor.query_one("#editor-text", TextArea).text == "Seen alone at school."
        assert editor.dirty
        assert "Not in a text box" in [t.split("\n")[0] for t in toasts(app)]


@pytest.mark.asyncio
async def test_the_leave_question_is_never_answered_by_a_letter(
    make_small: AppFactory,
) -> None:
    """Letters typed while the question is up are the typist carrying on: the question
    goes and they reach the text (tester 23, F3: the `s` of "seen" answered Save)."""
    app = make_small()
    async with app.run_test(size=(120, 40)) as pilot:
        case, before, editor = await new_note(pilot)
        await write_evidence(pilot, "QP8", "Seen alone at school.")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, LeaveEditorModal)
        await pilot.press("space", *"She said dad is kind", "full_stop")
        await settle(pilot)
        assert top(app) is editor, "a letter answered the question"
        assert len(app.store.evidence_for_case(case.case_id)) == before
        text = editor.query_one("#editor-text", TextArea).text
        assert text == "Seen alone at school. She said dad is kind."
