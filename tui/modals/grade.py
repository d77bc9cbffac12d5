"""Grade one criterion for one case: the four-point scale or an option, with a rationale."""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option


@dataclass(frozen=True)
class GradeChoice:
    """The grade (None clears it) and the rationale."""

    grade: str | None
    rationale: str


class GradeModal(ModalScreen[GradeChoice | None]):
    """Pick a grade with the arrows or its number, write a rationale, Enter saves."""

    DEFAULT_CSS = """
    GradeModal { align: center middle; }
    GradeModal > Vertical {
        width: 76; max-width: 98%; height: auto; max-height: 95%; padding: 0 1;
        border: thick $primary; background: $surface;
    }
    GradeModal OptionList { height: auto; max-height: 9; }
    GradeModal #grade-criterion { margin-bottom: 1; }
    GradeModal #grade-hint { color: $text-muted; }
    """
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="grade-cancel", tooltip="Close without grading."),
        Binding("ctrl+s", "save", "Save", id="grade-save", tooltip="Save the grade."),
    ]

    def __init__(
        self, criterion: str, options: list[tuple[str, str]], grade: str | None, rationale: str
    ) -> None:
        super().__init__()
        self.criterion = criterion
        self.options = options
        self.grade = grade
        self.rationale = rationale

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.criterion, id="grade-criterion")
            yield OptionList(
                *[
                    Option(f"{i}  {label}", id=code)
                    for i, (code, label) in enumerate(self.options, start=1)
                ],
                Option("0  Clear the grade", id="__clear__"),
                id="grade-options",
            )
            yield Label("Rationale")
            yield Input(
                self.rationale, placeholder="Why this grade, in a sentence", id="grade-rationale"
            )
            yield Static("1-6 pick · Enter on the rationale saves · Esc cancel", id="grade-hint")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        codes = [code for code, _ in self.options]
        options.highlighted = codes.index(self.grade) if self.grade in codes else 0
        options.focus()

    def on_key(self, event: events.Key) -> None:
        """Digits choose a grade from anywhere but the rationale."""
        key = event.character
        if key and key.isdigit() and not isinstance(self.focused, Input):
            n = int(key)
            options = self.query_one(OptionList)
            if 1 <= n <= len(self.options):
                options.highlighted = n - 1
            elif n == 0:
                options.highlighted = len(self.options)
            self.query_one(Input).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a grade moves to the rationale."""
        event.stop()
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter on the rationale saves."""
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        """Dismiss with the highlighted grade and the rationale."""
        options = self.query_one(OptionList)
        index = options.highlighted
        if index is None:
            return
        option_id = options.get_option_at_index(index).id
        grade = None if option_id == "__clear__" else option_id
        self.dismiss(GradeChoice(grade, self.query_one(Input).value.strip()))

    def action_cancel(self) -> None:
        """Close without grading."""
        self.dismiss(None)
