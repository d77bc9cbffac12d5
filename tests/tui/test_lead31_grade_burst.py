"""A rationale typed in one burst on the grades (tester 31, F1): in Rhodri's file at
80x24, `2` picked Good and moved to the rationale, Tab moved back to the grades, and
"Seen alone 3x, relationship strong" arrived in one read (type-ahead, a terminal
without bracketed paste, a dictation tool).  The `3` regraded the criterion to requires
improvement and the rationale was saved as "x, relationship strongSeen alone".  Now a
character typed on the grades starts the rationale, every character after it is text
(digits too), and they land in the order typed."""

from __future__ import annotations

import pytest

from tests.tui.conftest import AppFactory
from tests.tui.helpers import paste, settle, top
from tests.tui.test_inspector_day import SIZE, _case_with_ungraded_evidence, _grade_dialog, _open
from tests.tui.test_typed_ahead import type_at_once
from tui.modals.grade import GradeModal


def _keys(words: str) -> list[tuple[str, str | None]]:
    return [("space", " ") if c == " " else (c, c) for c in words]


@pytest.mark.asyncio
@pytest.mark.parametrize("size", [(80, 24), SIZE])
async def test_a_burst_typed_on_the_grades_is_the_rationale_as_typed(
    make_hw: AppFactory, size: tuple[int, int]
) -> None:
    app = make_hw()
    case_id, criterion = _case_with_ungraded_evidence(app.store)
    words = "Seen alone 3x, relationship strong; 2 visits in 10 days"
    async with app.run_test(size=size) as pilot:
        case = await _open(pilot, app, case_id)
        modal = await _grade_dialog(pilot, case, criterion)
        await pilot.press("2")  # picks the second grade, and moves to the rationale
        await pilot.press("tab")  # ... and back to the grades, as the tester did
        await settle(pilot)
        assert isinstance(modal.focused, type(modal.query_one("#grade-options")))
        type_at_once(app, *_keys(words), ("enter", None))
        await settle(pilot)
        assert top(app) is case
    graded = app.store.gradings_for_case(case_id)[criterion]
    assert graded.grade == modal.options[1][0]
    assert graded.rationale == words


@pytest.mark.asyncio
async def test_a_digit_on_the_grades_still_picks_and_one_typed_after_words_is_text(
    make_hw: AppFactory,
) -> None:
    app = make_hw()
    case_id, criterion = _case_with_ungraded_evidence(app.store)
    async with app.run_test(size=SIZE) as pilot:
        case = await _open(pilot, app, case_id)
        modal = await _grade_dialog(pilot, case, criterion)
        assert isinstance(modal, GradeModal)
        type_at_once(app, ("3", "3"), *_keys("4 sessions"), ("enter", None))
        await settle(pilot)
        assert top(app) is case
    graded = app.store.gradings_for_case(case_id)[criterion]
    assert graded.grade == modal.options[2][0]
    assert graded.rationale == "4 sessions"


@pytest.mark.asyncio
async def test_a_rationale_pasted_on_the_grades_is_the_rationale(make_hw: AppFactory) -> None:
    """A bracketed paste (what a modern terminal sends) while the grades have the focus
    was lost; the same text pasted without brackets arrives as the keys above."""
    app = make_hw()
    case_id, criterion = _case_with_ungraded_evidence(app.store)
    words = "Seen alone 3x, relationship strong"
    async with app.run_test(size=(80, 24)) as pilot:
        case = await _open(pilot, app, case_id)
        modal = await _grade_dialog(pilot, case, criterion)
        await pilot.press("2", "tab")
        await settle(pilot)
        await paste(pilot, words)
        await pilot.press("enter")
        await settle(pilot)
        assert top(app) is case
    graded = app.store.gradings_for_case(case_id)[criterion]
    assert graded.grade == modal.options[1][0]
    assert graded.rationale == words
