"""Letters typed on after the evidence editor closes are the rest of a word, not the
case screen's one-letter commands (tester 26: "safeguarding" typed on after Escape left
an empty note set the evidence filter with `f` and opened the grade dialog with `g`; a
`d` deletes the highlighted note, an `e` opens it for the letters after it).  Once the
keys stop, the letters are commands again.  On the hand-written inspection."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable

from store.models import CaseFilter
from tests.tui.conftest import AppFactory
from tests.tui.helpers import settle
from tui.screens import base
from tui.screens.case import CaseScreen
from tui.screens.evidence_editor import EvidenceEditorScreen

SIZE = (120, 40)


@pytest.mark.asyncio
async def test_a_word_typed_on_after_escape_is_no_command(
    make_hw: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(base, "TYPED_ON", 1.5)  # room for a busy machine between keys
    app = make_hw()
    row = next(r for r in app.store.case_rows(CaseFilter(), 0, 100) if r.evidence_count >= 2)
    notes = len(app.store.evidence_for_case(row.id))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.push_screen(CaseScreen(row.id))
        await settle(pilot)
        case = app.screen
        assert isinstance(case, CaseScreen)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, EvidenceEditorScreen)
        await pilot.press("escape")  # an empty note: it closes without asking
        await settle(pilot)
        assert app.screen_stack[-1] is case
        await pilot.press(*"dog fed")  # the rest of a sentence: d, o, g, f, e, d
        await settle(pilot)
        assert app.screen_stack[-1] is case, app.screen  # no grade dialog, no editor
        assert len(app.store.evidence_for_case(row.id)) == notes  # nothing deleted
        table = case.query_one("#case-evidence", DataTable)
        assert table.row_count == notes  # no filter set
        assert any("not taken as commands" in n.message for n in app._notifications)
        await pilot.pause(1.6)  # the keys stopped: letters are commands again
        await pilot.press("d")
        await settle(pilot)
        assert len(app.store.evidence_for_case(row.id)) == notes - 1


@pytest.mark.asyncio
async def test_a_letter_alone_straight_after_saving_is_still_a_command(
    make_hw: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+S, then `n` for the next note at once: the `n` opens the editor."""
    monkeypatch.setattr(base, "TYPED_ON", 5.0)  # `n` is surely inside the window
    app = make_hw()
    row = next(r for r in app.store.case_rows(CaseFilter(), 0, 100) if r.evidence_count >= 1)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.push_screen(CaseScreen(row.id))
        await settle(pilot)
        case = app.screen
        await pilot.press("n")
        await settle(pilot)
        await pilot.press(*"safeguarding", "enter")
        await settle(pilot)
        await pilot.press("ctrl+f", "down", "enter")
        await settle(pilot)
        await pilot.press("ctrl+t", *"Checks were back before the first hearing.", "ctrl+s")
        await settle(pilot)
        assert app.screen_stack[-1] is case
        await pilot.press("n")
        await pilot.pause(base.HELD + 0.2)
        await settle(pilot)
        assert isinstance(app.screen, EvidenceEditorScreen), app.screen
        assert not any("not taken as commands" in n.message for n in app._notifications)
