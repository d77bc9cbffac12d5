"""With NO_COLOR set (no-color.org), Textual draws every colour as a shade of grey, which
a monochrome terminal cannot show: what a key acts on is marked in reverse video too
(tester 28, F2 and F6: in a plain terminal the case list's cursor row looked like its
heading, and the side of a conflict Enter would keep like the other side); the grade picked is
marked in text (F10).  On the
hand-written inspection and a conflict written here."""

from __future__ import annotations

import pytest
from textual.strip import Strip
from textual.widgets import DataTable, OptionList

from store.models import CaseFilter
from store.store import Store
from tests.tui.conftest import AppFactory
from tests.tui.helpers import case_list, colour, screen_text, settle, top
from tests.tui.test_conflicts_side_on_move import two_conflicts  # noqa: F401 (a fixture)
from tui.app import make_app
from tui.modals.grade import GradeModal
from tui.screens.case import CaseScreen
from tui.screens.conflicts import ConflictsScreen
from tui.settings import Settings


def reversed_text(strip: Strip) -> str:
    """The text of a drawn line that is in reverse video."""
    return "".join(s.text for s in strip if s.style is not None and s.style.reverse)


@pytest.mark.asyncio
@pytest.mark.parametrize("no_color", [True, False])
async def test_the_case_lists_cursor_row_is_in_reverse_video_without_colour(
    make_hw: AppFactory, monkeypatch: pytest.MonkeyPatch, no_color: bool
) -> None:
    colour(monkeypatch, no_color)
    app = make_hw(start_screen="cases")
    async with app.run_test(size=(100, 30)) as pilot:
        _, table = await case_list(pilot)
        await pilot.press("down")
        await settle(pilot)
        assert table.cursor_row == 1
        cursor = reversed_text(table.render_line(1 + table.cursor_row))
        if no_color:
            assert table.get_row_at(1)[0] in cursor  # the row the cursor is on
            assert reversed_text(table.render_line(1)) == ""  # the row above it
            assert reversed_text(table.render_line(0)) == ""  # the heading
        else:  # with colour, shades do it
            assert cursor == ""


@pytest.mark.asyncio
async def test_the_side_enter_keeps_is_in_reverse_video_without_colour(
    two_conflicts: Store,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(two_conflicts, Settings(autosave_seconds=0.1))
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        app.push_screen(ConflictsScreen())
        await settle(pilot)
        sides = app.screen.query_one("#conflicts-sides", DataTable)
        # Chosen from the list (the focus there) and from the sides themselves; the
        # heading of the side chosen is marked too (tester 28's re-test of F6).
        for column, focus in ((1, False), (2, False), (1, True), (2, True)):
            if focus:
                sides.focus()
            sides.move_cursor(column=column)
            await settle(pilot)
            heading = reversed_text(sides.render_line(0))
            assert sides.ordered_columns[column].label.plain.split()[-1] in heading, heading
        for column in (1, 2):
            sides.move_cursor(column=column)
            await settle(pilot)
            chosen = sides.get_column_at(column)
            other = sides.get_column_at(3 - column)
            lines = [reversed_text(sides.render_line(y)) for y in range(1, sides.size.height)]
            marked = " ".join(" ".join(line.split()) for line in lines if line.strip())
            # The fields the sides differ in: the chosen side's words are marked, the
            # other side's are not.
            differ = [
                (" ".join(str(a).split()), " ".join(str(b).split()))
                for a, b in zip(chosen, other, strict=True)
                if str(a).strip() and str(b).strip() and str(a) != str(b)
            ]
            differ = [(a, b) for a, b in differ if len(b) > 12 and a not in b and b not in a]
            assert differ, (chosen, other)
            for mine, theirs in differ:
                assert mine in marked and theirs not in marked, (mine, theirs, marked)


@pytest.mark.asyncio
async def test_the_grade_picked_is_marked_in_text(make_hw: AppFactory) -> None:
    """The grade dialog marks the grade picked with "▶", which stays once the focus has
    moved on to the rationale (tester 28, F10: only a grey shade showed it)."""
    app = make_hw()
    case = app.store.case_rows(CaseFilter(), 0, 1000)[0]
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.push_screen(CaseScreen(case.id))
        await settle(pilot)
        await pilot.press("g")
        await settle(pilot)
        dialog = top(app)
        assert isinstance(dialog, GradeModal)
        await pilot.press("2")
        await settle(pilot)
        options = dialog.query_one(OptionList)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        marked = [p for p in prompts if p.startswith("▶")]
        assert marked == ["▶ 2  " + dialog.options[1][1]], prompts
        assert "▶ 2  " + dialog.options[1][1] in screen_text(app)
        await pilot.press("shift+tab", "up")  # back to the grades, one up
        await settle(pilot)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert [p for p in prompts if p.startswith("▶")] == ["▶ 1  " + dialog.options[0][1]]
