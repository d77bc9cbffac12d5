"""The lead's case list opens on the cases in the sample, not the organisation's whole
list (tester 20, F6: 3,001 cases, the first rows unsampled cases of areas nobody
visits, and no way to ask for the sample); `p` chooses the sample, the cases not in it,
or every case; `x` shows every case.  On the hand-written inspection, with three of its
cases made cases of the list drawn for no sample and held by nobody."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from store.models import CaseFile, CaseFilter
from tests.tui.conftest import AppFactory
from tests.tui.helpers import case_list, settle, table_rows, top
from tui.modals.pick import PickModal
from tui.widgets.filter_chip import FilterChip

SIZE = (120, 40)


@pytest.mark.asyncio
async def test_the_case_list_opens_on_the_sample_and_p_chooses(make_hw: AppFactory) -> None:
    app = make_hw(start_screen="cases")
    listed = app.store.case_rows(CaseFilter(), 0, 3)
    for row in listed:  # on the organisation's list only: drawn for no sample, held by nobody
        data = app.store.case(row.id).model_dump(include=set(CaseFile.model_fields))
        app.store.put_case(CaseFile.model_validate(
            {**data, "sample": "national", "inspector_id": None}), row.id)  # fmt: skip
    total = app.store.count_cases()
    async with app.run_test(size=SIZE) as pilot:
        screen, table = await case_list(pilot)
        refs = {r[0] for r in table_rows(table)}
        assert len(refs) == total - 3 and not refs & {r.ref for r in listed}
        summary = str(screen.query_one("#cases-summary", Static).render())
        assert summary.startswith(f"All cases in the sample: {total - 3} ·"), summary
        assert "In the sample" in str(screen.query_one("#cases-sample", FilterChip).render())
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, PickModal)
        await pilot.press("down", "down", "enter")  # any, in the sample, not in it
        await settle(pilot)
        assert top(app) is screen
        assert {r[0] for r in table_rows(table)} == {r.ref for r in listed}
        summary = str(screen.query_one("#cases-summary", Static).render())
        assert summary.startswith("All cases not in the sample: 3 ·"), summary
        await pilot.press("x")  # every case
        await settle(pilot)
        assert table.row_count == total
        summary = str(screen.query_one("#cases-summary", Static).render())
        assert summary.startswith(f"All cases: {total} ·"), summary
