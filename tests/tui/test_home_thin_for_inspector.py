"""Tester 25, F4: a team inspector's Home listed the national leadership criteria (LG1,
LG2...) as "Criteria with thin evidence", though the lead collects those; the lead's
Home still lists them.  On the hand-written inspection, issued to its lead and to one of
its inspectors."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable

from store.store import Store
from tests.tui.conftest import _app_factory
from tests.tui.helpers import settle
from tui.screens.home import HomeScreen


async def _thin(db: Path) -> list[str]:
    make = next(_app_factory(db))
    app = make()
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        home = app.screen
        assert isinstance(home, HomeScreen)
        table = home.query_one("#home-thin", DataTable)
        return [str(table.get_row_at(i)[0]) for i in range(table.row_count)]


@pytest.mark.asyncio
async def test_only_the_lead_sees_national_leadership_criteria_as_thin(
    handwritten_db: Path, tmp_path: Path
) -> None:
    with Store.open(handwritten_db) as store:
        member = next(p for p in store.inspectors() if p.role == "team-inspector")
        store.issue(tmp_path / "member.db", member.id)
    lead = await _thin(handwritten_db)
    theirs = await _thin(tmp_path / "member.db")
    # The 2018 framework's criteria of the national leadership judgement only.
    national = {"LG1", "LG2", "LG3", "LG6", "LG7", "LG9", "LGN1", "LGN3",
                "LGS1", "LGS2", "LGS3", "LGS4", "LGS5", "LGS6"}  # fmt: skip
    assert national & set(lead), lead
    assert theirs and not national & set(theirs), theirs
