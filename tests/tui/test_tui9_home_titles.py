"""Titles name what people know (the case reference, the area), never an internal id;
Home's "New area evidence" is about the area the lead chose, and the editor's heading
follows its About choice; unticked boxes look empty in every dialog (tester 9)."""

from __future__ import annotations

import re

import pytest
from textual.widgets import DataTable, Select, Static

from tests.tui.conftest import AppFactory
from tests.tui.helpers import run_palette_command, settle, table_rows, top
from tui.modals.export import ExportDialog
from tui.screens.evidence_editor import EvidenceEditorScreen
from tui.screens.home import HomeScreen
from tui.widgets.tick_box import TickBox

INTERNAL_ID = re.compile(r"\b[0-9a-f]{8}\b")


def heading(editor: EvidenceEditorScreen) -> str:
    return str(editor.query_one("#editor-title", Static).render())


@pytest.mark.asyncio
async def test_an_escalation_opened_from_home_is_titled_by_its_case_reference(
    make_hw: AppFactory,
) -> None:
    app = make_hw()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        home = app.screen
        assert isinstance(home, HomeScreen)
        table = home.query_one("#home-escalation-table", DataTable)
        ((ref, _concern),) = table_rows(table)  # the hand-written inspection's one
        table.focus()
        await pilot.press("enter")
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, EvidenceEditorScreen)
        assert editor.sub_title == f"Case {ref}"  # the window title
        assert f"Edit evidence · Case {ref}" in heading(editor)
        assert not INTERNAL_ID.search(editor.sub_title + heading(editor))


@pytest.mark.asyncio
async def test_new_area_evidence_follows_the_table_in_view_and_about(
    make_hw: AppFactory,
) -> None:
    app = make_hw()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        home = app.screen
        assert isinstance(home, HomeScreen)
        areas = home.query_one("#home-areas", DataTable)
        codes = [row[0] for row in table_rows(areas)]
        assert len(codes) >= 3
        assert app.focused is areas
        areas.move_cursor(row=0)  # Home starts on the user's own area: from the first
        await pilot.press("down", "down")
        await pilot.press("n")
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, EvidenceEditorScreen)
        assert f"New evidence · Area {codes[2]}" in heading(editor)
        assert editor.sub_title == f"Area {codes[2]}"
        about: Select[str] = editor.query_one("#editor-about", Select)
        about.value = codes[0]  # the lead changes About
        await settle(pilot)
        assert f"New evidence · Area {codes[0]}" in heading(editor)
        assert f"Area {codes[2]}" not in heading(editor)
        assert editor.sub_title == f"Area {codes[0]}"
        editor.query_one("#editor-text").focus()
        await pilot.press(*"Duty rota seen")
        form = editor.form()
        assert form["about"] == codes[0] and form["text"] == "Duty rota seen"


@pytest.mark.asyncio
async def test_only_the_focused_home_table_shows_a_highlighted_row(make_hw: AppFactory) -> None:
    """After an escalation was opened and closed, the focus is back on the escalations:
    the areas table no longer looks chosen, so Down is seen to move the escalations."""
    app = make_hw()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        home = app.screen
        assert isinstance(home, HomeScreen)
        areas = home.query_one("#home-areas", DataTable)
        escalations = home.query_one("#home-escalation-table", DataTable)
        cursor = areas.get_component_rich_style("datatable--cursor")
        assert cursor.bgcolor is not None  # focused: its row is lit
        escalations.focus()
        await pilot.pause()
        blurred = areas.get_component_rich_style("datatable--cursor")
        lit = escalations.get_component_rich_style("datatable--cursor")
        plain = areas.get_component_rich_style("datatable--odd-row")
        assert blurred.bgcolor != cursor.bgcolor and lit.bgcolor == cursor.bgcolor
        assert blurred.bgcolor in (None, plain.bgcolor, areas.rich_style.bgcolor)


@pytest.mark.asyncio
@pytest.mark.parametrize("plain", [False, True])
async def test_export_dialog_unticked_boxes_are_empty(make_hw: AppFactory, plain: bool) -> None:
    app = make_hw(plain=plain)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await run_palette_command(pilot, "Export to Word")
        dialog = top(app)
        assert isinstance(dialog, ExportDialog)
        boxes = {b.id: b for b in dialog.query(TickBox)}
        assert set(boxes) == {"export-comments", "export-allow", "export-allow-conflicts"}
        assert "▐X▌" in str(boxes["export-comments"].render())  # ticked by default
        for name in ("export-allow", "export-allow-conflicts"):
            assert "▐ ▌" in str(boxes[name].render()), name
        boxes["export-allow"].value = True
        assert "▐X▌" in str(boxes["export-allow"].render())


@pytest.mark.asyncio
async def test_an_area_note_opened_by_itself_stays_about_its_area(make_hw: AppFactory) -> None:
    """An area's note opened without its case or area (as search and the export dialog
    open it): About shows its area, the titles say so, and an edit saved keeps it there
    (About showed the national organisation, and saving moved the note there)."""
    from tui.navigation import EditorContext, OpenEditor

    app = make_hw()
    notes = [e for e in app.store.all_evidence() if e.area_code and not e.case_id]
    assert notes
    ev = notes[0]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.post_message(OpenEditor(EditorContext(evidence_id=ev.id)))
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, EvidenceEditorScreen)
        assert editor.query_one("#editor-about", Select).value == ev.area_code
        assert f"Edit evidence · Area {ev.area_code}" in heading(editor)
        assert editor.sub_title == f"Area {ev.area_code}"
        editor.query_one("#editor-text").focus()
        await pilot.press(*"Seen again. ")
        await pilot.press("ctrl+s")
        await settle(pilot)
        saved = app.store.evidence(ev.id)
        assert saved.area_code == ev.area_code and saved.text == "Seen again. " + ev.text
