"""Enter in the case list's filter opens the case when only one matches (tester 15, F6:
one row shown, Enter left the lead in the filter box); with several matches it goes to
the list and opens nothing.  On the hand-written inspection."""

from __future__ import annotations

import pytest

from tests.tui.conftest import AppFactory
from tests.tui.helpers import case_list, paste, settle
from tests.tui.test_case_list_typing import opened_case
from tui.screens.case_list import CaseListScreen


@pytest.mark.asyncio
async def test_enter_on_a_single_match_opens_it(make_hw: AppFactory) -> None:
    app = make_hw()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        screen, _ = await case_list(pilot)
        ref = app.store.case(screen.selected_case_id() or "").ref
        await pilot.press("f")
        await paste(pilot, ref)
        await pilot.press("enter")
        opened = await opened_case(pilot)
        assert opened.case is not None and opened.case.ref == ref


@pytest.mark.asyncio
async def test_enter_on_several_matches_goes_to_the_list(make_hw: AppFactory) -> None:
    app = make_hw()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        screen, table = await case_list(pilot)
        prefix = app.store.case(screen.selected_case_id() or "").ref[:3]
        await pilot.press("f")
        await paste(pilot, prefix)
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        assert isinstance(app.screen, CaseListScreen)
        assert screen.total > 1 and table.has_focus
