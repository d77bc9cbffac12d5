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
