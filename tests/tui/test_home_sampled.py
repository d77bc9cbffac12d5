"""Home counts only the cases the team works on (#17): a case on the organisation's list
that no sample drew and nobody holds is not "not started", nor is a case a substitute
replaced.  On an inspection written by hand in tests/team/test_held_everywhere.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

from store.store import Store
from tests.team.test_held_everywhere import build
from tests.tui.helpers import settle, table_rows
from tui.app import make_app
from tui.screens.home import HomeScreen
from tui.settings import Settings


@pytest.mark.asyncio
async def test_home_counts_the_sampled_and_held_cases_only(tmp_path: Path) -> None:
    db = tmp_path / "cumbria.db"
    build(db)  # 7 cases: 1 replaced, 2 only on the list, 4 worked on + Carys's listed case
    store = Store.open(db)
    try:
        app = make_app(store, Settings(start_screen="home"))
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            home = app.screen
            assert isinstance(home, HomeScreen)
            progress = " ".join(str(home.query_one("#home-progress", Static).render()).split())
            assert "The team's progress: 0 of 5 cases complete, 0 in progress" in progress
            assert "0 criteria graded · 5 not started" in progress, progress
            who = " ".join(str(home.query_one("#home-who", Static).render()).split())
            assert "the team's: 5." in who, who
            areas = table_rows(home.query_one("#home-areas", DataTable))
            (row,) = [r for r in areas if r[0] == "7"]
            assert row[3].split() == ["5", "0", "0"]  # team: not started, in progress, complete
    finally:
        store.close()
