"""Keys typed in a burst straight after Tab land in the field Tab moved to (#17), never in
the field it left (`tui/widgets/tab_focus.py`).

A burst is posted to the app all at once, as one read from a busy terminal delivers it
(Textual hands every key to the widget focused when the app reads it); `pilot.press`
waits for the app between keys, so it is checked too but does not show the fault."""

from __future__ import annotations

from typing import Any

import pytest
from textual import events
from textual.app import App
from textual.widgets import TextArea

from tests.tui.conftest import AppFactory
from tests.tui.helpers import new_note, settle, write_evidence
from tui.screens.evidence_editor import EvidenceEditorScreen


def burst(app: App[Any], *keys: str) -> None:
    """Post `keys` to the app at once, as the terminal sends them."""
    for key in keys:
        character = {"tab": "\t", "space": " "}.get(key, key if len(key) == 1 else None)
        app.post_message(events.Key(key, character).set_sender(app))


async def _editor(make_small: AppFactory, pilot: Any) -> EvidenceEditorScreen:
    _, _, editor = await new_note(pilot)
    await write_evidence(pilot, "QP1", "Read the file.")
    assert editor.focused is editor.query_one("#editor-text", TextArea)
    return editor


@pytest.mark.asyncio
async def test_a_burst_after_tab_goes_to_the_child_s_words(make_small: AppFactory) -> None:
    app = make_small()
    async with app.run_test(size=(120, 40)) as pilot:
        editor = await _editor(make_small, pilot)
        text = editor.query_one("#editor-text", TextArea)
        words = editor.query_one("#editor-child-words", TextArea)
        burst(app, "tab", "I", "space", "l", "i", "k", "e")
        await settle(pilot)
        assert editor.focused is words
        assert (text.text, words.text) == ("Read the file.", "I like")
        # Shift+Tab back, and typing at once, continues the note's text.
        burst(app, "shift+tab", "end", "space", "o", "k")
        await settle(pilot)
        assert editor.focused is text
        assert (text.text, words.text) == ("Read the file. ok", "I like")
        # Keys pressed one by one (the app idle between them) go where they did before.
        await pilot.press("tab", "a", "b", "c")
        await settle(pilot)
        assert (text.text, words.text) == ("Read the file. ok", "I likeabc")


@pytest.mark.asyncio
async def test_a_burst_after_tab_leaves_the_safeguarding_note_alone(
    make_small: AppFactory,
) -> None:
    """From the concern's one-line note, Tab and what follows leave the note as it was."""
    app = make_small()
    async with app.run_test(size=(120, 40)) as pilot:
        editor = await _editor(make_small, pilot)
        note = editor.query_one("#editor-safeguarding", TextArea)
        note.disabled = False
        editor.set_focus(note)
        await settle(pilot)
        burst(app, "x", "tab", "y", "z")
        await settle(pilot)
        assert note.text == "x"
        assert editor.focused is not note
