"""A small form: a few labelled text fields and, optionally, one choice; Enter or Save
gives the values, Esc leaves without a change."""

from __future__ import annotations

from dataclasses import dataclass, field

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static


@dataclass(frozen=True)
class FormField:
    """One text field: its key in the result, its label and its starting value."""

    key: str
    label: str
    value: str = ""
    placeholder: str = ""


@dataclass(frozen=True)
class FormChoice:
    """One choice from a list of (label, value)."""

    key: str
    label: str
    options: list[tuple[str, str]] = field(default_factory=list)
    value: str | None = None


class FormModal(ModalScreen[dict[str, str] | None]):
    """Ask for a few values; dismisses with {key: value} (stripped), or None."""

    DEFAULT_CSS = """
    FormModal { align: center middle; }
    FormModal > Vertical {
        width: 64; max-width: 98%; height: auto; padding: 0 1;
        border: thick $primary; background: $surface;
    }
    FormModal #form-title { text-style: bold; margin-bottom: 1; }
    FormModal Label { margin-top: 1; }
    FormModal #form-buttons { height: auto; margin-top: 1; align-horizontal: right; }
    FormModal Button { margin-left: 1; }
    """
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="form-cancel", tooltip="Leave without a change."),
        Binding("ctrl+s", "save", "Save", id="form-save", tooltip="Save these values."),
    ]

    def __init__(
        self, title: str, fields: list[FormField], choice: FormChoice | None = None
    ) -> None:
        super().__init__()
        self.title_text = title
        self.fields = fields
        self.choice = choice

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.title_text, id="form-title")
            for f in self.fields:
                yield Label(f.label)
                yield Input(f.value, placeholder=f.placeholder, id=f"form-{f.key}")
            if self.choice is not None:
                yield Label(self.choice.label)
                yield Select(self.choice.options, value=self.choice.value or Select.BLANK,
                             allow_blank=self.choice.value is None, id=f"form-{self.choice.key}")  # fmt: skip
            with Horizontal(id="form-buttons"):
                yield Button("Save", id="form-save-button", variant="primary")
                yield Button("Cancel", id="form-cancel-button")

    def on_mount(self) -> None:
        if self.fields:
            self.query_one(f"#form-{self.fields[0].key}", Input).focus()

    def values(self) -> dict[str, str]:
        """The form's values as they stand."""
        out = {f.key: self.query_one(f"#form-{f.key}", Input).value.strip() for f in self.fields}
        if self.choice is not None:
            picked = self.query_one(f"#form-{self.choice.key}", Select).value
            out[self.choice.key] = "" if picked is Select.BLANK else str(picked)
        return out

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in a field saves."""
        event.stop()
        self.action_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Save or Cancel."""
        if event.button.id == "form-save-button":
            self.action_save()
        else:
            self.action_cancel()

    def action_save(self) -> None:
        """Give the values to the screen that asked."""
        self.dismiss(self.values())

    def action_cancel(self) -> None:
        """Leave without a change."""
        self.dismiss(None)
