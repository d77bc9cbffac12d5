"""The Finding's list.  Tester 21's F6: with no finding chosen, Enter, Enter (open,
choose) chose the list's prompt, "Not chosen yet", left the field blank and Ctrl+S
refused the note again; and once Ctrl+F had opened the list, the line under the form
still said "Enter opens the choices".  Tester 24's F8: the list then opened on
Strength, below the "Not chosen yet" the field showed, so one Down, pressed to reach
Strength, saved an area for development.  The list now opens on what the field shows;
Enter on "Not chosen yet" keeps it open (choosing nothing is no choice), and one Down
reaches Strength.  The line says what the keys do in the open list."""

from __future__ import annotations

import pytest
from textual.widgets import Select, Static

from tests.tui.conftest import AppFactory
from tests.tui.helpers import new_note, paste, settle


@pytest.mark.asyncio
async def test_the_list_opens_on_not_chosen_and_one_down_is_strength(
    make_small: AppFactory,
) -> None:
    app = make_small()
    async with app.run_test(size=(120, 40)) as pilot:
        _, _, editor = await new_note(pilot)
        finding = editor.query_one("#editor-polarity", Select)
        assert finding.value is Select.NULL
        finding.focus()
        await settle(pilot)
        await pilot.press("enter", "enter")  # open; Enter on "Not chosen yet"
        await settle(pilot)
        assert finding.value is Select.NULL
        assert finding.expanded, "Enter on the prompt closed the list, nothing chosen"
        await pilot.press("down", "enter")
        await settle(pilot)
        chosen: object = finding.value  # (not the value narrowed above)
        assert chosen == "strength"
        assert not finding.expanded


@pytest.mark.asyncio
async def test_ctrl_f_opens_the_list_and_the_line_says_how_to_choose(
    make_small: AppFactory,
) -> None:
    app = make_small()
    async with app.run_test(size=(120, 40)) as pilot:
        _, _, editor = await new_note(pilot)
        await paste(pilot, "QP8")
        await pilot.press("enter", "ctrl+f")
        await settle(pilot)
        line = str(editor.query_one("#editor-where", Static).render())
        assert "In Finding: Up and Down move, Enter chooses, Escape closes the list" in line
        await pilot.press("down", "down", "enter")
        await settle(pilot)
        assert editor.query_one("#editor-polarity", Select).value == "development"
        # A finding chosen, the list opens on it, as before.
        await pilot.press("ctrl+f")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert editor.query_one("#editor-polarity", Select).value == "development"
