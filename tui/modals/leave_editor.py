"""The question asked when leaving an evidence editor with unsaved changes.

It can appear while someone is still typing (Esc meant for a search box, a key that
left the text box), so no letter answers it: Ctrl+S saves, Ctrl+D discards, Esc goes
back, and a key typed as prose (a letter, a space, the editor's jumps such as Ctrl+T)
means the typist carries on: the question goes and the key reaches the editor
(`type_on`), so no word is lost (tester 23, F3: the `s` of "seen" answered Save and
the rest of the note went nowhere)."""

from __future__ import annotations

from typing import Any, Literal

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Input, Static, TextArea

from tui.widgets.typed_ahead import send_on

LeaveChoice = Literal["save", "discard", "stay"]
_ANSWERS = frozenset({"ctrl+s", "ctrl+d", "escape", "tab", "shift+tab", "enter", "left", "right"})


class LeaveEditorModal(ModalScreen[LeaveChoice]):
    """Save, discard or keep editing; dismisses with the choice."""

    DEFAULT_CSS = """
    LeaveEditorModal { align: center middle; }
    LeaveEditorModal > Vertical {
        width: 64; max-width: 95%; height: auto; padding: 1 2;
        border: thick $warning; background: $surface;
    }
    LeaveEditorModal #leave-buttons { height: auto; margin-top: 1; }
    LeaveEditorModal Button { margin-right: 1; }
    """
    AUTO_FOCUS = "#stay"  # Enter, the likeliest key in a stream of prose, goes back
    BINDINGS = [
        Binding("ctrl+s", "choose('save')", "Save", id="leave-save", tooltip="Save, then leave."),
        # Discarding is the one answer that loses words, so it is never a letter.
        Binding(
            "ctrl+d",
            "choose('discard')",
            "Discard",
            id="leave-discard",
            tooltip="Throw the changes away and leave.",
        ),
        Binding(
            "escape",
            "choose('stay')",
            "Keep editing",
            id="leave-stay",
            tooltip="Go back to the editor (or just carry on typing).",
        ),
    ]

    def __init__(self, below: Screen[Any] | None = None) -> None:
        super().__init__()
        self.below = below
        """The editor the question is about: keys typed as prose go on to it."""
        self.answered = False
        """Whether the question has had its answer (the screen is gone or going)."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(
                "[b]This evidence has unsaved changes.[/b]\n"
                "Save them, discard them, or keep editing?",
                id="leave-question",
            )
            with Horizontal(id="leave-buttons"):
                yield Button("Save (Ctrl+S)", id="save", variant="primary")
                yield Button("Discard (Ctrl+D)", id="discard", variant="error")
                yield Button("Keep editing (Esc)", id="stay")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """A button chooses."""
        choice = event.button.id
        if choice in ("save", "discard", "stay"):
            self.answer(choice)  # type: ignore[arg-type]

    def action_choose(self, choice: LeaveChoice) -> None:
        """A key chooses."""
        self.answer(choice)

    def answer(self, choice: LeaveChoice) -> None:
        """Dismiss with `choice`, once.  Textual's `dismiss` pops whatever screen is on
        top, so a second answer (a key typed in the same burst, still queued here) would
        close the editor and then the case below it (tester 25, F3: "Child seen alone"
        then Esc, then " and dad" typed quickly: the workbench crashed on an empty
        screen stack and the words were lost).  The real fix belongs in Textual: its
        issue 2575 asked that dismissing a screen not on top be an error, and 8.2.8's
        `Screen.dismiss` checks nothing; a screen's keys already queued when it is
        dismissed are still handled by it."""
        if not self.answered:
            self.answered = True
            self.dismiss(choice)

    async def on_key(self, event: events.Key) -> None:
        """A key typed as prose: keep editing, and the key goes on to the editor.  Once
        answered, every key still queued here was typed for the editor: it goes on."""
        if self.below is None:
            return
        if self.answered:
            event.prevent_default()
            event.stop()
            await type_on(self.below, event)
            return
        if event.key in _ANSWERS:
            return
        if not (event.is_printable or _jump(self.below, event.key)):
            return
        event.prevent_default()
        event.stop()
        self.answer("stay")
        await type_on(self.below, event)


def _jump(screen: Screen[Any], key: str) -> Binding | None:
    """The screen's own binding for `key` that moves the focus at once (a priority
    binding, such as the editor's Ctrl+T to the text)."""
    for binding in type(screen).BINDINGS:
        if isinstance(binding, Binding) and binding.priority and key in binding.key.split(","):
            return binding
    return None


async def type_on(screen: Screen[Any], event: events.Key) -> None:
    """Handle `event` as the editor `screen` would have: its jump, or the character
    typed into the text box that has the focus there (at once, so the keys typed after
    it, handled once the question is gone, follow it in order)."""
    jump = _jump(screen, event.key)
    focused = screen.focused
    typed = event.character if event.is_printable else None
    if jump is not None:
        await screen.run_action(jump.action)
    elif typed and isinstance(focused, TextArea) and not focused.read_only:
        focused.insert(typed)
    elif typed and isinstance(focused, Input):
        focused.insert_text_at_cursor(typed)
    else:
        send_on(screen.app, event)  # not a character, or not a text box: as if typed there
