"""The case screen's grading grid lists the criteria a case can be graded against
(tester 31, F11: it listed the 21 leadership criteria below the 20 practice ones, a
grade given two rows below the one meant landed on LGS2, and the draft said
"Stakeholders gave inspectors a positive account" of it).  A grade a case already has
on such a criterion is still listed, so that it can be seen and cleared."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable

from exporters.gradable import case_criteria
from store.models import Grading
from tests.tui.conftest import AppFactory
from tests.tui.helpers import settle
from tests.tui.test_inspector_day import SIZE, _case_with_ungraded_evidence, _open


@pytest.mark.asyncio
async def test_the_grid_lists_case_criteria_and_a_stray_grade(make_hw: AppFactory) -> None:
    app = make_hw()
    fw = app.store.framework
    case_id, _ = _case_with_ungraded_evidence(app.store)
    gradable = case_criteria(fw)
    service = [c.id for c in fw.criteria if c.id not in gradable]
    assert service, "the framework has criteria about the service"
    async with app.run_test(size=SIZE) as pilot:
        case = await _open(pilot, app, case_id)
        await pilot.press("t")
        await settle(pilot)
        grid = case.query_one("#case-grading", DataTable)
        listed = [str(grid.get_row_at(i)[0]) for i in range(grid.row_count)]
        assert listed == gradable
    # A grade recorded on one before (an older file, a merge) stays in view to clear.
    app.store.set_grading(Grading(case_id=case_id, criterion_id=service[1], grade="good"))
    app2 = make_hw()
    async with app2.run_test(size=SIZE) as pilot:
        case = await _open(pilot, app2, case_id)
        await pilot.press("t")
        await settle(pilot)
        grid = case.query_one("#case-grading", DataTable)
        listed = [str(grid.get_row_at(i)[0]) for i in range(grid.row_count)]
        assert listed == [c.id for c in fw.criteria if c.id in {*gradable, service[1]}]
