"""End goes to the last case in one press, however many pages are still to load
(tester 18, F5: on a 1,955-case list End went to the last loaded row and loaded one
page more, six presses to reach the end).  Home goes back to the first.  On the demo
with a small page, so that most of the list is not loaded at first."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from store.models import CaseFile, CaseFilter
from tests.tui.conftest import AppFactory
from tests.tui.helpers import case_list, screen_text, settle, table_rows

SIZE = (120, 40)


@pytest.mark.asyncio
async def test_end_loads_every_case_left_and_shows_the_last(make_fw: AppFactory) -> None:
    app = make_fw(page_size=20, start_screen="cases")
    async with app.run_test(size=SIZE) as pilot:
        screen, table = await case_list(pilot)
        shown = CaseFilter(sample="in")  # the list opens on the cases in the sample
        total = app.store.count_cases(shown)
        assert table.row_count < total
        summary = str(screen.query_one("#cases-summary", Static).render())
        assert summary.startswith(  # tester 25, F9: "20 of 150" read as a filter
            f"All cases in the sample: {total} ({table.row_count} loaded, more as you go down)"
        ), summary
        await pilot.press("end")
        await settle(pilot)
        assert table.row_count == total
        assert table.cursor_row == total - 1
        last = app.store.case_rows(shown, total - 1, 1)[0]
        assert table_rows(table)[table.cursor_row][0] == last.ref
        summary = str(screen.query_one("#cases-summary", Static).render())
        assert summary.startswith(f"All cases in the sample: {total} ·")
        await pilot.press("home")
        await settle(pilot)
        assert table.cursor_row == 0 and table.row_count == total


@pytest.mark.asyncio
async def test_an_other_application_shows_its_kind(make_small: AppFactory) -> None:
    """Tester 18, F7: the Type column said "Other application" for a special
    guardianship case and an enforcement one alike."""
    app = make_small(start_screen="cases")
    row = app.store.case_rows(CaseFilter(), 0, 1)[0]
    case = app.store.case(row.id)
    data = case.model_dump(include=set(CaseFile.model_fields))
    app.store.put_case(CaseFile.model_validate(
        {**data, "case_type": "OTHER", "application": "SGO"}), row.id)  # fmt: skip
    async with app.run_test(size=SIZE) as pilot:
        _screen, table = await case_list(pilot)
        shown = {r[0]: r for r in table_rows(table)}
        assert "Other (special guardianship)" in shown[row.ref]


@pytest.mark.asyncio
async def test_the_line_above_the_rows_is_read_whole_at_80_columns(make_fw: AppFactory) -> None:
    """At 80x24 the count, what is loaded and the order all show (the line was cut at
    "· sorted"); reversed, the longer line wraps to a second row rather than being cut."""
    app = make_fw(page_size=20, start_screen="cases")
    async with app.run_test(size=(80, 24)) as pilot:
        screen, table = await case_list(pilot)
        total = app.store.count_cases(CaseFilter(sample="in"))
        shown = screen_text(app)
        line = f"All cases in the sample: {total} ({table.row_count} loaded, more as you go down)"
        assert line in shown and "sorted by ref" in shown, shown
        await pilot.press("r")
        await settle(pilot)
        flat = " ".join(screen_text(app).split())
        assert "sorted by ref (reversed)" in flat, flat
