"""The case list and its chooser in an 80x24 terminal, as tester 28 used them (a plain
terminal, keyboard only), on the hand-written inspection:

- the list is laid out for the table's own width: its last heading, "Graded", is whole
  (it showed "Grade", read as a grade of 0);
- listing every area, the rows say their area; filtered to one area, the column goes;
- a chosen area's name too long for its chip ends in an ellipsis;
- the area chooser with seventeen areas keeps its foot and hint on the screen.
"""

from __future__ import annotations

import pytest

from tests.tui.conftest import AppFactory
from tests.tui.helpers import case_list, screen_text, settle, top
from tui.modals.pick import PickModal

SIZE = (80, 24)


def heading(text: str) -> list[str]:
    """The case list's heading row, word by word."""
    return next(line.split() for line in text.splitlines() if line.split()[:1] == ["Ref"])


@pytest.mark.asyncio
async def test_the_case_list_at_80_columns_shows_whole_headings_and_each_rows_area(
    make_hw: AppFactory,
) -> None:
    app = make_hw(start_screen="cases")
    async with app.run_test(size=SIZE) as pilot:
        _, table = await case_list(pilot)
        shown = screen_text(app)
        assert heading(shown)[-1] == "Graded", shown
        assert "Area" in heading(shown), shown
        areas = {c.code for c in app.store.areas() if c.visited}
        first = next(
            line for line in shown.splitlines() if line.split()[:1] == [table.get_row_at(0)[0]]
        )
        assert first.split()[1] in areas, first
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(top(app), PickModal)
        name = next(a.name for a in app.store.areas() if a.code == "12")
        await pilot.press(*"Eastern Counties")
        await pilot.press("enter")
        await settle(pilot)
        shown = screen_text(app)
        assert "Area" not in heading(shown) and heading(shown)[-1] == "Graded", shown
        assert f"Area: 12 {name}" in shown or "Area: 12 Eastern Cou…" in shown, shown


@pytest.mark.asyncio
async def test_the_area_chooser_fits_an_80x24_terminal_with_seventeen_areas(
    make_hw: AppFactory,
) -> None:
    app = make_hw(start_screen="cases")
    have = {a.code for a in app.store.areas()}
    for n in range(1, 18):
        if str(n) not in have:
            app.store.add_area(str(n), f"Service area number {n} and its long neighbours")
    async with app.run_test(size=SIZE) as pilot:
        await case_list(pilot)
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(top(app), PickModal)
        shown = screen_text(app).splitlines()
        assert any("Enter chooses" in line for line in shown), "\n".join(shown)
        hint = next(i for i, line in enumerate(shown) if "Enter chooses" in line)
        assert hint < SIZE[1] - 1 and "▄" in shown[hint + 1], "\n".join(shown)  # its foot
        assert any("Any (no filter)" in line for line in shown)
