"""The evidence editor says, beside the child's words, when the case's child is too young
for the draft to quote (tester 13, F6: words typed on a 2-4-year-old's case were taken
without a question and silently left out of the draft).  On the small fixed inspection:
A-102's child is aged 0-1, A-101's 10-13."""

from __future__ import annotations

import pytest
from textual.widgets import Label, TextArea

from tests.tui.conftest import AppFactory
from tests.tui.helpers import new_note, settle

SIZE = (120, 40)
pytestmark = pytest.mark.asyncio


async def test_a_babys_case_says_its_words_are_not_quoted(make_small: AppFactory) -> None:
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        _case, _before, editor = await new_note(pilot, "A-102")
        await settle(pilot)
        label = str(editor.query_one("#editor-child-words-label", Label).render())
        assert "aged 0-1, not quoted in the draft" in label
        box = editor.query_one("#editor-child-words", TextArea)
        assert box.tooltip and "parent or carer" in str(box.tooltip)


async def test_an_older_childs_case_says_nothing_more(make_small: AppFactory) -> None:
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        _case, _before, editor = await new_note(pilot, "A-101")
        await settle(pilot)
        label = str(editor.query_one("#editor-child-words-label", Label).render())
        assert label == "The child's own words (as said)"
        assert editor.query_one("#editor-child-words", TextArea).tooltip is None
