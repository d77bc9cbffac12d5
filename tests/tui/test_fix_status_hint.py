"""The case's status is set by hand, and the grading tab says so where it matters: the
grade that leaves every criterion graded tells the inspector the case is still "In
progress" and how to mark it complete; a first grade on a case not started says it
is still "Not started"; a grade in between says nothing more.  The status itself is
never changed by grading.  On the hand-written inspection."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot

from exporters.gradable import case_criteria
from store.models import CaseFile, CaseFilter, Grading
from store.store import Store
from tests.tui.conftest import AppFactory
from tests.tui.helpers import settle, shown_toasts, top
from tests.tui.test_inspector_day import SIZE, _grade_dialog, _open
from tui.app import FieldworkApp


def _case(store: Store, status: str) -> str:
    """A case of the hand-written inspection set to `status`, with no grades yet."""
    for row in store.case_rows(CaseFilter(), 0, 1000):
        if not store.gradings_for_case(row.id):
            c = store.case(row.id)
            record = {**c.model_dump(exclude={"meta"}), "status": status}
            store.put_case(CaseFile.model_validate(record), case_id=row.id)
            return row.id
    raise AssertionError("the hand-written inspection has an ungraded case")


async def _grade(pilot: Pilot[Any], app: FieldworkApp, case_id: str, criterion: str) -> list[str]:
    """Grade `criterion` in the dialog (its second grade); the toasts shown after."""
    case = await _open(pilot, app, case_id)
    await _grade_dialog(pilot, case, criterion)
    # What the app notifies, as each toast is raised: an in-between grade's toast lasts
    # two seconds, which a loaded machine can spend before the test looks at the screen.
    notified: list[str] = []
    real = app.notify

    def notify(message: str, *args: Any, **kwargs: Any) -> None:
        notified.append(str(message))
        real(message, *args, **kwargs)

    app.notify = notify  # type: ignore[method-assign]
    await pilot.press("2", "enter")
    shown = await shown_toasts(pilot)
    await settle(pilot)
    assert top(case.app) is case
    return [" ".join(t.split()) for t in notified or shown]


@pytest.mark.asyncio
async def test_the_last_grade_says_the_status_is_set_by_hand(make_hw: AppFactory) -> None:
    app = make_hw()
    case_id = _case(app.store, "in-progress")
    gradable = case_criteria(app.store.framework)
    *first, last = gradable
    for criterion in first:
        app.store.set_grading(Grading(case_id=case_id, criterion_id=criterion, grade="good"))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        shown = await _grade(pilot, app, case_id, last)
    said = " ".join(shown)
    assert "Every criterion is graded, and the case is still ‘In progress’" in said, shown
    assert "status is set by hand" in said and "choose Complete" in said
    assert app.store.case(case_id).status == "in-progress"  # grading never changes it


@pytest.mark.asyncio
async def test_a_first_grade_on_a_case_not_started_says_so(make_hw: AppFactory) -> None:
    app = make_hw()
    case_id = _case(app.store, "not-started")
    criterion = case_criteria(app.store.framework)[0]
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        shown = await _grade(pilot, app, case_id, criterion)
    said = " ".join(shown)
    assert "still ‘Not started’" in said and "set by hand" in said, shown
    assert app.store.case(case_id).status == "not-started"


@pytest.mark.asyncio
async def test_a_grade_in_between_says_only_the_grade(make_hw: AppFactory) -> None:
    app = make_hw()
    case_id = _case(app.store, "in-progress")
    criterion = case_criteria(app.store.framework)[0]
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        shown = await _grade(pilot, app, case_id, criterion)
    assert any(s.startswith(f"{criterion}: ") for s in shown), shown
    assert not any("set by hand" in s for s in shown), shown
