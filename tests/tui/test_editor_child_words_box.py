"""The child's-words box is for a case's note (tester 17, F5: a lead writing a note
about board papers was offered "The child's own words").  A national or area note shows
no such box, unless it holds words already, which stay in sight.  On the small fixed
inspection (area 8 is visited; A-101's child is 10-13)."""

from __future__ import annotations

import pytest
from textual.widgets import Select, TextArea

from store.models import Evidence
from tests.tui.conftest import AppFactory
from tests.tui.helpers import new_note, settle
from tui.navigation import NATIONAL, EditorContext
from tui.screens.evidence_editor import EvidenceEditorScreen

SIZE = (120, 40)
pytestmark = pytest.mark.asyncio


def _box_shown(editor: EvidenceEditorScreen) -> bool:
    box = editor.query_one("#editor-child-words", TextArea)
    label = editor.query_one("#editor-child-words-label")
    assert box.display == label.display
    return bool(box.display)


async def test_a_case_note_offers_the_childs_words(make_small: AppFactory) -> None:
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        _case, _before, editor = await new_note(pilot, "A-101")
        await settle(pilot)
        assert _box_shown(editor)


async def test_national_and_area_notes_offer_no_childs_words(make_small: AppFactory) -> None:
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        editor = EvidenceEditorScreen(EditorContext(area_code=NATIONAL))
        await app.push_screen(editor)
        await settle(pilot)
        assert not _box_shown(editor)
        editor.query_one("#editor-about", Select).value = "8"  # an area: no child either
        await settle(pilot)
        assert not _box_shown(editor)


async def test_an_area_note_holding_a_childs_words_keeps_them_in_sight(
    make_small: AppFactory,
) -> None:
    app = make_small()
    words = "I want to stay at my school."
    note = app.store.put_evidence(
        Evidence(area_code="8", criteria=["LG5"], source="CASE_FILE", polarity="strength",
                 text="Children's board minutes quote a young person.", child_words=words)
    )  # fmt: skip
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        editor = EvidenceEditorScreen(EditorContext(evidence_id=note, area_code="8"))
        await app.push_screen(editor)
        await settle(pilot)
        assert _box_shown(editor)
        assert editor.query_one("#editor-child-words", TextArea).text == words
