"""Tester 22's F5: on a loaded laptop (load 10-15), keys typed in one burst landed in the
wrong field or were lost: Ctrl+F, Down, Enter, Ctrl+T and a sentence left the Finding
list open and the sentence nowhere; Ctrl+F, Down, Enter from the text box put a newline
in the text; "QP8", Down and Space ticked another criterion.  A burst is what the
terminal hands the app when the app reads several keys at once: here every key is
posted to the app before any is handled (as the driver posts them), and what the
inspector would see afterwards is checked, then saved."""

from __future__ import annotations

from typing import Any

import pytest
from textual import events
from textual.app import App
from textual.widgets import Select, TextArea

from tests.tui.conftest import AppFactory
from tests.tui.helpers import fw, new_note, settle
from tui.widgets.criteria_picker import CriteriaPicker


def burst(app: App[Any], *keys: str) -> None:
    """Post `keys` to the app at once, as a terminal read delivers them: a one-letter
    key is that character; a named key ('down', 'ctrl+t', 'space') has its own."""
    for key in keys:
        if len(key) == 1:
            app.post_message(events.Key("space" if key == " " else key, key).set_sender(app))
        else:
            app.post_message(events.Key(key, " " if key == "space" else None).set_sender(app))


def typed(text: str) -> list[str]:
    """The keys that type `text`."""
    return list(text)


@pytest.mark.asyncio
async def test_a_burst_across_the_form_lands_where_it_was_typed(make_small: AppFactory) -> None:
    app = make_small()
    async with app.run_test(size=(120, 40)) as pilot:
        case, before, editor = await new_note(pilot)
        picker = editor.query_one(CriteriaPicker)
        # The criterion by its id, Down into the narrowed list, Space ticks it.
        burst(app, *typed("QP8"), "down", "space")
        await settle(pilot)
        assert picker.selected == ["QP8"]
        # The finding, and on to the text, in one go.
        burst(app, "ctrl+f", "down", "down", "enter", "ctrl+t", *typed("Seen alone at school."))
        await settle(pilot)
        assert editor.query_one("#editor-polarity", Select).value == "development"
        text = editor.query_one("#editor-text", TextArea)
        assert text.text == "Seen alone at school."
        assert app.focused is text
        # From the text box: the finding changed back, no newline in the text, and the
        # typing goes on at the end of the text.
        burst(app, "ctrl+f", "up", "enter", "ctrl+t", *typed(" Wishes recorded."))
        await settle(pilot)
        assert editor.query_one("#editor-polarity", Select).value == "strength"
        assert text.text == "Seen alone at school. Wishes recorded."
        # The source: Tab order aside, Enter opens its list and Enter chooses.
        source = editor.query_one("#editor-source", Select)
        editor.set_focus(source)
        burst(app, "enter", "down", "enter", "ctrl+t", *typed(" Plan shared."))
        await settle(pilot)
        assert source.value == fw(pilot).store.framework.sources[1].code
        assert text.text.endswith("Wishes recorded. Plan shared.")
        # Saved as typed.
        burst(app, "ctrl+s")
        await settle(pilot)
        saved = fw(pilot).store.evidence_for_case(case.case_id)
        assert len(saved) == before + 1
        written = "Seen alone at school. Wishes recorded. Plan shared."
        note = next(e for e in saved if e.text == written)
        assert note.polarity == "strength" and note.criteria == ["QP8"]


@pytest.mark.asyncio
async def test_enter_in_the_search_then_a_jump_ticks_the_criterion(make_small: AppFactory) -> None:
    app = make_small()
    async with app.run_test(size=(120, 40)) as pilot:
        _, _, editor = await new_note(pilot)
        burst(app, *typed("QP8"), "enter", "ctrl+t", *typed("Plan reviewed."))
        await settle(pilot)
        assert editor.query_one(CriteriaPicker).selected == ["QP8"]
        assert editor.query_one("#editor-text", TextArea).text == "Plan reviewed."
