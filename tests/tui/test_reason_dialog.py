"""The reason dialog (`tui/modals/reason.py`) on its own: a reason of one word is
refused with the store's sentence and the dialog stays; Enter or the button with a
reason of two words or more answers with it; Escape and Cancel answer None.  (Its use
on the identifying-details screen and from the case palette is tested there.)"""

from __future__ import annotations

from typing import Any

import pytest
from textual.app import App
from textual.widgets import Input, Static

from store.errors import InvalidInputError
from store.reasons import IDENTIFIES_NOBODY, checked_reason, reason_problem
from tui.modals.reason import ReasonModal, accept_hit


class Host(App[None]):
    """An app that opens one reason dialog and keeps its answers."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[str | None] = []

    def ask(self) -> ReasonModal:
        dialog = ReasonModal(accept_hit("name ‘Rocco’"))
        self.push_screen(dialog, self.answers.append)
        return dialog


def _problem(dialog: ReasonModal) -> str:
    return str(dialog.query_one("#reason-problem", Static).render())


@pytest.mark.parametrize("reason", ["", "   ", "dog", "  Rocco's-a-dog.  "])
def test_the_store_refuses_a_reason_of_fewer_than_two_words(reason: str) -> None:
    problem = reason_problem(reason, IDENTIFIES_NOBODY)
    assert problem is not None and "too short" in problem and "audit trail" in problem
    with pytest.raises(InvalidInputError) as refused:
        checked_reason(reason, IDENTIFIES_NOBODY)
    assert str(refused.value) == problem
    assert checked_reason("  The family's dog.  ", IDENTIFIES_NOBODY) == "The family's dog."


@pytest.mark.asyncio
async def test_a_short_reason_is_refused_and_a_good_one_answers() -> None:
    app = Host()
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = app.ask()
        await pilot.pause()
        box = dialog.query_one("#reason-text", Input)
        assert box.has_focus and _problem(dialog) == ""
        await pilot.press(*"dog", "enter")  # typed: Enter in the box is what is tested
        assert app.screen is dialog and app.answers == []
        assert _problem(dialog) == reason_problem("dog", IDENTIFIES_NOBODY)
        box.value = "The family's dog, not a person. "
        await pilot.press("enter")
        await pilot.pause()
        assert app.answers == ["The family's dog, not a person."]
        assert app.screen is not dialog


@pytest.mark.asyncio
async def test_the_button_checks_too_and_escape_or_cancel_answer_none() -> None:
    app = Host()
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = app.ask()
        await pilot.pause()
        await pilot.click("#reason-yes")
        assert app.screen is dialog and "too short" in _problem(dialog)
        await pilot.press("escape")
        await pilot.pause()
        dialog = app.ask()
        await pilot.pause()
        await pilot.click("#reason-no")
        await pilot.pause()
        dialog = app.ask()
        await pilot.pause()
        dialog.query_one("#reason-text", Input).value = "Checked with the team."
        await pilot.click("#reason-yes")
        await pilot.pause()
        answers: list[Any] = app.answers
        assert answers == [None, None, "Checked with the team."]
