"""Settle a conflict by editing the record in a form: one labelled input per field.

Text fields are text areas, coded fields are choices showing their labels (grades,
findings, sources, stages, people, areas), criteria are ticks; what says which record
it is (its case, its criterion) is shown, not edited.  The form opens prefilled from
one side (the fields the sides changed to different values; a field only one side
changed keeps that change, as merged); for a text field the sides wrote differently, "keep both" puts every side's
text in the field, one paragraph each and nothing added (no name or time, which would be
saved into the text), to be edited before saving.  Ctrl+S
asks first, naming whose version is superseded and what of it, then returns the values.

What is typed is kept as a draft (`tui/drafting.py`, key `conflict:<record id>`) and
offered back after a crash; the app reopens the conflicts screen on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, SelectionList, Static, TextArea

from exporters.conflict_fields import (
    FieldInput,
    Lookups,
    both_texts,
    brief,
    cell_text,
    field_input,
    from_choice,
    history_note,
    named_by,
    superseded,
    to_choice,
    when_from,
)
from store.models import RECORD_TYPES
from tui.drafting import DraftKeeper
from tui.markup import escape
from tui.modals.confirm import ConfirmModal
from tui.widgets.tab_focus import TabTextArea

if TYPE_CHECKING:
    from store.conflicts import Conflict
    from tui.navigation import Workbench


def conflict_key(record_id: str) -> str:
    """The draft key of an edit settling a record's conflict."""
    return f"conflict:{record_id}"


@dataclass
class ConflictEdit:
    """The values the lead chose, and the draft to drop once they are saved."""

    values: dict[str, Any]
    draft: DraftKeeper


