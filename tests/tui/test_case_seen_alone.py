"""A child seen alone was seen (tester 32, F14): "Seen alone: yes" was kept beside
"Child seen: unknown".  Choosing it in the case screen's header sets "Child seen: yes"
with it, and "Child seen: no" takes back a "Seen alone: yes".  On the hand-written
inspection."""

from __future__ import annotations

import pytest
from textual.widgets import Select

from store.models import CaseFile, CaseFilter
from tests.tui.conftest import AppFactory
from tests.tui.helpers import settle, widget_text
from tui.screens.case import CaseScreen


@pytest.mark.asyncio
async def test_seen_alone_yes_records_the_child_as_seen(make_hw: AppFactory) -> None:
    app = make_hw()
    store = app.store
    row = store.case_rows(CaseFilter(), 0, 1)[0]
    case = store.case(row.id)
    fields = case.model_dump(exclude={"meta"})
    store.put_case(CaseFile.model_validate({**fields, "child_seen": None,
                                            "seen_alone": "unknown"}), row.id)  # fmt: skip
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.push_screen(CaseScreen(row.id))
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CaseScreen)
        for chosen, value, then in (
            ("#case-seen-alone", "yes", {"child_seen": True, "seen_alone": "yes"}),
            ("#case-seen", "no", {"child_seen": False, "seen_alone": "unknown"}),
        ):
            screen.query_one(chosen, Select).value = value
            await settle(pilot)
            await app.workers.wait_for_complete()
            now = store.case(row.id)
            assert {"child_seen": now.child_seen, "seen_alone": now.seen_alone} == then
            shown = {"#case-seen": "yes" if now.child_seen else "no",
                     "#case-seen-alone": now.seen_alone}  # fmt: skip
            for wid, said in shown.items():
                assert screen.query_one(wid, Select).value == said  # the other one followed


@pytest.mark.asyncio
async def test_the_help_says_how_to_reach_the_status_and_its_keys_do(make_hw: AppFactory) -> None:
    """Tester 32's F14: the case screen's help named no key for the header's choices.
    Its section now says Tab from the evidence reaches them; following it with real keys
    sets the status."""
    app = make_hw()
    store = app.store
    row = next(r for r in store.case_rows(CaseFilter(), 0, 100) if r.status == "not-started")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.push_screen(CaseScreen(row.id))
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
        said = " ".join(widget_text(app.screen.query_one("#help-CaseScreen")).split())
        assert "status" in said and "Tab from the evidence" in said
        await pilot.press("escape")
        await settle(pilot)
        assert app.focused is not None and app.focused.id == "case-evidence"
        await pilot.press("tab", "tab")  # stage, then status, as the help says
        await settle(pilot)
        assert app.focused is not None and app.focused.id == "case-status"
        await pilot.press("enter", "down", "enter")  # Not started -> In progress
        await settle(pilot)
        await app.workers.wait_for_complete()
        assert store.case(row.id).status == "in-progress"
