"""Conflicts: records whose versions disagree, side by side, for the lead to settle.

The list on the left holds every record in conflict; the table on the right shows its
sides (one column each) field by field, with the fields that differ marked.  Move the
column cursor to a side and press Enter (or 1-4) to keep it (the screen first says
whose version that supersedes, and asks), or press `e` to edit the values.  Fields have
their names for people, codes their labels, and each side's text is shown whole.  Each resolution is a new version whose parents are all the sides, so it
travels to the other databases like any edit.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Protocol, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Header, Static, TextArea

from store.errors import FieldworkError
from store.models import POLARITY_LABELS, STATUS_LABELS
from tui.modals.confirm import ConfirmModal
from tui.widgets.footer import Footer

if TYPE_CHECKING:
    from store.conflicts import Conflict
    from store.framework import Framework
    from store.store import Store


class _HasStore(Protocol):
    store: Store


class ConflictsLoaded(Message):
    """The conflicts, read in a worker."""

    def __init__(self, conflicts: list[Conflict]) -> None:
        super().__init__()
        self.conflicts = conflicts


class ConflictResolved(Message):
    """A conflict was settled."""

    def __init__(self, record_id: str) -> None:
        super().__init__()
        self.record_id = record_id


class ConflictsFailed(Message):
    """A store call failed; `text` is the one-sentence error."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


FIELD_LABELS = {
    "text": "What was read, seen or heard",
    "child_words": "The child's own words",
    "child_words_flag": "Has the child's words",
    "criteria": "Criteria",
    "polarity": "Finding",
    "source": "Source",
    "safeguarding": "Safeguarding concern",
    "escalation": "Escalation",
    "escalation_note": "Escalation note",
    "case_id": "Case",
    "area_code": "Area",
    "criterion_id": "Criterion",
    "judgement_id": "Judgement",
    "grade": "Grade",
    "rationale": "Rationale",
    "inspector_id": "Inspector",
    "status": "Status",
    "stage": "Stage",
    "child_seen": "Child seen",
    "seen_alone": "Seen alone",
    "notes": "Notes",
    "(deleted)": "Deleted",
}
"""Field names as the lead reads them (any other: its name, spaced and capitalised)."""


def field_label(field: str) -> str:
    """A record field's name for people."""
    return FIELD_LABELS.get(field, field.replace("_", " ").capitalize())


