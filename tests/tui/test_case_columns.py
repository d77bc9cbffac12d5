"""The case's evidence list at 120 and 80 columns, on the hand-written inspection: every
column shows whole on screen, the finding in words ("Area for development" in full at
120 columns, "Development" at 80), the date still in view."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import CaseFilter
from tests.tui.conftest import AppFactory
from tests.tui.helpers import screen_text, settle, table_rows
from tui.screens.case import CaseScreen


@pytest.mark.parametrize(("size", "finding"), [((120, 40), "Area for development"),
                                               ((80, 24), "Development")])  # fmt: skip
@pytest.mark.asyncio
async def test_the_finding_shows_whole(
    make_hw: AppFactory, size: tuple[int, int], finding: str
) -> None:
    app = make_hw()
    case = next(
        r
        for r in app.store.case_rows(CaseFilter(), 0, 1000)
        if any(e.polarity == "development" for e in app.store.evidence_for_case(r.id))
    )
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        app.push_screen(CaseScreen(case.id))
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CaseScreen)
        notes = {e.id: e for e in screen.shown}
        table = screen.query_one("#case-evidence")
        rows = table_rows(table)  # type: ignore[arg-type]
        developments = [r for r, e in zip(rows, screen.shown, strict=True)
                        if e.polarity == "development"]  # fmt: skip
        assert developments and all(r[1] == finding for r in developments)
        await pilot.pause(0.1)  # the table sizes its columns when it next refreshes
        shown = screen_text(app)
        assert finding in shown, shown
        first = screen.shown[0]
        made = dt.date.fromisoformat(first.meta.created_at[:10])
        day = f"{made.day} {made:%b %Y}" if size[0] >= 110 else f"{made.day} {made:%b}"
        assert day in shown  # the last column is on screen: nothing scrolled off
        assert made.isoformat() not in shown and made.strftime("%m-%d") not in shown
        assert len(notes) == len(rows)
