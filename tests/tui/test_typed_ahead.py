"""Keys typed ahead of a focus change reach the widget focused now, exactly as typed
(`tui/widgets/typed_ahead.py`).

The keys are posted to the app all at once, as one read from a busy terminal delivers
them: Textual hands them all to the widget focused when they arrive, before that widget
has handled the first one (which moves the focus)."""

from __future__ import annotations

from typing import Any

import pytest
from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Static

from tests.tui.conftest import AppFactory
from tests.tui.helpers import settle, top
from tests.tui.test_inspector_day import SIZE, _case_with_ungraded_evidence, _grade_dialog, _open
from tui.modals.grade import GradeModal
from tui.widgets.typed_ahead import handle_typed_ahead


class Gate(Static, can_focus=True):
    """A focusable line before a text box: Enter moves the focus to the box at once;
    keys that reached the gate after that are sent on."""

    def __init__(self) -> None:
        super().__init__("Press Enter to write")
        self.sent_on: list[str] = []

    def on_key(self, event: events.Key) -> None:
        if handle_typed_ahead(self, event):
            self.sent_on.append(event.key)
            return
        if event.key == "enter":
            event.stop()
            self.screen.set_focus(self.screen.query_one(Input))


class GateApp(App[None]):
    """A gate, a text box in a box, and Ctrl+S (an app binding) that records what the
    text box holds."""

    BINDINGS = [Binding("ctrl+s", "save", "Save", id="save")]

    def __init__(self) -> None:
        super().__init__()
        self.saved: list[str] = []

    def compose(self) -> ComposeResult:
        yield Gate()
        with Vertical():
            yield Input(id="box")

    def on_mount(self) -> None:
        self.set_focus(self.query_one(Gate))

    def action_save(self) -> None:
        self.saved.append(self.query_one(Input).value)


def type_at_once(app: App[Any], *keys: tuple[str, str | None]) -> None:
    """Keys from the terminal in one read: each posted to the app, the app as sender."""
    for key, character in keys:
        app.post_message(events.Key(key, character).set_sender(app))


@pytest.mark.asyncio
async def test_keys_typed_after_a_focus_move_reach_the_new_focus_and_the_bindings() -> None:
    app = GateApp()
    async with app.run_test() as pilot:
        await pilot.pause()
        gate = app.query_one(Gate)
        type_at_once(
            app,
            ("enter", None),
            ("N", "N"),
            ("o", "o"),
            ("space", " "),
            ("é", "é"),
            ("ctrl+s", None),
        )
        await settle(pilot)
        box = app.query_one(Input)
        assert app.focused is box
        # Typed ahead, sent on by the gate: each character as typed, in order (a Space
        # is a space, not lost as a key name) ...
        assert gate.sent_on == ["N", "o", "space", "é", "ctrl+s"]
        assert box.value == "No é"
        # ... and Ctrl+S, which the box does not handle, bubbles up to the app's binding.
        assert app.saved == ["No é"]


@pytest.mark.asyncio
async def test_a_key_bubbling_up_from_inside_is_not_sent_round_again() -> None:
    """A focusable box around a text box: Ctrl+S typed in the text box bubbles up
    through the box to the app's binding once; the box does not send it on again (it
    would come back up to the box for ever)."""

    class Box(Vertical, can_focus=True):
        def compose(self) -> ComposeResult:
            yield Input(id="box")

        def on_key(self, event: events.Key) -> None:
            assert not handle_typed_ahead(self, event)

    class BoxApp(App[None]):
        BINDINGS = [Binding("ctrl+s", "save", "Save", id="save")]

        def __init__(self) -> None:
            super().__init__()
            self.saved: list[str] = []

        def compose(self) -> ComposeResult:
            yield Box()

        def on_mount(self) -> None:
            self.set_focus(self.query_one(Input))

        def action_save(self) -> None:
            self.saved.append(self.query_one(Input).value)

    app = BoxApp()
    async with app.run_test() as pilot:
        await pilot.press("o", "k", "ctrl+s")
        await settle(pilot)
        assert app.saved == ["ok"]


@pytest.mark.asyncio
async def test_a_grade_digit_then_words_and_enter_typed_at_once(make_hw: AppFactory) -> None:
    """In the grade dialog: a digit picks the grade and moves to the rationale; the words
    and the Enter typed with it land in the rationale and save, as typed."""
    app = make_hw()
    case_id, criterion = _case_with_ungraded_evidence(app.store)
    async with app.run_test(size=SIZE) as pilot:
        case = await _open(pilot, app, case_id)
        modal = await _grade_dialog(pilot, case, criterion)
        assert isinstance(modal, GradeModal)
        words = "Seen alone twice"
        type_at_once(app, ("2", "2"), *((c if c != " " else "space", c) for c in words))
        type_at_once(app, ("enter", None))
        await settle(pilot)
        assert top(app) is case
    graded = app.store.gradings_for_case(case_id)[criterion]
    assert graded.grade == modal.options[1][0]
    assert graded.rationale == words
