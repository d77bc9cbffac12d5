"""The lead's rarer actions, reached from the command palette: assign cases; and quitting
with unsaved judgement changes asks first.  Conflicts and the merge log are opened from
the palette in tests/tui/test_lead_snapshots.py (on a merged master, with what they show)."""

from __future__ import annotations

import pytest
from textual.widgets import Select

from store.models import CaseFilter
from tests.tui.conftest import AppFactory
from tests.tui.helpers import open_case, paste, run_palette_command, settle, top
from tui.modals.assign import AssignDialog
from tui.modals.confirm import ConfirmModal
from tui.screens.judgements import JudgementsScreen

SIZE = (120, 40)


@pytest.mark.asyncio
async def test_assign_a_whole_area_then_this_case_from_the_palette(make_small: AppFactory) -> None:
    """Both of the dialog's scopes in one run of the app: area 8 to the lead, then the
    case opened to someone who does not hold it (whoever holds it after the first)."""
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        lead = app.store.me()
        assert lead is not None
        await run_palette_command(pilot, "Assign cases")
        dialog = top(app)
        assert isinstance(dialog, AssignDialog), "whole area"
        dialog.query_one("#assign-inspector", Select).value = lead.id
        dialog.query_one("#assign-scope", Select).value = "8"
        await pilot.press("ctrl+s")
        await settle(pilot)
        asked = top(app)
        count = app.store.count_cases(CaseFilter(area_code="8"))
        assert isinstance(asked, ConfirmModal), "whole area"
        assert f"Give {count} cases (every case in area 8)" in asked.question
        await pilot.press("y")
        await settle(pilot)
        rows = app.store.case_rows(CaseFilter(area_code="8"), 0, 1000)
        assert rows and all(r.inspector_id == lead.id for r in rows), "whole area"
        # This case.
        case_screen = await open_case(pilot)
        case_id = case_screen.case_id
        target = next(
            p for p in app.store.inspectors() if p.id != app.store.case(case_id).inspector_id
        )
        await run_palette_command(pilot, "Assign cases")
        dialog = top(app)
        assert isinstance(dialog, AssignDialog), "this case"
        dialog.query_one("#assign-inspector", Select).value = target.id
        assert dialog.query_one("#assign-scope", Select).value == "__this_case__", "this case"
        await pilot.press("ctrl+s")
        await settle(pilot)
        asked = top(app)
        assert isinstance(asked, ConfirmModal) and "Give 1 case" in asked.question, "this case"
        await pilot.press("y")
        await settle(pilot)
        assert app.store.case(case_id).inspector_id == target.id, "this case"
        assert not isinstance(top(app), AssignDialog), "this case"


@pytest.mark.asyncio
async def test_quit_with_unsaved_judgement_asks_first(make_small: AppFactory) -> None:
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.push_screen(JudgementsScreen())
        await settle(pilot)
        screen = top(app)
        assert isinstance(screen, JudgementsScreen)
        await pilot.press("ctrl+t")
        await paste(pilot, "Draft view")
        await settle(pilot)
        assert screen.dirty
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert isinstance(top(app), ConfirmModal)
        assert app.is_running
