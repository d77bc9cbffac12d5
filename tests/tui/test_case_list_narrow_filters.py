"""Tester 25 at 80x24: the case list's filter row cut "i Inspector:" at the edge and did
not show the Sample filter at all.  Every filter is shown whole at 80 columns (on two
rows) and at 120 (on one)."""

from __future__ import annotations

import pytest

from tests.tui.conftest import AppFactory
from tests.tui.helpers import settle
from tui.screens.case_list import CaseListScreen
from tui.widgets.filter_chip import FilterChip


@pytest.mark.asyncio
@pytest.mark.parametrize(("width", "rows"), [(80, 2), (120, 1)])
async def test_every_filter_is_shown_whole(make_small: AppFactory, width: int, rows: int) -> None:
    app = make_small()
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, CaseListScreen)
        chips = list(app.screen.query(FilterChip))
        assert len(chips) == 6
        for chip in chips:
            region = chip.region
            assert region.width > 0 and region.right <= width, (chip.id, region)
            assert len(str(chip.render())) <= region.width, chip.id
        assert len({chip.region.y for chip in chips}) == rows