def cell_text(fw: Framework, kind: str, field: str, value: Any) -> str:
    """A field's value for people: labels for codes, the whole text."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if not isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    labels: dict[str, Any] = {
        "polarity": POLARITY_LABELS.get,
        "status": STATUS_LABELS.get,
        "source": fw.source_label,
        "grade": fw.grading_label if kind == "grading" else (lambda c: fw.grade(c).label),
    }
    try:
        return str(labels[field](value) or value) if field in labels else value
    except (KeyError, ValueError, LookupError):
        return value


class ValuesEditor(ModalScreen[dict[str, Any] | None]):
    """Edit a record's values as JSON; Ctrl+S keeps them, Escape cancels."""

    DEFAULT_CSS = """
    ValuesEditor { align: center middle; }
    ValuesEditor > Vertical { width: 90%; height: 80%; border: thick $primary; background: $panel; }
    ValuesEditor TextArea { height: 1fr; }
    ValuesEditor #values-error { color: $error; height: auto; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", "Keep these values", id="values-save",
                tooltip="Resolve the conflict with the values as edited."),
        Binding("escape", "cancel", "Cancel", id="values-cancel",
                tooltip="Close without resolving."),
    ]  # fmt: skip

    def __init__(self, values: dict[str, Any]) -> None:
        super().__init__()
        self._text = json.dumps(values, indent=2, ensure_ascii=False)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("Edit the values to keep (JSON). Ctrl+S keeps them; Escape cancels.")
            yield TextArea(self._text, language=None, id="values-text")
            yield Static("", id="values-error")

    def action_save(self) -> None:
        try:
            values = json.loads(self.query_one("#values-text", TextArea).text)
        except json.JSONDecodeError as exc:
            self.query_one("#values-error", Static).update(
                f"Not JSON: {exc.msg}, line {exc.lineno}"
            )
            return
        if not isinstance(values, dict):
            self.query_one("#values-error", Static).update("The values must be a JSON object.")
            return
        self.dismiss(values)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConflictsScreen(Screen[None]):
    """Every record in conflict, its sides field by field, and the lead's choice."""

    DEFAULT_CSS = """
    ConflictsScreen #conflicts-body { height: 1fr; }
    ConflictsScreen #conflicts-list { width: 28%; height: 1fr; border: round $primary; }
    ConflictsScreen #conflicts-detail { width: 72%; height: 1fr; }
    ConflictsScreen #conflicts-sides { height: 1fr; border: round $secondary; }
    ConflictsScreen #conflicts-title { height: auto; padding: 0 1; text-style: bold; }
    ConflictsScreen #conflicts-hint { height: auto; padding: 0 1; color: $text-muted; }
    """
    BINDINGS = [
        Binding("enter", "take_current", "Keep this side", id="conflicts-take",
                tooltip="Resolve with the side under the column cursor."),
        Binding("1", "take(0)", "Keep side 1", id="conflicts-take-1", show=False,
                tooltip="Resolve with the first side."),
        Binding("2", "take(1)", "Keep side 2", id="conflicts-take-2", show=False,
                tooltip="Resolve with the second side."),
        Binding("3", "take(2)", "Keep side 3", id="conflicts-take-3", show=False,
                tooltip="Resolve with the third side."),
        Binding("4", "take(3)", "Keep side 4", id="conflicts-take-4", show=False,
                tooltip="Resolve with the fourth side."),
        Binding("e", "edit", "Edit and keep", id="conflicts-edit",
                tooltip="Edit the values, then resolve with them."),
        Binding("r", "refresh", "Refresh", id="conflicts-refresh",
                tooltip="Read the conflicts again (after a merge)."),
        Binding("escape", "close", "Back", id="conflicts-close", tooltip="Close this screen."),
    ]  # fmt: skip

    def __init__(self) -> None:
        super().__init__(id="conflicts")
        self.conflicts: list[Conflict] = []

    @property
    def store(self) -> Store:
        return cast(_HasStore, self.app).store

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="conflicts-body"):
            table: DataTable[str] = DataTable(id="conflicts-list", cursor_type="row")
            table.add_columns("Record", "Sides")
            yield table
            with Vertical(id="conflicts-detail"):
                yield Static("Loading…", id="conflicts-title")
                sides: DataTable[Text] = DataTable(id="conflicts-sides", cursor_type="column")
                yield sides
                yield Static(
                    "← → choose a side · Enter keep it · e edit · r refresh", id="conflicts-hint"
                )
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Conflicts"
        self.load()

    # Workers ----------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="conflicts", exit_on_error=False)
    def load(self) -> None:
        try:
            found = self.store.conflicts()
        except FieldworkError as exc:
            self.post_message(ConflictsFailed(str(exc)))
            return
        self.post_message(ConflictsLoaded(found))

    @work(thread=True, group="conflicts-resolve", exit_on_error=False)
    def resolve(self, record_id: str, take: str | None, values: dict[str, Any] | None) -> None:
        try:
            if take is not None:
                self.store.resolve(record_id, take=take)
            else:
                self.store.resolve(record_id, values=values)
        except FieldworkError as exc:
            self.post_message(ConflictsFailed(str(exc)))
            return
        self.post_message(ConflictResolved(record_id))

    # Messages ---------------------------------------------------------------------------
    @on(ConflictsLoaded)
    def _loaded(self, message: ConflictsLoaded) -> None:
        self.conflicts = message.conflicts
        table = self.query_one("#conflicts-list", DataTable)
        table.clear()
        for c in self.conflicts:
            table.add_row(c.label, str(len(c.sides)), key=c.record_id)
        if not self.conflicts:
            self.query_one("#conflicts-title", Static).update("No conflicts: every record agrees.")
            self.query_one("#conflicts-sides", DataTable).clear(columns=True)
            return
        table.move_cursor(row=0)
        self._show(0)

    @on(ConflictResolved)
    def _resolved(self, message: ConflictResolved) -> None:
        self.notify("Resolved; the choice travels with the next merge.", title="Conflict")
        self.load()

    @on(ConflictsFailed)
    def _failed(self, message: ConflictsFailed) -> None:
        self.notify(message.text, severity="error", title="Conflicts")

    @on(DataTable.RowHighlighted, "#conflicts-list")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show(event.cursor_row)

    # Showing one conflict -----------------------------------------------------------------
    def _current(self) -> Conflict | None:
        row = self.query_one("#conflicts-list", DataTable).cursor_row
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show(self, index: int) -> None:
        if not 0 <= index < len(self.conflicts):
            return
        c = self.conflicts[index]
        self.query_one("#conflicts-title", Static).update(c.label)
        sides = self.query_one("#conflicts-sides", DataTable)
        sides.clear(columns=True)
        fw = self.store.framework
        # Side by side, each side's full text wrapped in its own column.
        label_width = 24
        room = max(20, sides.size.width - label_width - 2 * (len(c.sides) + 1) - 2)
        width = max(16, room // max(1, len(c.sides)))
        sides.add_column("Field", key="field", width=label_width)
        for n, s in enumerate(c.sides, start=1):
            mark = " (shown now)" if s.winner else ""
            sides.add_column(f"{n}: {s.author_name}{mark}", key=s.version_id, width=width)
        fields = sorted({k for s in c.sides for k in s.values}, key=lambda k: k not in c.fields)
        sides.add_row(Text("When"), *[Text(s.at[:16].replace("T", " ")) for s in c.sides])
        sides.add_row(
            Text("≠ Deleted" if "(deleted)" in c.fields else "  Deleted"),
            *[Text("yes" if s.deleted else "no") for s in c.sides],
        )
        for k in fields:
            differs = k in c.fields
            style = "bold" if differs else "dim"
            label = Text(("≠ " if differs else "  ") + field_label(k), style=style)
            values = [Text(cell_text(fw, c.kind, k, s.values.get(k)), style=style) for s in c.sides]
            sides.add_row(label, *values, key=k, height=None)
        sides.move_cursor(column=1)

    # Actions ----------------------------------------------------------------------------
    def action_take_current(self) -> None:
        column = self.query_one("#conflicts-sides", DataTable).cursor_column
        self.action_take(max(column - 1, 0))

    def action_take(self, side: int) -> None:
        """Keep one side, after saying whose change it supersedes."""
        c = self._current()
        if c is None or side >= len(c.sides):
            return
        kept = c.sides[side]
        others = [s for s in c.sides if s is not kept]
        lost = "; ".join(f"{s.author_name}'s ({s.at[:16].replace('T', ' ')})" for s in others)
        differ = ", ".join(field_label(f) for f in c.fields) or "nothing"
        question = (
            f"Keep {kept.author_name}'s version of {c.label}?\n"
            f"It supersedes {lost}, which differ in: {differ}.  What they wrote stays in "
            "the history but no longer shows."
        )

        def answered(yes: bool | None) -> None:
            if yes:
                self.resolve(c.record_id, kept.version_id, None)

        self.app.push_screen(ConfirmModal(question, yes="Keep it", no="Cancel"), answered)

    def action_edit(self) -> None:
        c = self._current()
        if c is None:
            return
        column = self.query_one("#conflicts-sides", DataTable).cursor_column
        side = c.sides[min(max(column - 1, 0), len(c.sides) - 1)]
        live = side if not side.deleted else next((s for s in c.sides if not s.deleted), side)

        def done(values: dict[str, Any] | None) -> None:
            if values is not None:
                self.resolve(c.record_id, None, values)

        self.app.push_screen(ValuesEditor(live.values), done)

    def action_refresh(self) -> None:
        self.load()

    def action_close(self) -> None:
        self.app.pop_screen()
