"""Pilot tests: each of the inspector's flows, asserting what the screen shows and what
the store holds.

On the tiny fixed inspection (`make_small`) unless a test needs more: the hand-written
one (`make_hw`) where it needs three visited areas, the demo (`make_fw`) where it needs
more cases than a screen shows (paging)."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Input, Static, TextArea

from store.models import CaseFilter, area_order
from tests.tui.conftest import AppFactory
from tests.tui.helpers import (
    case_list,
    fw,
    new_evidence,
    open_case,
    paste,
    run_palette_command,
    settle,
    table_rows,
    top,
    widget_text,
    write_evidence,
)
from tui.app import FieldworkApp
from tui.modals.grade import GradeModal
from tui.modals.pick import PickModal
from tui.screens.case import CaseScreen
from tui.screens.case_list import CaseListScreen
from tui.screens.coverage import CoverageScreen
from tui.screens.evidence_editor import EvidenceEditorScreen
from tui.screens.help import HelpScreen
from tui.screens.home import HomeScreen
from tui.screens.search import SearchScreen
from tui.widgets.filter_chip import FilterChip
from tui.widgets.row_table import RowTable

SIZE = (120, 40)


@pytest.mark.asyncio
async def test_home_shows_who_i_am_and_escalations(make_small: AppFactory) -> None:
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        me = app.store.me()
        assert me is not None
        who = str(app.screen.query_one("#home-who", Static).render())
        assert me.name in who
        escalations = table_rows(app.screen.query_one("#home-escalation-table", DataTable))
        assert len(escalations) == len(app.store.escalations()) > 0
        areas = table_rows(app.screen.query_one("#home-areas", DataTable))
        assert {r[0] for r in areas} >= {a.code for a in app.store.areas(visited_only=True)}


@pytest.mark.asyncio
async def test_filter_choosers_narrow_the_case_list(make_hw: AppFactory) -> None:
    app = make_hw(start_screen="cases")
    async with app.run_test(size=SIZE) as pilot:
        screen, table = await case_list(pilot)
        area = app.store.areas(visited_only=True)[2]
        await pilot.press("a")  # the area chooser: type to narrow, Enter to choose
        await settle(pilot)
        assert isinstance(app.screen, PickModal)
        await paste(pilot, area.name.split()[0].lower())
        await pilot.press("enter")
        await settle(pilot)
        assert top(app) is screen and isinstance(screen, CaseListScreen)
        rows = table_rows(table)
        assert len(rows) == app.store.count_cases(CaseFilter(area_code=area.code)) > 0
        assert {r[5] for r in rows} == {area.code}
        chip = str(screen.query_one("#cases-area", FilterChip).render())
        assert area.name in chip
        await pilot.press("u", "down", "down", "enter")  # status: the second status
        await settle(pilot)
        status = screen.filter.status
        assert status is not None
        both = CaseFilter(area_code=area.code, status=status)
        assert table.row_count == app.store.count_cases(both)
        await pilot.press("u", "escape")  # Esc leaves the filter as it was
        await settle(pilot)
        assert screen.filter.status == status
        await pilot.press("x")
        await settle(pilot)
        total = app.store.count_cases()
        assert table.row_count == min(screen.loaded, total) and screen.total == total
        assert "any" in str(screen.query_one("#cases-area", FilterChip).render())


@pytest.mark.asyncio
async def test_a_click_on_a_header_sorts_and_a_double_click_opens(make_small: AppFactory) -> None:
    app = make_small(start_screen="cases")
    async with app.run_test(size=SIZE) as pilot:
        screen, table = await case_list(pilot)
        x = sum(c.width + 2 for c in table.columns[:5]) + 1  # inside the Area header
        await pilot.click(RowTable, offset=(x, 0))
        await settle(pilot)
        assert screen.filter.sort == "area"
        areas = [r[5] for r in table_rows(table)]
        assert areas == sorted(areas, key=area_order)
        await pilot.click(RowTable, offset=(x, 0))
        await settle(pilot)
        assert screen.filter.descending
        ref = table.get_row_at(3)[0]
        await pilot.click(RowTable, offset=(2, 4), times=2)
        await settle(pilot)
        assert isinstance(app.screen, CaseScreen)
        assert app.screen.case_id == app.store.case_by_ref(ref).id


@pytest.mark.asyncio
async def test_enter_on_an_area_shows_its_cases_and_back_keeps_the_filter(
    make_small: AppFactory,
) -> None:
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        areas = app.screen.query_one("#home-areas", DataTable)
        areas.move_cursor(row=0)  # Home starts on the user's own area: from the first
        await pilot.press("down", "enter")  # the second area in the table
        await settle(pilot)
        code = table_rows(areas)[1][0]
        screen = app.screen
        assert isinstance(screen, CaseListScreen)
        rows = table_rows(screen.query_one(RowTable))
        assert len(rows) == app.store.count_cases(CaseFilter(area_code=code)) > 0
        assert {r[5] for r in rows} == {code}
        await pilot.press("enter")  # open a case, then come back
        await settle(pilot)
        assert isinstance(app.screen, CaseScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert top(app) is screen
        assert {r[5] for r in table_rows(screen.query_one(RowTable))} == {code}


@pytest.mark.asyncio
async def test_case_list_pages_as_the_cursor_moves(make_fw: AppFactory) -> None:
    """On the demo: paging needs more cases than a screen shows."""
    app = make_fw(page_size=20, start_screen="cases")
    async with app.run_test(size=SIZE) as pilot:
        screen, table = await case_list(pilot)
        assert screen.total == app.store.count_cases() == 150
        first = table.row_count
        assert first % 20 == 0 and 20 <= first < 150  # a window's worth of pages, no more
        await pilot.press("ctrl+end")
        await settle(pilot)
        assert table.row_count > first
        for _ in range(10):
            await pilot.press("ctrl+end")
            await settle(pilot)
        assert table.row_count == 150
        refs = [r[0] for r in table_rows(table)]
        assert refs == sorted(refs)


@pytest.mark.asyncio
async def test_case_list_filters_and_sorts(make_hw: AppFactory) -> None:
    app = make_hw(start_screen="cases")
    app.store.set_me(app.store.find_inspector("NR").id)  # an inspector with cases
    async with app.run_test(size=SIZE) as pilot:
        screen, table = await case_list(pilot)
        # A team inspector's list opens on their own cases; x shows everyone's.
        mine = app.store.count_cases(CaseFilter(inspector_id=app.store.me_id))
        assert screen.filter.inspector_id == app.store.me_id and table.row_count == mine > 0
        await pilot.press("x")
        await settle(pilot)
        assert screen.filter.inspector_id is None and table.row_count == app.store.count_cases()
        some = app.store.case_rows(CaseFilter(), 7, 1)[0]
        await pilot.press("f", *some.ref[-4:], "down")  # Enter would open a lone match
        await settle(pilot)
        assert some.ref in [r[0] for r in table_rows(table)]
        assert table.row_count == app.store.count_cases(CaseFilter(text=some.ref[-4:]))
        await pilot.press("x", "m")
        await settle(pilot)
        mine = app.store.count_cases(CaseFilter(inspector_id=app.store.me_id))
        assert table.row_count == mine > 0
        await pilot.press("m", "s")
        await settle(pilot)
        assert screen.filter.sort == "area"
        areas = [r[5] for r in table_rows(table)]
        assert table.row_count == app.store.count_cases()
        assert areas[0] == app.store.case_rows(CaseFilter(sort="area"), 0, 1)[0].area_code


@pytest.mark.asyncio
async def test_add_evidence_with_the_keyboard(make_small: AppFactory) -> None:
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        case, before, _ = await new_evidence(pilot, "QP1", "The plan was reviewed within a week.")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert top(app) is case
        stored = app.store.evidence_for_case(case.case_id)
        assert len(stored) == before + 1
        new = [e for e in stored if e.text == "The plan was reviewed within a week."]
        assert new and new[0].criteria == ["QP1"] and new[0].source == "CASE_FILE"
        assert new[0].meta.created_by == app.store.me_id
        texts = [r[2] for r in table_rows(case.query_one("#case-evidence", DataTable))]
        assert "The plan was reviewed within a week." in texts
        assert app.store.drafts() == []


def worked_ref(app: FieldworkApp) -> str:
    """The first case (by reference) with evidence (the first may not be started)."""
    rows = app.store.case_rows(CaseFilter(), 0, 100)
    return next(r.ref for r in rows if r.evidence_count)


@pytest.mark.asyncio
async def test_edit_delete_undo_and_status_on_one_case(make_small: AppFactory) -> None:
    """Three flows on one worked case, in one run of the app (each leaves the case as the
    next one finds it: a status, a note deleted and restored, a note edited), each
    asserted as its own test did: the status is committed at once; d deletes the
    highlighted note and u brings it back; e edits it."""
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        case = await open_case(pilot, worked_ref(app))
        # The case's attributes are committed at once.
        target = "complete" if case.case and case.case.status != "complete" else "in-progress"
        case.query_one("#case-status").value = target  # type: ignore[attr-defined]
        await settle(pilot)
        assert app.store.case(case.case_id).status == target, "status"
        # Delete and undo the highlighted evidence.
        count = len(case.evidence)
        victim = case.current_evidence()
        assert victim is not None
        await pilot.press("d")
        await settle(pilot)
        ids = [e.id for e in app.store.evidence_for_case(case.case_id)]
        assert victim.id not in ids and len(ids) == count - 1, "delete"
        assert case.query_one("#case-evidence", DataTable).row_count == count - 1, "delete"
        await pilot.press("u")
        await settle(pilot)
        assert app.store.evidence(victim.id).text == victim.text, "undo"
        assert case.query_one("#case-evidence", DataTable).row_count == count, "undo"
        # Edit the highlighted evidence.
        first = case.current_evidence()
        assert first is not None
        await pilot.press("e")
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, EvidenceEditorScreen), "edit"
        assert editor.query_one("#editor-text", TextArea).text == first.text, "edit"
        assert not editor.dirty, "edit"
        await pilot.press("ctrl+t")
        await paste(pilot, " Checked again.")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert top(app) is case, "edit"
        assert app.store.evidence(first.id).text == first.text + " Checked again.", "edit"


@pytest.mark.asyncio
async def test_grade_a_criterion(make_small: AppFactory) -> None:
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        case = await open_case(pilot)
        await pilot.press("t")
        grid = case.query_one("#case-grading", DataTable)
        await pilot.press("down", "down")
        criterion = app.store.framework.criteria[2].id
        await pilot.press("g")
        await settle(pilot)
        assert isinstance(app.screen, GradeModal)
        await pilot.press("2")
        await pilot.press("ctrl+a", "ctrl+k")
        await paste(pilot, "Child's views well reported")
        await pilot.press("enter")
        await settle(pilot)
        assert top(app) is case
        grading = app.store.gradings_for_case(case.case_id)[criterion]
        assert grading.grade == "good" and grading.rationale == "Child's views well reported"
        row = table_rows(grid)[2]
        assert row[0] == criterion and row[1] == "Good"


@pytest.mark.asyncio
async def test_search_finds_evidence_and_opens_it_in_its_case(make_small: AppFactory) -> None:
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        word = app.store.all_evidence()[3].text.split()[0]
        await pilot.press("slash")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        await paste(pilot, word)
        await pilot.press("enter")
        await settle(pilot)
        search = app.screen
        assert isinstance(search, SearchScreen)
        hits = app.store.search(word)
        assert len(search.hits) == len(hits) > 0
        table = search.query_one(DataTable)
        assert table.row_count == len(hits)
        first_case_hit = next(i for i, h in enumerate(search.hits) if h.case_id)
        table.move_cursor(row=first_case_hit)
        await pilot.press("enter")
        await settle(pilot)
        case = app.screen
        assert isinstance(case, CaseScreen)
        hit = search.hits[first_case_hit]
        assert case.case_id == hit.case_id
        evidence_table = case.query_one("#case-evidence", DataTable)
        assert case.evidence[evidence_table.cursor_row].id == hit.evidence_id


@pytest.mark.asyncio
async def test_area_evidence_and_marking_an_escalation(make_small: AppFactory) -> None:
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        area = app.store.areas(visited_only=True)[0]
        await pilot.press("n")
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, EvidenceEditorScreen)
        editor.query_one("#editor-about").value = area.code  # type: ignore[attr-defined]
        editor.query_one("#editor-source").value = "INT_MANAGER"  # type: ignore[attr-defined]
        await write_evidence(pilot, "LG", "Managers know their teams well.")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        saved = [
            e
            for e in app.store.evidence_for_area(area.code, include_cases=False)
            if e.text == "Managers know their teams well."
        ]
        assert saved and saved[0].case_id is None and saved[0].source == "INT_MANAGER"
        # Mark the first open escalation as escalated.
        open_before = app.store.escalations()
        home = top(app)
        home.query_one("#home-escalation-table", DataTable).focus()
        await pilot.press("enter")
        await settle(pilot)
        marking = top(app)
        assert isinstance(marking, EvidenceEditorScreen)
        marking.query_one("#editor-escalated").value = True  # type: ignore[attr-defined]
        marking.query_one("#editor-escalation-note", Input).focus()
        await paste(pilot, "Told the head of service")
        await pilot.press("ctrl+s")
        await settle(pilot)
        done = app.store.evidence(open_before[0].id)
        assert done.escalation == "escalated"
        assert done.escalation_note == "Told the head of service"
        assert len(app.store.escalations()) == len(open_before) - 1
        rows = table_rows(home.query_one("#home-escalation-table", DataTable))
        assert len(rows) == max(1, len(open_before) - 1)


@pytest.mark.asyncio
async def test_coverage_help_and_theme(make_small: AppFactory) -> None:
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CoverageScreen)
        table = screen.query_one(DataTable)
        coverage = app.store.coverage()
        assert table.row_count == len(coverage.criteria)
        assert len(table.columns) == len(coverage.areas) + 3
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = widget_text(app.screen.query_one("#help-body"))
        assert "Save this evidence" in text and "Undo the last delete" in text
        await pilot.press("escape")
        dark = app.current_theme.dark
        app.action_toggle_light_dark()
        await pilot.pause()
        assert app.current_theme.dark is not dark


@pytest.mark.asyncio
async def test_one_line_adds_a_palette_entry(make_small: AppFactory) -> None:
    from tui.commands import COMMANDS, Command

    app = make_small()
    COMMANDS.append(Command("Help again", "A test entry", screen="tui.screens.help:HelpScreen"))
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            titles = [c.title for c in app.get_system_commands(app.screen)]
            assert titles.index("Help again") > titles.index("Coverage")
            assert "Undo delete" in titles
            await run_palette_command(pilot, "Help again")
            assert isinstance(app.screen, HelpScreen)
    finally:
        COMMANDS.pop()


@pytest.mark.asyncio
async def test_keymap_from_settings(make_small: AppFactory) -> None:
    app = make_small(keymap={"go-coverage": "ctrl+o"})
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert fw(pilot).current_mode == "coverage"
        await pilot.press("question_mark")  # the help lists the key as remapped
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        everywhere = widget_text(app.screen.query(".help-section").first())
        assert "ctrl+o" in everywhere and "Criteria against areas" in everywhere
        assert not any(line.split()[:1] == ["v"] for line in everywhere.splitlines())
