"""The safeguarding concern wraps, so what senior managers will act on is read back whole
in an 80x24 terminal (tester 29, F14: a one-line box showed only the end of a
125-character concern).  On the hand-written inspection."""

from __future__ import annotations

import pytest
from textual.widgets import TextArea

from store.models import CaseFilter
from tests.tui.conftest import AppFactory
from tests.tui.helpers import paste, screen_text, settle
from tui.navigation import EditorContext
from tui.screens.evidence_editor import EvidenceEditorScreen

CONCERN = (
    "Mum's new partner has a caution for assault and the child says she is frightened at "
    "night; needs a manager's review before the next hearing."
)


@pytest.mark.asyncio
async def test_a_long_concern_is_shown_whole_at_80_columns(make_hw: AppFactory) -> None:
    app = make_hw()
    case = app.store.case(app.store.case_rows(CaseFilter(), 0, 1)[0].id)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.push_screen(EvidenceEditorScreen(EditorContext(case_id=case.id, case_ref=case.ref)))
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, EvidenceEditorScreen)
        editor.query_one("#editor-concern").value = True  # type: ignore[attr-defined]
        await pilot.pause()
        box = editor.query_one("#editor-safeguarding", TextArea)
        box.focus()
        await paste(pilot, CONCERN)
        await settle(pilot)
        box.scroll_visible()
        await settle(pilot)
        shown = " ".join(screen_text(app).split())
        assert box.text == CONCERN
        for words in ("Mum's new partner", "frightened at", "before the next hearing."):
            assert words in shown, shown
