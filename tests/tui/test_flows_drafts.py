"""Pilot tests: an evidence editor holding unsaved words (the flows of `test_flows.py`
that leave, quit or stop with a dirty editor): the inspector is asked before anything is
lost, the draft is kept while typing and offered back after the app stops."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, TextArea

from tests.tui.conftest import AppFactory
from tests.tui.helpers import (
    new_evidence,
    paste,
    screen_text,
    settle,
    table_rows,
    top,
)
from tui.modals.drafts import DraftRecoveryModal
from tui.modals.leave_editor import LeaveEditorModal
from tui.screens.evidence_editor import EvidenceEditorScreen

SIZE = (120, 40)


@pytest.mark.asyncio
async def test_leaving_a_dirty_editor_asks_first(make_small: AppFactory) -> None:
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        case, before, editor = await new_evidence(pilot, "SW2", "Half a thought")
        assert editor.dirty
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LeaveEditorModal)
        await pilot.press("escape")
        await pilot.pause()
        assert top(app) is editor
        assert editor.query_one("#editor-text", TextArea).text == "Half a thought"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LeaveEditorModal)
        await pilot.press("ctrl+d")
        await settle(pilot)
        assert top(app) is case
        assert len(app.store.evidence_for_case(case.case_id)) == before
        assert app.store.drafts() == []


@pytest.mark.asyncio
async def test_leave_prompt_can_save(make_small: AppFactory) -> None:
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        case, _, _ = await new_evidence(pilot, "SW2", "Saved from the prompt")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert top(app) is case
        texts = [e.text for e in app.store.evidence_for_case(case.case_id)]
        assert "Saved from the prompt" in texts


@pytest.mark.asyncio
async def test_quitting_a_dirty_editor_asks_first(make_small: AppFactory) -> None:
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        await new_evidence(pilot, "SW2", "Not yet")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, LeaveEditorModal)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, EvidenceEditorScreen)


@pytest.mark.asyncio
async def test_draft_is_recovered_after_the_app_stops_without_saving(
    make_small: AppFactory,
) -> None:
    first = make_small()
    async with first.run_test(size=SIZE) as pilot:
        case, _, editor = await new_evidence(pilot, "QP2", "Typed before the battery died")
        case_id = case.case_id
        editor.write_draft_now()
        await settle(pilot)
        drafts = first.store.drafts()
        assert len(drafts) == 1
        assert drafts[0].payload["text"] == "Typed before the battery died"
        # The app stops here without saving (the test leaves the context).
    second = make_small()
    async with second.run_test(size=SIZE) as pilot:
        await settle(pilot)
        modal = second.screen
        assert isinstance(modal, DraftRecoveryModal)
        assert "Typed before the battery died" in str(table_rows(modal.query_one(DataTable)))
        await pilot.press("enter")
        await settle(pilot)
        restored = top(second)
        assert isinstance(restored, EvidenceEditorScreen)
        assert restored.query_one("#editor-text", TextArea).text == "Typed before the battery died"
        assert restored.form()["criteria"] == ["QP2"]
        assert restored.dirty
        await pilot.press("ctrl+s")
        await settle(pilot)
        texts = [e.text for e in second.store.evidence_for_case(case_id)]
        assert "Typed before the battery died" in texts
        assert second.store.drafts() == []


@pytest.mark.asyncio
async def test_autosave_keeps_a_draft_while_typing(make_small: AppFactory) -> None:
    app = make_small(autosave_seconds=0.1)
    async with app.run_test(size=SIZE) as pilot:
        await new_evidence(pilot, "QP2", "Kept by the timer")
        for _ in range(50):
            await pilot.pause(0.05)
            await settle(pilot)
            if app.store.drafts():
                break
        drafts = app.store.drafts()
        assert drafts and drafts[0].payload["form"]["text"] == "Kept by the timer"


@pytest.mark.asyncio
async def test_a_draft_a_saved_note_begins_with_is_said_to_be_saved_already(
    make_small: AppFactory,
) -> None:
    """A backup taken while the lead typed keeps the draft; the note was saved; after a
    restore and the team's files merged again, the draft comes back (tester 26, F9):
    the list says a saved note begins with its words, so it is not saved twice."""
    first = make_small()
    async with first.run_test(size=SIZE) as pilot:
        case, _, editor = await new_evidence(pilot, "QPN4", "Manager's oversight not on file")
        editor.write_draft_now()
        await settle(pilot)
        (caught,) = first.store.drafts()
        assert caught.saved_at is None  # nothing saved begins so yet
        await paste(pilot, " for the last three months.")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert first.store.drafts() == []
        first.store.save_draft(caught.key, caught.payload)  # as the restored backup holds it
    second = make_small()
    async with second.run_test(size=SIZE) as pilot:
        await settle(pilot)
        modal = second.screen
        assert isinstance(modal, DraftRecoveryModal)
        (row,) = table_rows(modal.query_one(DataTable))
        assert any("begins so" in str(cell) for cell in row), row
        assert "restoring it would save the words twice" in screen_text(second)
