"""Grade one criterion for one case: the four-point scale or an option, with a rationale,
and this case's evidence for the criterion in view.

The rationale is kept as a draft while it is typed (`tui/drafting.py`), and Esc after
changing it asks before throwing it away.  A rationale saved with no grade picked is
refused in the dialog's own hint line (a notification would cover the rationale at
80x24).  The evidence takes the rows the terminal has left once the criterion, the
grades, the rationale and the hint are shown whole, and scrolls within them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from textual import events
from textual.actions import SkipAction
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
    starts the rationale, and every character after it, digits too, is typed there in
    the order typed, until the grades have the focus again.

    Keys are handled here in the order the app read them (Textual hands each to the
    widget focused when it reads it, so a burst typed on the grades all reaches the
    grades before the first of them moves the focus): a character that arrives after
    the focus left is put into the rationale where it is, not sent round the app again
    behind keys typed after it (tester 31, F1: "Seen alone 3x, ..." typed on the grades
    in one burst graded the criterion 3 and saved "x, ...Seen alone").  Keys that are no
    character (Backspace, arrows) typed ahead are sent on (`handle_typed_ahead`)."""

    typing = False
    """Whether characters typed on the grades since they last had the focus are being
    written to the rationale (then a digit is text, not a grade)."""

    def on_focus(self) -> None:
        self.typing = False

    def on_paste(self, event: events.Paste) -> None:
        """A paste on the grades is the rationale: written there, whole, digits and all
        (tester 31: a bracketed paste on the grades was lost, silently)."""
        screen = self.screen
        if not isinstance(screen, GradeModal):
            return
        event.stop()
        self.typing = True
        rationale = screen.query_one(PasteInput)
        screen.set_focus(rationale)
        rationale.paste_text(event.text)

    def on_key(self, event: events.Key) -> None:
        """Digits pick; other characters, and any after them, go to the rationale."""
        screen = self.screen
        key = event.character
        if not key or not key.isprintable() or not isinstance(screen, GradeModal):
            handle_typed_ahead(self, event)
            return
        event.prevent_default()
        event.stop()
        rationale = screen.query_one(Input)
        here = screen.focused is self
        if key.isdigit() and here and not self.typing:
            screen.pick(int(key))
            return
        self.typing = True
        if here:
            screen.set_focus(rationale)
        rationale.insert_text_at_cursor(key)


class GradeModal(ModalScreen[GradeChoice | None]):
    """Pick a grade with the arrows or its number, write a rationale, Enter saves."""

    DEFAULT_CSS = """
    GradeModal { align: center middle; }
    GradeModal > Vertical {
        width: 76; max-width: 98%; height: auto; max-height: 100%; padding: 0 1;
        border: thick $primary; background: $surface;
    }
    GradeModal OptionList { height: auto; max-height: 9; }
    GradeModal #grade-criterion { margin-bottom: 1; }
    GradeModal #grade-hint { color: $text-muted; }
    GradeModal #grade-hint.-refused { color: $warning; text-style: bold; }
    GradeModal #grade-evidence { height: auto; max-height: 8; overflow-y: auto; }
    """
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="grade-cancel", tooltip="Close without grading."),
        Binding("ctrl+s", "save", "Save", id="grade-save", tooltip="Save the grade."),
        # A digit on the grades is handled by the grades in the order typed
        # (`GradeOptions`); the bindings name the keys for the help screen.
        *(
            Binding(
                str(n),
                f"pick_key({n})",
                f"Grade {n}",
                show=False,
                id=f"grade-pick-{n}",
                tooltip="Pick the grade with this number.",
            )
            for n in range(10)
        ),  # fmt: skip
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
                *[Option(self._prompt(i), id=code) for i, code in enumerate(self._codes)],
                id="grade-options",
            )
            yield Label("Rationale")
            yield PasteInput(
                self.rationale,
                placeholder="Why this grade, in a sentence",
                id="grade-rationale",
                # Characters typed on the grades are written here before its Focus event
                # arrives; selecting the text then would let the next key replace them.
                select_on_focus=False,
            )
            yield Static(self._hint, id="grade-hint")

    @property
    def _codes(self) -> list[str]:
        """The grades' codes in the list's order, then clearing."""
        return [code for code, _ in self.options] + ["__clear__"]

    def _prompt(self, index: int, chosen: bool = False) -> str:
        """A grade's line: "▶" before the chosen one, so the choice shows in text as well
        as by its shade (tester 28, F10: in a terminal without colour the grade picked
        could not be seen once the focus had moved on to the rationale)."""
        key, label = (index + 1, self.options[index][1]) if index < len(self.options) else (
            0, "Clear the grade")  # fmt: skip
        return f"{'▶' if chosen else ' '} {key}  {label}"

    @property
    def _hint(self) -> str:
        """What the keys do where the focus is (tester 34, F6: after Tab nothing said
        where it was, and Enter on a grade only moved back to the rationale)."""
        if isinstance(self.focused, Input):
            return "Rationale: Enter saves · Shift+Tab: the grades · Esc cancel"
        return f"Grades: 1-{len(self.options)} pick · 0 clear · Enter: rationale · Ctrl+S save · Esc cancel"

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Say in the hint line where the focus is now, and what Enter does there."""
        hint = self.query_one("#grade-hint", Static)
        hint.remove_class("-refused")
        hint.update(self._hint)

    def on_resize(self, event: events.Resize) -> None:
        """Fit the dialog to the terminal again."""
        self.call_after_refresh(self._fit)

    def _fit(self) -> None:
        """Give the evidence the rows left once everything else shows whole (at least
        one; then the grades' list gives up rows too, down to three)."""
        box = self.query_one(Vertical)
        evidence = self.query_one("#grade-evidence", Static)
        options = self.query_one(OptionList)
        rest = sum(
            w.outer_size.height + w.styles.margin.top + w.styles.margin.bottom
            for w in box.children
            if w is not evidence and w is not options
        )
        room = self.size.height - box.styles.border.spacing.height - rest
        wanted = options.option_count + options.styles.border.spacing.height
        shown = max(3, min(wanted, room - 1))
        options.styles.max_height = shown
        evidence.styles.max_height = max(1, min(8, room - shown))

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        codes = [code for code, _ in self.options]
        # An ungraded criterion starts with no grade highlighted: a rationale typed and
        # saved without picking one must not become the first grade on the scale.
        options.highlighted = codes.index(self.grade) if self.grade in codes else None
        options.focus()
        self.call_after_refresh(self._fit)
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
        """A grade picked but not yet saved is kept too (and a refusal's hint goes)."""
        options = self.query_one(OptionList)
        now = options.highlighted  # not the event's: the list's first highlight, posted
        for i in range(options.option_count):  # before an ungraded one is cleared, is none
            options.replace_option_prompt_at_index(i, self._prompt(i, i == now))
        hint = self.query_one("#grade-hint", Static)
        if hint.has_class("-refused"):
            hint.remove_class("-refused")
            hint.update(self._hint)
        self._edited()

    def action_pick_key(self, n: int) -> None:
        """A digit while the grades have the focus picks one (`pick`); elsewhere (the
        rationale) it is typed as usual."""
        if not isinstance(self.focused, GradeOptions):
            raise SkipAction()
        self.pick(n)

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
            hint = self.query_one("#grade-hint", Static)
            hint.update("Pick a grade first: Shift+Tab back to the grades, then its number.")
            hint.add_class("-refused")
            self.app.bell()
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
