"""Undo delete survives leaving the case (#17): `u` in a case restores my newest
deletion there from the store, after leaving and coming back or after a restart; the
list of my deleted evidence restores any of them from anywhere.

On the hand-written inspection."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, OptionList

from store.models import CaseFilter
from store.store import Store
from tests.tui.conftest import AppFactory
from tests.tui.helpers import settle, toasts, top
from tui.app import make_app
from tui.modals.deleted import DeletedEvidenceModal, offer_deleted
from tui.screens.case import CaseScreen
from tui.screens.home import HomeScreen
from tui.settings import Settings

SIZE = (120, 40)


def _case_with_notes(store: Store, at_least: int = 2) -> str:
    for row in store.case_rows(CaseFilter(), 0, 1000):
        if len(store.evidence_for_case(row.id)) >= at_least:
            return row.id
    raise AssertionError("the hand-written inspection has a case with two notes")


@pytest.mark.asyncio
async def test_u_restores_a_delete_after_leaving_the_case(make_hw: AppFactory) -> None:
    app = make_hw()
    case_id = _case_with_notes(app.store)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        app.push_screen(CaseScreen(case_id))
        await settle(pilot)
        case = top(app)
        assert isinstance(case, CaseScreen)
        first, second = case.shown[0], case.shown[1]
        await pilot.press("d")  # the first note
        await settle(pilot)
        await pilot.press("d")  # then the second (now first in the list)
        await settle(pilot)
        assert {first.id, second.id}.isdisjoint(e.id for e in app.store.evidence_for_case(case_id))
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(top(app), CaseScreen)
        # Come back: u restores the newest deletion, then the one before.
        app.push_screen(CaseScreen(case_id))
        await settle(pilot)
        again = top(app)
        assert isinstance(again, CaseScreen)
        await pilot.press("u")
        await settle(pilot)
        live = {e.id for e in app.store.evidence_for_case(case_id)}
        assert second.id in live and first.id not in live
        await pilot.press("u")
        await settle(pilot)
        assert first.id in {e.id for e in app.store.evidence_for_case(case_id)}
        assert again.query_one("#case-evidence", DataTable).row_count == len(again.evidence)
        await pilot.press("u")
        await settle(pilot)
        assert any("Nothing deleted in this case" in t for t in toasts(app))


@pytest.mark.asyncio
async def test_u_restores_a_delete_made_before_a_restart(handwritten_db: Path) -> None:
    with Store.open(handwritten_db) as store:
        case_id = _case_with_notes(store)
        victim = store.evidence_for_case(case_id)[0]
        store.delete_evidence(victim.id)
    store = Store.open(handwritten_db)
    try:
        app = make_app(store, Settings(autosave_seconds=0.1))
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            app.push_screen(CaseScreen(case_id))
            await settle(pilot)
            await pilot.press("u")
            await settle(pilot)
            assert store.evidence(victim.id).text == victim.text
    finally:
        store.close()


@pytest.mark.asyncio
async def test_the_deleted_list_restores_from_anywhere(make_hw: AppFactory) -> None:
    app = make_hw()
    store = app.store
    case_id = _case_with_notes(store)
    notes = store.evidence_for_case(case_id)[:2]
    for note in notes:
        store.delete_evidence(note.id)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(top(app), HomeScreen)
        offer_deleted(app)
        await settle(pilot)
        modal = top(app)
        assert isinstance(modal, DeletedEvidenceModal)
        options = modal.query_one(OptionList)
        assert options.option_count == 2
        ref = store.case(case_id).ref
        newest = str(options.get_option_at_index(0).prompt)
        assert newest.startswith(ref) and " ".join(notes[1].text.split())[:30] in newest
        await pilot.press("down", "enter")  # the older one
        await settle(pilot)
        assert isinstance(top(app), HomeScreen)
        live = {e.id for e in store.evidence_for_case(case_id)}
        assert notes[0].id in live and notes[1].id not in live
        offer_deleted(app)
        await settle(pilot)
        modal = top(app)
        assert isinstance(modal, DeletedEvidenceModal)
        assert modal.query_one(OptionList).option_count == 1
