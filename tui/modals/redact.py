"""Ask for the reason before a record's text is erased from its whole history."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static


class RedactModal(ModalScreen[str | None]):
    """Dismisses with the reason (at least three characters), or None to cancel."""

    DEFAULT_CSS = """
    RedactModal { align: center middle; }
    RedactModal > Vertical {
        width: 76; max-width: 95%; height: auto; padding: 1 2;
        border: thick $error; background: $surface;
    }
    RedactModal #redact-buttons { height: auto; margin-top: 1; align-horizontal: right; }
    RedactModal Button { margin-left: 1; }
    RedactModal #redact-problem { color: $text-error; height: auto; }
    """
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="redact-cancel", tooltip="Keep the text."),
    ]

    def __init__(self, what: str) -> None:
        super().__init__()
        self.what = what

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(
                f"Erase the text of {self.what} from its whole history?  Every copy that "
                "merges with this file erases it too; the reason, who and when are kept, "
                "the text is not.  This cannot be undone.",
                id="redact-question",
            )
            yield Input(placeholder="Why (no names)", id="redact-reason")
            yield Static("", id="redact-problem")
            with Horizontal(id="redact-buttons"):
                yield Button("Erase the text", id="redact-yes", variant="error")
                yield Button("Cancel", id="redact-no")

    def on_mount(self) -> None:
        self.query_one("#redact-reason", Input).focus()

    def _submit(self) -> None:
        reason = self.query_one("#redact-reason", Input).value.strip()
        if len(reason) < 3:
            self.query_one("#redact-problem", Static).update("Give a reason first.")
            return
        self.dismiss(reason)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the reason erases."""
        event.stop()
        self._submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """A button answers."""
        if event.button.id == "redact-yes":
            self._submit()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        """Keep the text."""
        self.dismiss(None)
