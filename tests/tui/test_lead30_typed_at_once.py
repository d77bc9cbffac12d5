"""Keys typed at once after `n` or `e`, before the editor shows, go into the editor and
never run as the case screen's one-letter commands (tester 30, F6: on a busy laptop,
`n` then "QP11" opened an empty editor, and a note typed at once ran its `d`, `e` and
`n` on the case screen, stacking two editors).  On the six-case snapshot inspection."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from tests.tui.conftest import AppFactory
from tests.tui.helpers import open_case, settle
from tests.tui.test_tab_burst import burst
from tui.navigation import EditorContext
from tui.screens.case import CaseScreen
from tui.screens.evidence_editor import EvidenceEditorScreen


@pytest.mark.asyncio
async def test_letters_typed_at_once_after_n_reach_the_criteria_box(
    make_small: AppFactory,
) -> None:
    app = make_small()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        case = await open_case(pilot)
        notes = len(app.store.evidence_for_case(case.case_id))
        burst(app, "n", "Q", "P", "1", "1")  # one read of a busy terminal
        await settle(pilot)
        stack = app.screen_stack
        editors = [s for s in stack if isinstance(s, EvidenceEditorScreen)]
        assert len(editors) == 1, stack  # one editor, not two
        editor = editors[0]
        assert app.screen is editor
        assert editor.query_one("#criteria-search", Input).value == "QP11"
        assert isinstance(stack[-2], CaseScreen)
        assert len(app.store.evidence_for_case(case.case_id)) == notes  # nothing deleted


@pytest.mark.asyncio
async def test_a_note_typed_at_once_runs_no_command_of_the_case_screen(
    make_small: AppFactory,
) -> None:
    app = make_small()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        case = await open_case(pilot)
        before = app.store.evidence_for_case(case.case_id)
        burst(app, "n", *"dengfd")  # delete, edit, new, grade, filter: all letters
        await settle(pilot)
        editors = [s for s in app.screen_stack if isinstance(s, EvidenceEditorScreen)]
        assert len(editors) == 1 and app.screen is editors[0]
        assert editors[0].query_one("#criteria-search", Input).value == "dengfd"
        assert app.store.evidence_for_case(case.case_id) == before


@pytest.mark.asyncio
async def test_letters_arriving_as_the_editor_shows_reach_its_search_box(
    make_small: AppFactory,
) -> None:
    """In a real terminal the letters after `n` may arrive once the editor is on the
    screen but before its search box has the focus: they go to the box too."""
    app = make_small()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        case = await open_case(pilot)
        assert case.case is not None
        context = EditorContext(case_id=case.case_id, case_ref=case.case.ref)
        app.push_screen(EvidenceEditorScreen(context))
        burst(app, "Q", "P", "1", "1")  # before the editor's first frame
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, EvidenceEditorScreen)
        assert editor.query_one("#criteria-search", Input).value == "QP11"
