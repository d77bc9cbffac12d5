"""`b` (keep both) on the conflicts screen, on a note two inspectors changed differently
(the hand-made clash of tests/tui/test_conflict_form.py): after asking, each side stays as
its author wrote it, the note one side and a new note the other, each in its author's
name; no name or time is written into either text (tester 9, finding 10)."""

from __future__ import annotations

import pytest

from tests.tui.helpers import screen_text, settle, top
from tests.tui.test_conflict_form import Clash, _clash, app_on, clash, open_app, open_conflicts
from tui.modals.confirm import ConfirmModal
from tui.screens.conflicts import ConflictsScreen

__all__ = ["_clash", "clash", "open_app"]  # the fixtures, used by name


@pytest.mark.asyncio
async def test_b_keeps_each_side_of_a_note_as_its_author_wrote_it(
    clash: Clash, open_app: list[object]
) -> None:
    app = app_on(clash, open_app)  # type: ignore[arg-type]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_conflicts(pilot)
        await pilot.press("b")
        await settle(pilot)
        asked = top(app)
        assert isinstance(asked, ConfirmModal)
        assert "Alice Able's" in asked.question and "Bob Brown's" in asked.question
        assert "versions each stay as written" in asked.question
        assert "Nothing is added to either text" in asked.question
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(top(app), ConflictsScreen)
        assert "No conflicts" in screen_text(app)
        store = app.store
        names = {i.id: i.name for i in store.inspectors()}
        notes = {e.text: names[e.meta.created_by] for e in store.all_evidence()}
    assert notes == {clash.alice_text: "Alice Able", clash.bob_text: "Bob Brown"}
