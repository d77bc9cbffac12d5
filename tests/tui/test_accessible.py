"""Accessible (#17): the terminal cursor follows focus (tables, lists, text boxes), in
Pilot and in a real terminal; plain mode (the terminal's own ANSI colours, no
animation) from the settings file and from the palette, kept in the file; ticked and
unticked boxes differ by glyph, not only colour.

On the hand-written inspection."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from textual.constants import TEXTUAL_ANIMATIONS
from textual.geometry import Offset
from textual.widgets import DataTable

from store.store import Store
from tests.tui.conftest import AppFactory
from tests.tui.helpers import run_palette_command, settle, top
from tests.tui.tmux import TmuxSession, needs_tmux
from tui.app import FieldworkApp
from tui.screens.case import CaseScreen
from tui.screens.case_list import CaseListScreen
from tui.screens.evidence_editor import EvidenceEditorScreen
from tui.settings import load_settings
from tui.widgets.criteria_picker import CriteriaList
from tui.widgets.row_table import RowTable
from tui.widgets.tick_box import TickBox

SIZE = (120, 40)


def _animation(app: FieldworkApp) -> str:
    """The app's animation level, read afresh (not narrowed by an earlier assert)."""
    return str(app.animation_level)


def _row_offset(widget: DataTable[str] | RowTable, header: int = 1) -> Offset:
    region = widget.content_region
    return Offset(region.x, region.y + header + widget.cursor_row - int(widget.scroll_y))


@pytest.mark.asyncio
async def test_the_cursor_follows_focus_through_tables_lists_and_text(
    make_hw: AppFactory,
) -> None:
    app = make_hw()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        areas = app.screen.query_one("#home-areas", DataTable)
        assert areas.has_focus
        areas.move_cursor(row=0)  # Home starts on the user's own area: from the first
        # The home screen's text above the table can arrive after the first frame and
        # move the table down; the cursor follows at the next layout, not before.
        for _ in range(20):
            if app.cursor_position == _row_offset(areas):
                break
            await pilot.pause()
        assert app.cursor_position == _row_offset(areas)
        await pilot.press("down")
        assert areas.cursor_row == 1 and app.cursor_position == _row_offset(areas)
        await pilot.press("c")
        await settle(pilot)
        cases = top(app)
        assert isinstance(cases, CaseListScreen)
        table = cases.query_one(RowTable)
        await pilot.press("down", "down")
        assert app.cursor_position == _row_offset(table)
        await pilot.press("enter")
        await settle(pilot)
        case = top(app)
        assert isinstance(case, CaseScreen)
        await pilot.press("t")  # the grading grid
        grid = case.query_one("#case-grading", DataTable)
        await pilot.press("down", "down", "down")
        assert app.cursor_position == _row_offset(grid)
        await pilot.press("n")
        await settle(pilot)
        editor = top(app)
        assert isinstance(editor, EvidenceEditorScreen)
        search = editor.query_one("#criteria-search")
        assert app.cursor_position.y == search.content_region.y  # Input's own caret
        await pilot.press("down", "down")  # into the list, its second line
        listing = editor.query_one(CriteriaList)
        assert listing.has_focus and listing.highlighted == 1
        expected_y = listing.content_region.y + 1 - int(listing.scroll_y)
        assert app.cursor_position == Offset(listing.content_region.x, expected_y)


@needs_tmux
@pytest.mark.tmux
def test_the_real_terminal_cursor_moves_with_the_highlight(
    handwritten_db: Path, tmp_path: Path
) -> None:
    with Store.open(handwritten_db) as store:  # Home starts on the user's own area
        shown = [a for a in store.home_summary().areas if a.visited or a.cases.total]
    own = max(range(len(shown)), key=lambda k: shown[k].my_cases.total)
    start = own if shown[own].my_cases.total else 0
    tmux = TmuxSession(handwritten_db, tmp_path)

    try:
        tmux.wait_for("You are")
        tmux.wait_for("Evidence ")

        def seen() -> tuple[str, int, int]:
            """The screen, the areas table's header row on it, and the cursor's row.  The
            text above the table can arrive later and move it down, and the cursor
            follows a moment after: a match counts once the screen has stopped changing
            (the same picture and cursor twice running), not on a passing frame."""
            screen = tmux.screen()
            lines = screen.splitlines()
            row = next(i for i, line in enumerate(lines) if "Area  Name" in line)
            return screen, row, tmux.cursor()[1]

        # The highlighted area's row, then the next one's after Down.
        for below in (start + 1, min(start + 2, len(shown))):
            if below != start + 1:
                tmux.send("Down")
            deadline = time.monotonic() + 10
            last = seen()
            while time.monotonic() < deadline:
                time.sleep(0.1)
                now = seen()
                if now == last and now[2] == now[1] + below:
                    break
                last = now
            _screen, row, cursor = last
            assert cursor == row + below, (cursor, row, below)
    finally:
        tmux.close()


@pytest.mark.asyncio
async def test_plain_mode_from_the_settings_file_and_the_palette(
    handwritten_db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('theme = "textual-light"\nplain = true\n\n[keymap]\n', encoding="utf-8")
    store = Store.open(handwritten_db)
    try:
        app = FieldworkApp(store, load_settings(path), path)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert app.theme == "ansi-light"  # the terminal's own colours, light side
            assert _animation(app) == "none"
            await run_palette_command(pilot, "Plain mode on/off")
            await settle(pilot)
            # Animation as the environment asks (TEXTUAL_ANIMATIONS; full when unset):
            # tests/tui/test_animations_env.py sets it.
            assert app.theme == "textual-light" and _animation(app) == TEXTUAL_ANIMATIONS
            assert load_settings(path).plain is False
            assert load_settings(path).theme == "textual-light"  # never ansi-light
            await run_palette_command(pilot, "Plain mode on/off")
            await settle(pilot)
            assert app.theme == "ansi-light" and load_settings(path).plain is True
        assert "[keymap]" in path.read_text(encoding="utf-8")  # the rest is as written
    finally:
        store.close()


@pytest.mark.asyncio
async def test_ticks_differ_by_glyph(make_hw: AppFactory) -> None:
    app = make_hw(plain=True)
    case_id = app.store.case_rows(None, 0, 1)[0].id
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.push_screen(CaseScreen(case_id))
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        editor = top(app)
        assert isinstance(editor, EvidenceEditorScreen)
        await pilot.press("down", "space")  # tick the first criterion
        listing = editor.query_one(CriteriaList)
        first = listing.get_option_at_index(0).value
        assert listing.selected == [first]
        ticked, unticked = listing.render_line(0).text, listing.render_line(1).text
        assert ticked.startswith("▐X▌") and unticked.startswith("▐ ▌")
        concern = editor.query_one("#editor-concern", TickBox)
        assert "▐ ▌" in str(concern.render())
        concern.value = True
        assert "▐X▌" in str(concern.render())
