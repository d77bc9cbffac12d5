"""Ask for the reason before an audited act: accepting a hit of the identifiability
check, or erasing a record's text from its whole history.

The reason must pass the store's rule (`store.reasons`: two words at the least); the
dialog says the store's own sentence when it does not, and keeps the dialog open.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from store.reasons import ERASED, IDENTIFIES_NOBODY, reason_problem
from tui.markup import escape


@dataclass(frozen=True)
class Ask:
    """What one reason dialog asks: the question, the box's hint, the button that acts,
    why a reason is wanted (for the store's sentence) and whether the act is the
    kind that cannot be undone (red) or a warning (amber)."""

    question: str
    placeholder: str
    act: str
    why: str
    undoable: bool


def accept_hit(what: str) -> Ask:
    """The question before a hit is accepted as identifying nobody."""
    return Ask(
        f"Accept {what} as identifying nobody?  From now on it passes every export; every "
        "other hit still stops one.  Who, when and why are kept (never the text) and "
        "travel with merges.",
        "Why it identifies nobody (no names)",
        "Accept this hit",
        IDENTIFIES_NOBODY,
        undoable=True,
    )


def redact(what: str) -> Ask:
    """The question before the text of `what` is erased from its whole history."""
    return Ask(
        f"Erase the text of {what} from its whole history?  Every copy that merges with "
        "this file erases it too; the reason, who and when are kept, the text is not.  "
        "This cannot be undone.",
        "Why (no names)",
        "Erase the text",
        ERASED,
        undoable=False,
    )


class ReasonModal(ModalScreen[str | None]):
    """Dismisses with the reason (the store's rule met), or None to cancel."""

    DEFAULT_CSS = """
    ReasonModal { align: center middle; }
    ReasonModal > Vertical {
        width: 76; max-width: 95%; height: auto; padding: 1 2;
        border: thick $warning; background: $surface;
    }
    ReasonModal.-final > Vertical { border: thick $error; }
    ReasonModal #reason-buttons { height: auto; margin-top: 1; align-horizontal: right; }
    ReasonModal Button { margin-left: 1; }
    ReasonModal #reason-problem { color: $text-error; height: auto; }
    """
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="reason-cancel", tooltip="Do nothing."),
    ]

    def __init__(self, ask: Ask) -> None:
        super().__init__(classes="" if ask.undoable else "-final")
        self.ask = ask

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.ask.question, id="reason-question")
            yield Input(placeholder=self.ask.placeholder, id="reason-text")
            yield Static("", id="reason-problem")
            with Horizontal(id="reason-buttons"):
                if self.ask.undoable:
                    yield Button(self.ask.act, id="reason-yes", variant="warning")
                else:
                    yield Button(self.ask.act, id="reason-yes", variant="error")
                yield Button("Cancel", id="reason-no")

    def on_mount(self) -> None:
        self.query_one("#reason-text", Input).focus()

    def _submit(self) -> None:
        reason = self.query_one("#reason-text", Input).value
        problem = reason_problem(reason, self.ask.why)
        if problem:
            self.query_one("#reason-problem", Static).update(escape(problem))
            return
        self.dismiss(reason.strip())

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the reason acts."""
        event.stop()
        self._submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """A button answers."""
        event.stop()
        if event.button.id == "reason-yes":
            self._submit()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        """Do nothing."""
        self.dismiss(None)
