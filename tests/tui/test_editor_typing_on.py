"""Tester 23's lost note (F3) and a restored draft's focus (F4).

F3: in the new-evidence editor the tester typed a search in the criteria box and
pressed Esc to clear it, as in any search box; Esc left the editor and asked "Save,
discard or keep editing?", and the note typed next (after Ctrl+T) answered it: the
`s` of "seen" chose Save, and the rest went nowhere.  Now Esc in a criteria box with
text clears it, and keys typed while the question is up reach the editor.
F4: after "Unsaved work found", the restored editor had the focus in the criteria box,
so the words typed next went there; now it is at the end of the restored text."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from tests.tui.conftest import AppFactory
from tests.tui.helpers import new_evidence, new_note, paste, settle, top
from tests.tui.test_editor_burst import burst
from tui.modals.leave_editor import LeaveEditorModal
from tui.screens.case import CaseScreen
from tui.screens.evidence_editor import EvidenceEditorScreen

SIZE = (120, 40)


@pytest.mark.asyncio
async def test_esc_clears_the_criteria_search_and_the_note_typed_next_is_kept(
    make_small: AppFactory,
) -> None:
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        case, before, editor = await new_note(pilot)
        await paste(pilot, "risk")
        await pilot.press("escape")
        await settle(pilot)
        assert top(app) is editor, "Esc in the search box left the editor"
        assert editor.query_one("#criteria-search", Input).value == ""
        await pilot.press("ctrl+t", *"Child not seen", "full_stop")
        await settle(pilot)
        assert editor.query_one("#editor-text", TextArea).text == "Child not seen."
        assert len(app.store.evidence_for_case(case.case_id)) == before


@pytest.mark.asyncio
async def test_a_note_typed_while_the_leave_question_is_up_reaches_the_text(
    make_small: AppFactory,
) -> None:
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        case, before, editor = await new_evidence(pilot, "QP1", "Plan drifted.")
        editor.query_one("#criteria-search", Input).focus()
        await settle(pilot)
        await pilot.press("escape")  # an empty search box: leave, so the question
        await settle(pilot)
        assert isinstance(app.screen, LeaveEditorModal)
        await pilot.press("ctrl+t", "space", *"Not seen since spring", "full_stop")
        await settle(pilot)
        assert top(app) is editor
        text = editor.query_one("#editor-text", TextArea).text
        assert text == "Plan drifted. Not seen since spring."
        assert len(app.store.evidence_for_case(case.case_id)) == before
        assert editor.dirty


async def _left_a_draft(make_small: AppFactory, text: str) -> tuple[str, int]:
    """A new note on the first case (QP8, `text`) left as a draft, as a crash leaves it:
    the case's id and its evidence count before the note."""
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        case, before, editor = await new_evidence(pilot, "QP8", text)
        editor.write_draft_now()
        await settle(pilot)
    return case.case_id, before


async def _restore(pilot: Pilot[Any]) -> None:
    """At start-up, "Unsaved work found": Enter restores the draft."""
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)


@pytest.mark.asyncio
async def test_a_restored_draft_goes_on_at_the_end_of_its_text(make_small: AppFactory) -> None:
    await _left_a_draft(make_small, "Seen alone, said she felt")
    second = make_small()
    async with second.run_test(size=SIZE) as pilot:
        await _restore(pilot)
        restored = top(second)
        assert isinstance(restored, EvidenceEditorScreen)
        await pilot.press("space", *"safe at dad's")
        await settle(pilot)
        assert restored.query_one("#editor-text", TextArea).text == (
            "Seen alone, said she felt safe at dad's"
        )
        assert restored.query_one("#criteria-search", Input).value == ""


@pytest.mark.asyncio
async def test_a_restored_draft_saved_lands_on_its_case(make_small: AppFactory) -> None:
    """Tester 24, F7: a draft restored after a crash and saved left the inspector on
    Home, whose `n` writes a note on the area, not on the case they were on."""
    case_id, before = await _left_a_draft(make_small, "Seen alone at school")
    second = make_small()
    async with second.run_test(size=SIZE) as pilot:
        await _restore(pilot)
        assert isinstance(top(second), EvidenceEditorScreen)
        await pilot.press("ctrl+s")
        await settle(pilot)
        landed = top(second)
        assert isinstance(landed, CaseScreen) and landed.case_id == case_id
        assert len(second.store.evidence_for_case(case_id)) == before + 1


@pytest.mark.asyncio
async def test_a_burst_typed_after_the_leave_question_goes_into_the_note(
    make_small: AppFactory,
) -> None:
    """Tester 25, F3: Esc, then " and dad" typed quickly: the first key answered the
    question, the next ones (read together) answered it again, popping the editor and
    the case: the workbench crashed and the words were lost."""
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        case, before, editor = await new_evidence(pilot, "QP1", "Child seen alone at school")
        editor.query_one("#criteria-search", Input).focus()
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, LeaveEditorModal)
        burst(app, "ctrl+t", *" twice and dad", "ctrl+s")
        await settle(pilot)
        assert isinstance(top(app), CaseScreen), "the burst did not end on the case"
        texts = [e.text for e in app.store.evidence_for_case(case.case_id)]
        assert len(texts) == before + 1 and "Child seen alone at school twice and dad" in texts


@pytest.mark.asyncio
async def test_esc_in_the_criteria_list_clears_the_search(make_small: AppFactory) -> None:
    """Tester 25, F3: Esc with the focus in the list of a search asked to leave."""
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        _case, _before, editor = await new_note(pilot)
        await paste(pilot, "safeguarding")
        await settle(pilot)
        await pilot.press("down")
        await settle(pilot)
        assert editor.focused is editor.query_one("#criteria-list")
        await pilot.press("escape")
        await settle(pilot)
        assert top(app) is editor, "Esc in the list left the editor"
        search = editor.query_one("#criteria-search", Input)
        assert search.value == "" and editor.focused is search
