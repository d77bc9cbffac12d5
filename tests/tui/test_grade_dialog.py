"""The grade dialog on an ungraded criterion (the hand-written inspection): opening and
closing it asks nothing; a rationale saved without a grade is refused, never given the
scale's first grade; throwing away a changed grade asks, starts on "Keep editing", and
the arrows move between the two answers without wrapping round to the other one.  At
80x24 the criterion, the evidence, the grades, the rationale, the hint (and the
refusal in its place) and the question's buttons all show whole."""

from __future__ import annotations

from typing import Any

import pytest
from textual.app import App
from textual.containers import Vertical
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import Button, Input, Static

from store.models import Evidence
from tests.tui.conftest import AppFactory
from tests.tui.helpers import paste, screen_text, settle, top
from tests.tui.test_inspector_day import SIZE, _case_with_ungraded_evidence, _grade_dialog, _open
from tui.modals.confirm import ConfirmModal


@pytest.mark.asyncio
async def test_opening_and_closing_asks_nothing_then_throwing_away_asks(
    make_hw: AppFactory,
) -> None:
    """Two openings of the dialog on one ungraded criterion in one run of the app: the
    first, opened and closed, asks nothing and saves nothing (so the second opens on the
    same ungraded criterion); the second, changed, asks before throwing away, starting on
    "Keep editing", and the arrows do not wrap."""
    app = make_hw()
    case_id, criterion = _case_with_ungraded_evidence(app.store)
    async with app.run_test(size=SIZE) as pilot:
        case = await _open(pilot, app, case_id)
        await _grade_dialog(pilot, case, criterion)
        await pilot.press("escape")
        await settle(pilot)
        assert top(app) is case, "opening and closing asks nothing"
        assert criterion not in app.store.gradings_for_case(case_id), "and saves nothing"
        assert app.store.drafts() == [], "and saves nothing"
        # Throwing away a changed grade asks first.
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


LONG_NOTE = (
    "In supervision the practitioner described three visits to the family home, each "
    "arranged through the mother, and said the boy had been reluctant to talk while his "
    "stepfather was in the kitchen. The manager asked whether a school visit had been "
    "considered; it had not, because the school term had ended, and the case record does "
    "not show that a later date was set. The analysis in the report rests on the mother's "
    "account of the weekends and on one short telephone call with the boy's aunt."
)


def _cut(app: App[Any], box: Widget) -> list[str]:
    """The widgets of a dialog not shown whole: outside the terminal, or outside the
    dialog's own frame."""
    terminal = Region(0, 0, app.size.width, app.size.height)
    cut = [] if terminal.contains_region(box.region) else [f"the dialog {box.region}"]
    inside = box.content_region
    return cut + [f"{w!r} {w.region}" for w in box.children if not inside.contains_region(w.region)]


@pytest.mark.asyncio
async def test_everything_shows_whole_at_80x24(make_hw: AppFactory) -> None:
    app = make_hw()
    case_id, criterion = _case_with_ungraded_evidence(app.store)
    app.store.put_evidence(  # a long note on it too: more than the dialog has room for
        Evidence(
            case_id=case_id,
            criteria=[criterion],
            source="CASE_DISCUSSION",
            polarity="development",
            text=LONG_NOTE,
        )
    )
    async with app.run_test(size=(80, 24)) as pilot:
        case = await _open(pilot, app, case_id)
        modal = await _grade_dialog(pilot, case, criterion)
        box = modal.query_one(Vertical)
        assert _cut(app, box) == []
        evidence = modal.query_one("#grade-evidence", Static)
        assert evidence.size.height >= 1  # the notes, scrolling within what is left
        hint = modal.query_one("#grade-hint", Static)
        assert str(hint.render()).startswith(f"Grades: 1-{len(modal.options)} pick")
        # A rationale saved with no grade: refused in the hint's place, nothing covered.
        await pilot.press("tab")
        await paste(pilot, "Seen twice, at school and at the family centre")
        await pilot.press("enter")
        await settle(pilot)
        assert top(app) is modal
        assert str(hint.render()).startswith("Pick a grade first")
        assert _cut(app, box) == []
        await pilot.press("shift+tab", "2")
        await settle(pilot)
        assert str(hint.render()).startswith("Rationale: Enter saves")
        # Esc asks; both answers show whole.
        await pilot.press("escape")
        await settle(pilot)
        asked = top(app)
        assert isinstance(asked, ConfirmModal)
        terminal = Region(0, 0, 80, 24)
        assert all(terminal.contains_region(b.region) for b in asked.query(Button))


@pytest.mark.asyncio
async def test_the_hint_says_where_the_focus_is_and_what_enter_does(make_hw: AppFactory) -> None:
    """Tester 34, F6: a grade picked, a rationale typed, then Tab: nothing said where the
    focus had gone, and Enter (on the grades) did not save.  The hint line names the
    field with the focus and what Enter does there; Enter on the grades goes to the
    rationale, and Enter there saves."""
    app = make_hw()
    case_id, criterion = _case_with_ungraded_evidence(app.store)
    async with app.run_test(size=(80, 24)) as pilot:
        case = await _open(pilot, app, case_id)
        modal = await _grade_dialog(pilot, case, criterion)
        hint = modal.query_one("#grade-hint", Static)
        await pilot.press("3")
        await settle(pilot)
        assert str(hint.render()).startswith("Rationale: Enter saves")
        await paste(pilot, "Seen once, at school, never alone")
        await pilot.press("tab")
        await settle(pilot)
        assert str(hint.render()).startswith("Grades: ") and "Enter: rationale" in str(
            hint.render()
        )
        assert "Grades: " in screen_text(app)  # whole on one line at 80 columns
        await pilot.press("enter")
        await settle(pilot)
        assert top(app) is modal and str(hint.render()).startswith("Rationale: Enter saves")
        await pilot.press("enter")
        await settle(pilot)
        assert top(app) is case
    graded = app.store.gradings_for_case(case_id)[criterion]
    assert graded.rationale == "Seen once, at school, never alone"
    assert graded.grade == modal.options[2][0]
