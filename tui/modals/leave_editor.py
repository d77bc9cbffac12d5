"""The question asked when leaving an evidence editor with unsaved changes."""

from __future__ import annotations

from typing import Literal

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

LeaveChoice = Literal["save", "discard", "stay"]


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
    BINDINGS = [
        Binding("s", "choose('save')", "Save", id="leave-save", tooltip="Save, then leave."),
        # Discarding is the one answer that loses words, so it is never a letter: this
        # question can appear while someone is still typing (a key that left the text
        # box, then the "d" of the next word), and a letter would answer it for them.
        Binding(
            "ctrl+d",
            "choose('discard')",
            "Discard",
            id="leave-discard",
            tooltip="Throw the changes away and leave.",
        ),
        Binding(
            "escape,k",
            "choose('stay')",
            "Keep editing",
            id="leave-stay",
            tooltip="Go back to the editor.",
        ),
    ]

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(
                "[b]This evidence has unsaved changes.[/b]\n"
                "Save them, discard them, or keep editing?",
                id="leave-question",
            )
            with Horizontal(id="leave-buttons"):
                yield Button("Save (s)", id="save", variant="primary")
                yield Button("Discard (Ctrl+D)", id="discard", variant="error")
                yield Button("Keep editing (k)", id="stay")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """A button chooses."""
        choice = event.button.id
        if choice in ("save", "discard", "stay"):
            self.dismiss(choice)  # type: ignore[arg-type]

    def action_choose(self, choice: LeaveChoice) -> None:
        """A key chooses."""
        self.dismiss(choice)
