"""The safeguarding concern wraps, so what senior managers will act on is read back whole
in an 80x24 terminal (tester 29, F14: a one-line box showed only the end of a
125-character concern).  On the hand-written inspection."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import TextArea

from store.models import CaseFilter
from tests.tui.conftest import AppFactory
from tests.tui.helpers import paste, screen_text, settle
from tui.app import FieldworkApp
from tui.navigation import EditorContext
from tui.screens.evidence_editor import EvidenceEditorScreen

CONCERN = (
    "Mum's new partner has a caution for assault and the child says she is frightened at "
    "night; needs a manager's review before the next hearing."
)


async def _into_view(pilot: Pilot[Any], box: TextArea) -> None:
    """Scroll the box into view, once the layout that shows it is done: on a loaded
    machine the first scroll could run before the ticked box was laid out (seen in
    four of eight runs side by side)."""
    for _ in range(20):
        box.scroll_visible(animate=False)
        await settle(pilot)
        if pilot.app.screen.region.contains_region(box.region):
            return
    raise AssertionError(f"{box.id} never came into view: {box.region}")


async def _shown(pilot: Pilot[Any], words: str) -> str:
    """The screen's words once `words` are among them: a box re-wraps a pasted text a
    few refreshes after it is laid out, which on a loaded machine can come after the
    workers have settled.  Bounded by a number of pauses, never a clock."""
    shown = ""
    for _ in range(40):
        shown = " ".join(screen_text(pilot.app).split())
        if words in shown:
            break
        await pilot.pause()
    return shown


async def _editor_with_concern(pilot: Pilot[Any]) -> EvidenceEditorScreen:
    """A new note's editor on the first case, its safeguarding concern ticked."""
    app = pilot.app
    assert isinstance(app, FieldworkApp)
    case = app.store.case(app.store.case_rows(CaseFilter(), 0, 1)[0].id)
    await settle(pilot)
    app.push_screen(EvidenceEditorScreen(EditorContext(case_id=case.id, case_ref=case.ref)))
    await settle(pilot)
    editor = app.screen
    assert isinstance(editor, EvidenceEditorScreen)
    editor.query_one("#editor-concern").value = True  # type: ignore[attr-defined]
    box = editor.query_one("#editor-safeguarding", TextArea)
    for _ in range(40):  # as a person would: the box is on the screen before they type
        await pilot.pause()
        if box.size.width > 0:
            break
    return editor


@pytest.mark.asyncio
async def test_a_long_concern_is_shown_whole_at_80_columns(make_hw: AppFactory) -> None:
    app = make_hw()
    async with app.run_test(size=(80, 24)) as pilot:
        editor = await _editor_with_concern(pilot)
        box = editor.query_one("#editor-safeguarding", TextArea)
        box.focus(scroll_visible=False)
        await paste(pilot, CONCERN)
        await settle(pilot)
        await _into_view(pilot, box)
        shown = await _shown(pilot, "frightened at")
        assert box.text == CONCERN
        for words in ("Mum's new partner", "frightened at", "before the next hearing."):
            assert words in shown, shown


LONGER = (
    "Stepfather's brother, who has a conviction for harming a child, has moved into the "
    "home; the school has seen bruising twice this term and no strategy discussion is on "
    "file. Needs a senior manager's review before Thursday's hearing."
)
WORDS = (
    "Nobody asked me where I want to live. I want to stay with my nan because it is quiet there."
)


@pytest.mark.asyncio
async def test_at_80x24_every_line_of_a_box_holds_text(make_hw: AppFactory) -> None:
    """Tester 29's re-test: at 80x24 two lines of the concern showed, and one of the
    child's words: the box's top and bottom edges took the rest."""
    app = make_hw()
    async with app.run_test(size=(80, 24)) as pilot:
        editor = await _editor_with_concern(pilot)
        for wid, text in (("#editor-child-words", WORDS), ("#editor-safeguarding", LONGER)):
            box = editor.query_one(wid, TextArea)
            box.focus(scroll_visible=False)
            await paste(pilot, text)
            await settle(pilot)
            box.move_cursor((0, 0))
            await _into_view(pilot, box)
            assert box.text == text
            assert box.content_region.height == box.outer_size.height, wid
        shown = await _shown(pilot, "Thursday's hearing.")
        for words in ("Nobody asked me", "because it is quiet there.", "Stepfather's brother",
                      "no strategy discussion", "Thursday's hearing."):  # fmt: skip
            assert words in shown, shown
