"""The grade dialog on a criterion nobody has graded marks no grade as picked (tester
35, F9: "▶ 1 Outstanding" showed on an ungraded criterion, and without colour "▶" is
the only mark, so it read as already graded Outstanding; Ctrl+S then refused, as no
grade was picked).  On the hand-written inspection."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from store.models import CaseFilter
from tests.tui.conftest import AppFactory
from tests.tui.helpers import screen_text, settle, top
from tui.modals.grade import GradeModal
from tui.screens.case import CaseScreen


@pytest.mark.asyncio
async def test_an_ungraded_criterion_shows_no_grade_picked(make_hw: AppFactory) -> None:
    app = make_hw()
    store = app.store
    case = next(c for c in store.case_rows(CaseFilter(), 0, 1000)
                if not store.gradings_for_case(c.id))  # fmt: skip
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.push_screen(CaseScreen(case.id))
        await settle(pilot)
        await pilot.press("g")
        await settle(pilot)
        dialog = top(app)
        assert isinstance(dialog, GradeModal)
        options = dialog.query_one(OptionList)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert [p for p in prompts if p.startswith("▶")] == [], prompts
        assert "▶" not in screen_text(app)
        await pilot.press("3")  # picking one marks it
        await settle(pilot)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert [p for p in prompts if p.startswith("▶")] == ["▶ 3  " + dialog.options[2][1]]
