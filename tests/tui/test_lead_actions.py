"""The lead's actions on the hand-written inspection: assign starts from the highlighted
case, says how many cases and whose they are, and asks; a team inspector is told the
lead-only actions are the lead's, and nothing changes.  Reading a note without editing
it, and sorting and filtering the evidence list."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import DataTable, Select, Static

from store.models import CaseFilter
from tests.tui.conftest import AppFactory
from tests.tui.helpers import run_palette_command, settle, top
from tui.modals.assign import AssignDialog
from tui.modals.confirm import ConfirmModal
from tui.modals.note_view import NoteView
from tui.screens.case import CaseScreen
from tui.screens.case_list import CaseListScreen
from tui.screens.evidence_editor import EvidenceEditorScreen
from tui.widgets.row_table import RowTable

SIZE = (120, 40)


@pytest.mark.asyncio
async def test_assign_from_the_case_list_starts_from_the_highlighted_case_and_asks(
    make_hw: AppFactory,
) -> None:
    app = make_hw(start_screen="cases")
    rows = app.store.case_rows(CaseFilter(), 0, 1000)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CaseListScreen)
        screen.query_one(RowTable).move_cursor(row=3)
        await settle(pilot)
        chosen = rows[3]
        target = next(p for p in app.store.inspectors() if p.id != chosen.inspector_id)
        await run_palette_command(pilot, "Assign cases")
        dialog = top(app)
        assert isinstance(dialog, AssignDialog)
        assert dialog.case_ref == chosen.ref
        assert dialog.query_one("#assign-scope", Select).value == "__this_case__"
        # The whole area instead: the question gives the count and whose they are now.
        area = chosen.area_code
        in_area = app.store.case_rows(CaseFilter(area_code=area), 0, 1000)
        others = sum(1 for r in in_area if r.inspector_id and r.inspector_id != target.id)
        dialog.query_one("#assign-inspector", Select).value = target.id
        dialog.query_one("#assign-scope", Select).value = area
        await pilot.press("ctrl+s")
        await settle(pilot)
        asked = top(app)
        assert isinstance(asked, ConfirmModal)
        assert f"Give {len(in_area)} cases (every case in area {area}) to {target.name}?" in (
            asked.question
        )
        assert f"{others} of them" in asked.question
        await pilot.press("n")  # nothing changes
        await settle(pilot)
        assert [
            r.inspector_id for r in app.store.case_rows(CaseFilter(area_code=area), 0, 1000)
        ] == [r.inspector_id for r in in_area]
        await run_palette_command(pilot, "Assign cases")
        dialog = top(app)
        assert isinstance(dialog, AssignDialog)
        dialog.query_one("#assign-inspector", Select).value = target.id
        await pilot.press("ctrl+s")
        await settle(pilot)
        asked = top(app)
        assert isinstance(asked, ConfirmModal) and "Give 1 case" in asked.question
        await pilot.press("y")
        await settle(pilot)
        assert app.store.case(chosen.id).inspector_id == target.id
        others_now = [r for r in app.store.case_rows(CaseFilter(area_code=area), 0, 1000)]
        assert sum(1 for r in others_now if r.inspector_id == target.id) == 1 + sum(
            1 for r in in_area if r.inspector_id == target.id and r.id != chosen.id
        )


@pytest.mark.asyncio
async def test_a_team_inspector_is_told_lead_actions_are_the_leads(make_hw: AppFactory) -> None:
    app = make_hw()
    team = next(p for p in app.store.inspectors() if p.role == "team-inspector")
    app.store.set_me(team.id)
    before = [(r.id, r.inspector_id) for r in app.store.case_rows(CaseFilter(), 0, 1000)]
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        commands = {c.title: c.help for c in app.get_system_commands(app.screen)}
        for title in ("Judgements", "Export to Word…", "Assign cases…"):
            assert commands[title].endswith("(the lead and deputies only)")
        for title in ("Assign cases", "Judgements", "Export to Word"):
            await run_palette_command(pilot, title)
            assert not isinstance(top(app), AssignDialog | ConfirmModal)
            assert type(top(app)).__name__ == "HomeScreen"
    assert [(r.id, r.inspector_id) for r in app.store.case_rows(CaseFilter(), 0, 1000)] == before


@pytest.mark.asyncio
async def test_enter_reads_a_note_and_e_edits_it(make_hw: AppFactory) -> None:
    app = make_hw()
    row = max(
        app.store.case_rows(CaseFilter(), 0, 1000),
        key=lambda r: len(app.store.evidence_for_case(r.id)),
    )
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.push_screen(CaseScreen(row.id))
        await settle(pilot)
        case = app.screen
        assert isinstance(case, CaseScreen)
        note = case.shown[0]
        await pilot.press("enter")
        await settle(pilot)
        view = top(app)
        assert isinstance(view, NoteView)
        text = " ".join(str(view.query_one("#note-text", Static).render()).split())
        assert " ".join(note.text.split()) in text
        author = app.store.display_name(note.meta.created_by)
        assert f"Written by {author} on {note.meta.created_at[:10]}" in text
        for criterion in note.criteria:
            assert criterion in text
        if note.child_words:
            assert " ".join(note.child_words.split()) in text
        await pilot.press("e")
        await settle(pilot)
        editor = top(app)
        assert isinstance(editor, EvidenceEditorScreen)
        assert editor.context.evidence_id == note.meta.id


@pytest.mark.asyncio
async def test_evidence_list_sorts_and_filters(make_hw: AppFactory) -> None:
    app = make_hw()
    row = max(
        app.store.case_rows(CaseFilter(), 0, 1000),
        key=lambda r: (
            len({e.polarity for e in app.store.evidence_for_case(r.id)}) * 100
            + len(app.store.evidence_for_case(r.id))
        ),
    )
    notes = app.store.evidence_for_case(row.id)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.push_screen(CaseScreen(row.id))
        await settle(pilot)
        case = app.screen
        assert isinstance(case, CaseScreen)
        table = case.query_one("#case-evidence", DataTable)
        assert table.row_count == len(notes)
        initials = {p.id: p.initials for p in app.store.inspectors()}
        first = case.shown[0]
        assert str(table.get_row_at(0)[5]) == initials[first.meta.created_by]
        made = dt.date.fromisoformat(first.meta.created_at[:10])
        assert str(table.get_row_at(0)[6]) == f"{made.day} {made:%b %Y}"  # as English is read
        await pilot.press("o")  # newest first
        await settle(pilot)
        stamps = [e.meta.updated_at for e in case.shown]
        assert stamps == sorted(stamps, reverse=True)
        await pilot.press("f")  # strengths only
        await settle(pilot)
        strengths = [e for e in notes if e.polarity == "strength"]
        assert table.row_count == len(strengths) > 0
        assert {e.polarity for e in case.shown} == {"strength"}
        await pilot.press("f")  # areas for development
        await settle(pilot)
        assert {e.polarity for e in case.shown} <= {"development"}
        assert table.row_count == sum(1 for e in notes if e.polarity == "development")
