"""The home screen reminds an inspector that their cases with notes are still marked Not
started (tester 16, F5: "Your cases: 10 (10 not started ...)" after 37 notes, as if no
work had been done; the status is the inspector's to set, and Fieldwork never sets it).
On the tiny fixed inspection (tests/fixtures/snapshot)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from store.models import CaseFile, CaseFilter, Evidence
from store.store import Store
from tests.tui.helpers import settle
from tui.app import make_app
from tui.screens.home import HomeScreen
from tui.settings import Settings


def set_status(store: Store, case_id: str, status: str) -> None:
    """What the case screen's Status does."""
    c = store.case(case_id)
    store.put_case(CaseFile.model_validate({**c.model_dump(exclude={"meta"}), "status": status}),
                   case_id)  # fmt: skip


@pytest.mark.asyncio
async def test_cases_with_notes_still_not_started_are_named(snapshot_db: Path) -> None:
    store = Store.open(snapshot_db)
    try:
        mine = [r for r in store.case_rows(CaseFilter(), 0, 100) if r.inspector_id == store.me_id]
        case = mine[0]
        set_status(store, case.id, "not-started")
        store.put_evidence(Evidence(case_id=case.id, criteria=["QP1"], source="CASE_FILE",
                                    text="Letter to the child read; plain and warm."))  # fmt: skip
        app = make_app(store, Settings(start_screen="home"))
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            home = app.screen
            assert isinstance(home, HomeScreen)
            who = " ".join(str(home.query_one("#home-who", Static).render()).split())
            assert f"{case.ref} has notes but is still marked Not started" in who, who
            assert "set the Status on the case screen" in who
            set_status(store, case.id, "in-progress")
            store.put_evidence(Evidence(case_id=case.id, criteria=["QP1"], source="CASE_FILE",
                                        text="Second visit recorded."))  # fmt: skip
        assert store.home_summary().my_unmarked == []
    finally:
        store.close()