class ConflictForm(ModalScreen[ConflictEdit | None]):
    """Edit a record in conflict field by field, then keep it (asking first)."""

    DEFAULT_CSS = """
    ConflictForm { align: center middle; }
    ConflictForm > Vertical {
        width: 110; max-width: 98%; height: 95%; padding: 0 1;
        border: thick $primary; background: $surface;
    }
    ConflictForm #cf-title { height: auto; text-style: bold; }
    ConflictForm #cf-from { height: auto; color: $text-muted; }
    ConflictForm #cf-fields { height: 1fr; }
    ConflictForm .cf-label { margin-top: 1; text-style: bold; }
    ConflictForm .cf-same { margin-top: 1; color: $text-muted; }
    ConflictForm .cf-sides { color: $text-muted; }
    ConflictForm TextArea { height: auto; min-height: 3; max-height: 10; background: $boost; }
    ConflictForm Input { background: $boost; }
    ConflictForm SelectionList { height: auto; max-height: 8; }
    ConflictForm .cf-both-row { height: auto; }
    ConflictForm #cf-error { height: auto; color: $error; }
    ConflictForm #cf-keys { height: auto; color: $text-muted; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", "Keep this version", id="conflict-form-save",
                tooltip="Settle the conflict with these values (asks first)."),
        Binding("ctrl+b", "both", "Keep both texts", id="conflict-form-both",
                tooltip="Put every side's text in the focused text field, marked with whose."),
        Binding("escape", "cancel", "Cancel", id="conflict-form-cancel",
                tooltip="Close without settling (asks first if you changed anything)."),
    ]  # fmt: skip

    def __init__(
        self,
        conflict: Conflict,
        lookups: Lookups,
        side: int = 0,
        *,
        keep_both: bool = False,
        restore: dict[str, Any] | None = None,
    ) -> None:
        """Prefilled from `conflict.sides[side]` (a live side if that one deleted the
        record); `keep_both`: every text field the sides differ in holds both texts;
        `restore`: a draft's values to start from instead."""
        super().__init__()
        self.conflict = conflict
        self.lookups = lookups
        live = [s for s in conflict.sides if not s.deleted]
        chosen = conflict.sides[min(side, len(conflict.sides) - 1)]
        self.side = chosen if not chosen.deleted else live[0]
        # The fields the sides wrote differently come from the chosen side (a unit of
        # fields whole); the others as merged (a change only one side made is kept),
        # as keeping that side would.
        merged = conflict.values_kept(self.side.version_id) or dict(self.side.values)
        self.start: dict[str, Any] = dict(restore or merged)
        self.keep_both = keep_both and restore is None
        self.restored = restore is not None
        self.inputs: list[FieldInput] = []
        self.draft = DraftKeeper(self, conflict_key(conflict.record_id))
        self.initial: dict[str, Any] = {}

    @property
    def _fw(self) -> Any:
        return cast("Workbench", self.app).store.framework

    def compose(self) -> ComposeResult:
        c = self.conflict
        fw = self._fw
        names = list(self.start) + [k for s in c.sides for k in s.values if k not in self.start]
        self.inputs = [field_input(fw, c, n, self.lookups) for n in dict.fromkeys(names)]
        self.inputs.sort(key=lambda f: (not f.differs, f.kind == "fixed"))
        with Vertical():
            yield Static(f"Settle: {escape(brief(c.label))}", id="cf-title")
            where = (
                "your draft"
                if self.restored
                else f"{escape(self.side.author_name)}'s version ({escape(when_from(self.side))})"
            )
            yield Static(
                f"Prefilled from {where}. ≠ marks the fields the sides wrote differently.",
                id="cf-from",
            )
            with VerticalScroll(id="cf-fields"):
                for f in self.inputs:
                    yield from self._field(f)
            yield Static("", id="cf-error")
            yield Static(
                "Ctrl+S keep (asks first) · Ctrl+B keep both texts · F7 selects a text whole · "
                "Esc cancel",
                id="cf-keys",
            )

    def _side_value(self, f: FieldInput, value: Any) -> str:
        """One side's value of a field, on the line above its input: ticked criteria by
        their ids (the ticks below give their words), anything else as the sides show it."""
        if f.kind == "ticks" and isinstance(value, list):
            return ", ".join(str(v) for v in value) or "none"
        return cell_text(self._fw, self.conflict.kind, f.name, value, self.lookups)

    def _field(self, f: FieldInput) -> ComposeResult:
        value = self.start.get(f.name)
        fw = self._fw
        kind = self.conflict.kind
        if f.kind == "fixed":
            if value is None or value == "":
                return  # nothing to show (evidence about a case has no area of its own)
            text = cell_text(fw, kind, f.name, value, self.lookups)
            if f.name == "case_id" and value in self.lookups.cases:
                text = f"Case {self.lookups.cases[value]}"
            yield Static(f"{escape(f.label)}: {escape(text)}", classes="cf-same")
            return
        mark = "≠ " if f.differs else ""
        yield Label(f"{mark}{f.label}", classes="cf-label")
        if f.differs and f.kind in ("choice", "ticks", "line"):
            sides = " · ".join(
                f"{s.author_name}: {self._side_value(f, s.values.get(f.name))}"
                for s in self.conflict.sides
                if not s.deleted
            )
            yield Static(escape(sides), classes="cf-sides")
        wid = f"cf-{f.name}"
        if f.kind == "text":
            both = f.differs and self.keep_both
            text = both_texts(self.conflict, f.name) if both else str(value or "")
            yield TabTextArea(text, id=wid, soft_wrap=True, tab_behavior="focus", compact=True)
            if f.differs:
                with Horizontal(classes="cf-both-row"):
                    yield Button("Keep both texts", id=f"cf-both-{f.name}", compact=True)
        elif f.kind == "line":
            yield Input(str(value or ""), id=wid, compact=True)
        elif f.kind == "choice":
            current = to_choice(value)
            options = list(f.options)
            if current not in {v for _, v in options}:
                options.append((current, current))
            yield Select[str](options, value=current, allow_blank=False, id=wid, compact=True)
        else:
            ticked = set(value or [])
            yield SelectionList[str](
                *[(t, v, v in ticked) for t, v in f.options], id=wid, compact=True
            )

    def on_mount(self) -> None:
        self.initial = self.values()
        self.draft.start()
        if self.keep_both:
            self._changed()
        # The first field the sides wrote differently has the focus, so that Enter opens
        # a choice and typing edits a text at once (the scroll around them took it).
        first = next((f for f in self.inputs if f.kind != "fixed"), None)
        if first is not None:
            self.query_one(f"#cf-{first.name}").focus()

    # Reading the form ---------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The record's values as the form shows them now."""
        out = dict(self.start)
        for f in self.inputs:
            if f.kind == "fixed":
                continue
            wid = f"#cf-{f.name}"
            if f.kind == "text":
                out[f.name] = self.query_one(wid, TextArea).text.strip()
            elif f.kind == "line":
                out[f.name] = self.query_one(wid, Input).value.strip()
            elif f.kind == "choice":
                chosen = self.query_one(wid, Select).value
                out[f.name] = from_choice(str(chosen), f.booleans)
            else:
                ticked = set(self.query_one(wid, SelectionList).selected)
                out[f.name] = [v for _, v in f.options if v in ticked]
        return out

    @property
    def dirty(self) -> bool:
        """True when the form holds something not stored anywhere but in its draft."""
        return self.restored or self.keep_both or self.values() != self.initial

    def _changed(self) -> None:
        if not self.is_mounted or not self.initial:
            return
        self.query_one("#cf-error", Static).update("")
        values = self.values()
        if values == self.initial and not (self.restored or self.keep_both):
            return
        text = max((str(v) for v in values.values() if isinstance(v, str)), key=len, default="")
        self.draft.changed(
            {
                "kind": "conflict",
                "record_id": self.conflict.record_id,
                "values": values,
                "about_label": f"Conflict: {brief(self.conflict.label)}",
                "text": text,
            }
        )

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        """A text field changed."""
        self._changed()

    def on_input_changed(self, event: Input.Changed) -> None:
        """A one-line field changed."""
        self._changed()

    def on_select_changed(self, event: Select.Changed) -> None:
        """A choice changed."""
        self._changed()

    def on_selection_list_selected_changed(self, event: SelectionList.SelectedChanged[str]) -> None:
        """A tick changed."""
        self._changed()

    # Keep both ------------------------------------------------------------------------------
    def on_button_pressed(self, event: Button.Pressed) -> None:
        """ "Keep both texts" under a field."""
        bid = event.button.id or ""
        if bid.startswith("cf-both-"):
            self._keep_both(bid.removeprefix("cf-both-"))

    def action_both(self) -> None:
        """Keep both texts in the focused text field, or in the only one the sides wrote
        differently wherever the focus is."""
        differing = [f.name for f in self.inputs if f.kind == "text" and f.differs]
        focused = self.focused
        name = (focused.id or "").removeprefix("cf-") if isinstance(focused, TextArea) else ""
        if name not in differing:
            name = differing[0] if len(differing) == 1 else ""
        if name:
            self._keep_both(name)
            return
        self.notify(
            "Move to a text field marked ≠ first: more than one was written differently."
            if differing
            else "The sides wrote every text field the same: there are no two texts to keep.",
            severity="warning",
            timeout=6,
        )

    def _keep_both(self, name: str) -> None:
        area = self.query_one(f"#cf-{name}", TextArea)
        area.load_text(both_texts(self.conflict, name))
        area.focus()
        self._changed()

    # Saving ---------------------------------------------------------------------------------
    def action_save(self) -> None:
        """Check the values, then ask (naming whose version is superseded)."""
        values = self.values()
        try:
            RECORD_TYPES[self.conflict.kind].model_validate(values)
        except ValueError as exc:
            first = str(exc).splitlines()[1:3]
            self.query_one("#cf-error", Static).update(
                escape("These values cannot be kept: " + " ".join(s.strip() for s in first))
            )
            return
        lost = superseded(self.conflict, values)
        named = named_by(self.conflict, values)
        question = f"Keep this version of {escape(brief(named).rstrip('.'))}?\n" + (
            "It supersedes "
            + "; and ".join(escape(x) for x in lost)
            + ".\n"
            + history_note(self.conflict, values)
            if lost
            else "It keeps every change each side made; each side stays in the history as written."
        )

        def answered(yes: bool | None) -> None:
            if yes:
                self.draft.stop()
                self.dismiss(ConflictEdit(values, self.draft))

        self.app.push_screen(ConfirmModal(question, yes="Keep it", no="Back to the form"), answered)

    def action_cancel(self) -> None:
        """Close without settling; with changes, ask first (and then drop the draft)."""
        if not self.dirty:
            self.draft.discard()
            self.dismiss(None)
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.draft.discard()
                self.dismiss(None)

        self.app.push_screen(
            ConfirmModal(
                f"Discard your edit of {escape(brief(self.conflict.label).rstrip('.'))}?",
                yes="Discard",
                no="Keep editing",
                default="no",
            ),
            answered,
        )
