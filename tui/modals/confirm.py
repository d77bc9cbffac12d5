"""A yes/no question."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class ConfirmModal(ModalScreen[bool]):
    """Ask a yes/no question; dismisses with True for yes."""

    DEFAULT_CSS = """
    ConfirmModal { align: center middle; }
    ConfirmModal > Vertical {
        width: 60; max-width: 95%; height: auto; padding: 1 2;
        border: thick $primary; background: $surface;
    }
    ConfirmModal #confirm-buttons { height: auto; margin-top: 1; align-horizontal: right; }
    ConfirmModal Button { margin-left: 1; }
    """
    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="confirm-yes", tooltip="Answer yes."),
        Binding("n,escape", "answer(False)", "No", id="confirm-no", tooltip="Answer no."),
    ]

    def __init__(self, question: str, yes: str = "Yes", no: str = "No") -> None:
        super().__init__()
        self.question = question
        self.yes = yes
        self.no = no

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.question, id="confirm-question")
            with Horizontal(id="confirm-buttons"):
                yield Button(self.yes, id="yes", variant="primary")
                yield Button(self.no, id="no")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """A button answers."""
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        """A key answers."""
        self.dismiss(answer)
