"""A yes/no question.

Left and Right move between the two buttons (without wrapping round, so a Right too
many never lands on the other answer); y and n answer at once.  A question whose yes
throws work away starts on its no button (`default="no"`), so an Enter pressed out of
habit keeps the work."""

from __future__ import annotations

from typing import Literal

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
        Binding("left", "move(-1)", "Previous button", id="confirm-left", show=False),
        Binding("right", "move(1)", "Next button", id="confirm-right", show=False),
    ]

    def __init__(
        self, question: str, yes: str = "Yes", no: str = "No",
        default: Literal["yes", "no"] = "yes",
    ) -> None:  # fmt: skip
        super().__init__()
        self.question = question
        self.yes = yes
        self.no = no
        self.default = default

    def on_mount(self) -> None:
        self.query_one(f"#{self.default}", Button).focus()

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.question, id="confirm-question")
            with Horizontal(id="confirm-buttons"):
                yield Button(self.yes, id="yes", variant="primary")
                yield Button(self.no, id="no")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """A button answers."""
        self.dismiss(event.button.id == "yes")

    def action_move(self, step: int) -> None:
        """Focus the button beside the focused one, if there is one that way."""
        buttons = list(self.query(Button))
        here = buttons.index(self.focused) if self.focused in buttons else 0
        buttons[max(0, min(len(buttons) - 1, here + step))].focus()

    def action_answer(self, answer: bool) -> None:
        """A key answers."""
        self.dismiss(answer)
