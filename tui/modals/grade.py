"""Grade one criterion for one case: the four-point scale or an option, with a rationale,
and this case's evidence for the criterion in view.

The rationale is kept as a draft while it is typed (`tui/drafting.py`), and Esc after
changing it asks before throwing it away.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from tui.drafting import DraftKeeper
from tui.modals.confirm import ConfirmModal
from tui.widgets.paste_input import PasteInput
from tui.widgets.typed_ahead import handle_typed_ahead


@dataclass(frozen=True)
class GradeChoice:
    """The grade (None clears it) and the rationale."""

    grade: str | None
    rationale: str
    draft: DraftKeeper | None = field(default=None, compare=False)
    """The dialog's draft: drop it once the grade is committed."""


class GradeOptions(OptionList):
    """The grades: a digit picks one and moves to the rationale; any other character
    moves there too and is typed into it.  The focus moves before the next key is
    handled, and keys that reached the list after it moved are sent on to the rationale
    in the order typed, so nothing typed straight after a digit is lost."""

    def on_key(self, event: events.Key) -> None:
        """Digits pick; other characters go to the rationale."""
        if handle_typed_ahead(self, event):
            return
        key = event.character
        screen = self.screen
        if not key or not key.isprintable() or not isinstance(screen, GradeModal):
            return
        event.prevent_default()
        event.stop()
        if key.isdigit():
            screen.pick(int(key))
        else:
            screen.set_focus(screen.query_one(Input))
            self.app.post_message(events.Key(event.key, event.character))


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
    GradeModal #grade-evidence { height: auto; max-height: 8; overflow-y: auto; }
    """
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="grade-cancel", tooltip="Close without grading."),
        Binding("ctrl+s", "save", "Save", id="grade-save", tooltip="Save the grade."),
    ]

    def __init__(
        self,
        criterion: str,
        options: list[tuple[str, str]],
        grade: str | None,
        rationale: str,
        evidence: str = "",
        draft_key: str = "",
        draft_about: dict[str, Any] | None = None,
        stored: tuple[str | None, str] | None = None,
    ) -> None:
        """`evidence`: this case's notes on the criterion, one line each; `draft_key` and
        `draft_about` (case, criterion, a label for the recovery list) keep the form as a
        draft; `stored`: the grade and rationale saved, when the form starts from a draft."""
        super().__init__()
        self.criterion = criterion
        self.options = options
        self.grade = grade
        self.rationale = rationale
        self.evidence = evidence
        self.stored = stored if stored is not None else (grade, rationale)
        self.draft_about = draft_about or {}
        self.draft = DraftKeeper(self, draft_key) if draft_key else None

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.criterion, id="grade-criterion")
            yield Static(
                self.evidence or "[dim]No evidence in this case on this criterion yet.[/]",
                id="grade-evidence",
            )
            yield GradeOptions(
                *[
                    Option(f"{i}  {label}", id=code)
                    for i, (code, label) in enumerate(self.options, start=1)
                ],
                Option("0  Clear the grade", id="__clear__"),
                id="grade-options",
            )
            yield Label("Rationale")
            yield PasteInput(
                self.rationale, placeholder="Why this grade, in a sentence", id="grade-rationale"
            )
            yield Static("1-6 pick · Enter on the rationale saves · Esc cancel", id="grade-hint")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        codes = [code for code, _ in self.options]
        # An ungraded criterion starts with no grade highlighted: a rationale typed and
        # saved without picking one must not become the first grade on the scale.
        options.highlighted = codes.index(self.grade) if self.grade in codes else None
        options.focus()
        if self.draft is not None:
            self.draft.start()
            if self._form() != self.stored:  # restored from a draft: keep keeping it
                self.draft.changed(self._payload())

    def _form(self) -> tuple[str | None, str]:
        options = self.query_one(OptionList)
        index = options.highlighted
        option_id = options.get_option_at_index(index).id if index is not None else None
        grade = None if option_id in (None, "__clear__") else option_id
        return grade, self.query_one(Input).value.strip()

    def _payload(self) -> dict[str, Any]:
        grade, rationale = self._form()
        return {
            **self.draft_about,
            "kind": "grading",
            "grade": grade,
            "rationale": rationale,
            "text": rationale,
            "stored": list(self.stored),
        }

    def _edited(self) -> None:
        if self.draft is not None and self.is_mounted:
            self.draft.changed(self._payload())

    def on_input_changed(self, event: Input.Changed) -> None:
        """Keep the rationale as a draft while it is typed."""
        self._edited()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """A grade picked but not yet saved is kept too."""
        self._edited()

    def pick(self, n: int) -> None:
        """A digit: highlight grade `n` (0 clears) and move to the rationale at once."""
        options = self.query_one(OptionList)
        if 1 <= n <= len(self.options):
            options.highlighted = n - 1
        elif n == 0:
            options.highlighted = len(self.options)
        self.set_focus(self.query_one(Input))

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
        if self.query_one(OptionList).highlighted is None:
            self.notify("Pick a grade first: its number, or the arrows then Enter.",
                        severity="warning")  # fmt: skip
            return
        grade, rationale = self._form()
        if self.draft is not None:
            self.draft.stop()
        self.dismiss(GradeChoice(grade, rationale, self.draft))

    def action_cancel(self) -> None:
        """Close without grading; a changed grade or rationale asks first."""
        if self._form() == self.stored:
            self._abandon()
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self._abandon()

        self.app.push_screen(
            ConfirmModal(
                "Throw away the grade and rationale you changed?",
                yes="Throw away",
                no="Keep editing",
                default="no",
            ),
            answered,
        )

    def _abandon(self) -> None:
        if self.draft is not None:
            self.draft.discard()
        self.dismiss(None)
