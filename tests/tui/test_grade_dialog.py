"""The grade dialog on an ungraded criterion (the hand-written inspection): opening and
closing it asks nothing; a rationale saved without a grade is refused, never given the
scale's first grade; throwing away a changed grade asks, starts on "Keep editing", and
the arrows move between the two answers without wrapping round to the other one."""

from __future__ import annotations

import pytest
from textual.widgets import Button, Input

from tests.tui.conftest import AppFactory
from tests.tui.helpers import paste, settle, top
from tests.tui.test_inspector_day import SIZE, _case_with_ungraded_evidence, _grade_dialog, _open
from tui.modals.confirm import ConfirmModal


@pytest.mark.asyncio
async def test_opening_and_closing_asks_nothing_and_saves_nothing(make_hw: AppFactory) -> None:
    app = make_hw()
    case_id, criterion = _case_with_ungraded_evidence(app.store)
    async with app.run_test(size=SIZE) as pilot:
        case = await _open(pilot, app, case_id)
        await _grade_dialog(pilot, case, criterion)
        await pilot.press("escape")
        await settle(pilot)
        assert top(app) is case
    assert criterion not in app.store.gradings_for_case(case_id)
    assert app.store.drafts() == []


@pytest.mark.asyncio
async def test_a_rationale_without_a_grade_is_not_saved_as_the_first_grade(
    make_hw: AppFactory,
) -> None:
    app = make_hw()
    case_id, criterion = _case_with_ungraded_evidence(app.store)
    async with app.run_test(size=SIZE) as pilot:
        case = await _open(pilot, app, case_id)
        modal = await _grade_dialog(pilot, case, criterion)
        modal.query_one(Input).focus()
        await paste(pilot, "Seen at home with her carer")
        await pilot.press("enter")
        await settle(pilot)
        assert top(app) is modal  # still open: no grade was picked
        assert criterion not in app.store.gradings_for_case(case_id)
        await pilot.press("shift+tab")  # back to the grades
        await pilot.press("2")
        await pilot.press("enter")
        await settle(pilot)
        assert top(app) is case
    graded = app.store.gradings_for_case(case_id)[criterion]
    first, second = (code for code, _ in modal.options[:2])
    assert graded.grade == second != first
    assert graded.rationale == "Seen at home with her carer"


@pytest.mark.asyncio
async def test_throwing_away_starts_on_keep_editing_and_arrows_do_not_wrap(
    make_hw: AppFactory,
) -> None:
    app = make_hw()
    case_id, criterion = _case_with_ungraded_evidence(app.store)
    async with app.run_test(size=SIZE) as pilot:
        case = await _open(pilot, app, case_id)
        modal = await _grade_dialog(pilot, case, criterion)
        await pilot.press("3")
        await paste(pilot, "Reports filed late in two of three hearings")
        await pilot.press("escape")
        await settle(pilot)
        asked = top(app)
        assert isinstance(asked, ConfirmModal)
        focused = asked.focused
        assert isinstance(focused, Button) and str(focused.label) == "Keep editing"
        await pilot.press("right")  # already the last button: stays
        assert asked.focused is focused
        await pilot.press("left")
        assert isinstance(asked.focused, Button) and str(asked.focused.label) == "Throw away"
        await pilot.press("right", "enter")
        await settle(pilot)
        assert top(app) is modal  # kept editing, text intact
        assert modal.query_one(Input).value == "Reports filed late in two of three hearings"
