"""Tester 21's F7: on a 160-column terminal the Grading tab showed the criterion's
wording cut to 7 characters and the rationale to 9, with the rest of the width empty.
The table had been filled while the grade dialog was open (and the terminal resized
meanwhile): its new rows were never measured, and each text column stayed as wide as
its heading.  The columns are now given the widths the screen works out."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable

from tests.tui.conftest import AppFactory
from tests.tui.helpers import open_case, settle


@pytest.mark.asyncio
async def test_the_text_columns_share_the_width_after_a_resize_under_the_dialog(
    make_small: AppFactory,
) -> None:
    app = make_small()
    async with app.run_test(size=(100, 40)) as pilot:
        case = await open_case(pilot)
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("g")  # the grade dialog over the case
        await settle(pilot)
        await pilot.resize_terminal(160, 40)
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        table = case.query_one("#case-grading", DataTable)
        widths = {str(c.label): c.width for c in table.columns.values()}
        # The wording and the rationale take what the id, grade and tally leave.
        assert widths["Wording"] + widths["Rationale"] >= 160 - 70
        assert widths["Wording"] > widths["Rationale"] > len("Rationale")


@pytest.mark.asyncio
async def test_a_grade_given_in_the_dialog_is_shown_whole_at_120_columns(
    make_small: AppFactory,
) -> None:
    """Tester 33, F5: after grading "requires improvement" at 120 columns the Grade column
    read "Requi": the grid was filled under the dialog, and the column kept its heading's
    width."""
    app = make_small()
    async with app.run_test(size=(120, 36)) as pilot:
        case = await open_case(pilot)
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("g")
        await settle(pilot)
        await pilot.press("3")  # requires improvement; focus moves to the rationale
        await pilot.press(*"Views not sought")
        await pilot.press("enter")
        await settle(pilot)
        table = case.query_one("#case-grading", DataTable)
        label = app.store.framework.grading_label("requires-improvement")
        widths = {str(c.label): c.width for c in table.columns.values()}
        assert widths["Grade"] >= len(label)
        shown = [str(cell) for row in range(table.row_count) for cell in table.get_row_at(row)]
        assert label in shown
        assert label in "\n".join(
            line.text for line in table.render_lines(table.region.reset_offset)
        )
