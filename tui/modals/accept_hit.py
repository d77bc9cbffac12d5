"""Ask why a hit of the identifiability check identifies nobody, before the lead
accepts it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static


class AcceptHitModal(ModalScreen[str | None]):
    """Dismisses with the reason (at least three characters), or None to cancel."""

    DEFAULT_CSS = """
    AcceptHitModal { align: center middle; }
    AcceptHitModal > Vertical {
        width: 76; max-width: 95%; height: auto; padding: 1 2;
        border: thick $warning; background: $surface;
    }
    AcceptHitModal #accept-buttons { height: auto; margin-top: 1; align-horizontal: right; }
    AcceptHitModal Button { margin-left: 1; }
    AcceptHitModal #accept-problem { color: $text-error; height: auto; }
    """
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="accept-cancel", tooltip="Decide nothing."),
    ]

    def __init__(self, what: str) -> None:
        super().__init__()
        self.what = what

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(
                f"Accept {self.what} as identifying nobody?  From now on it passes every "
                "export; every other hit still stops one.  Who, when and why are kept "
                "(never the text) and travel with merges.",
                id="accept-question",
            )
            yield Input(placeholder="Why it identifies nobody (no names)", id="accept-reason")
            yield Static("", id="accept-problem")
            with Horizontal(id="accept-buttons"):
                yield Button("Accept this hit", id="accept-yes", variant="warning")
                yield Button("Cancel", id="accept-no")

    def on_mount(self) -> None:
        self.query_one("#accept-reason", Input).focus()

    def _submit(self) -> None:
        reason = self.query_one("#accept-reason", Input).value.strip()
        if len(reason) < 3:
            self.query_one("#accept-problem", Static).update("Give a reason first.")
            return
        self.dismiss(reason)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the reason accepts."""
        event.stop()
        self._submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """A button answers."""
        event.stop()
        if event.button.id == "accept-yes":
            self._submit()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        """Decide nothing."""
        self.dismiss(None)
