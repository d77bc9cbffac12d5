"""Saving a note on a case still marked Not started says so in the TUI, as the command
line does (tester 34, F14: an inspector working only in the TUI wrote 19 notes on nine
cases that stayed Not started, and the lead's home counted them as untouched).  A case
in progress gets the plain "Evidence saved."  On the hand-written inspection."""

from __future__ import annotations

import pytest

from store.models import CaseFilter
from tests.tui.conftest import AppFactory
from tests.tui.helpers import settle, shown_toasts, write_evidence
from tui.screens.case import CaseScreen

TEXT = "Child seen at school, alone; spoke clearly about weekends at dad's."


@pytest.mark.asyncio
async def test_a_note_on_a_not_started_case_reminds_to_set_its_status(
    make_hw: AppFactory,
) -> None:
    app = make_hw()
    store = app.store
    waiting, going = store.case_rows(CaseFilter(), 0, 2)
    assert store.me_id is not None
    store.assign_cases(store.me_id, [waiting.id, going.id])
    store.put_case(store.case(waiting.id).model_copy(update={"status": "not-started"}), waiting.id)
    store.put_case(store.case(going.id).model_copy(update={"status": "in-progress"}), going.id)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        for case, reminded in ((waiting, True), (going, False)):
            app.push_screen(CaseScreen(case.id))
            await settle(pilot)
            await pilot.press("n")
            await settle(pilot)
            await write_evidence(pilot, "QP1", TEXT)
            await pilot.press("ctrl+s")
            await settle(pilot)
            said = " ".join(await shown_toasts(pilot))
            assert "Evidence saved." in said, said
            assert (f"Case {case.ref} is still marked Not started" in said) == reminded, said
            app.clear_notifications()
            app.pop_screen()
            await settle(pilot)
