"""One merge, opened from the merge log: every record it added, changed, deleted, put in
conflict or settled, with labels (the case's reference, the criterion, the fields by
their names), never ids.  New conflicts come first; Enter on one opens the conflicts
screen to settle it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable, Header, Static

from exporters.conflict_fields import field_label
from store.errors import FieldworkError
from store.models import counted
from tui.screens.base import FieldworkScreen
from tui.widgets.footer import Footer

if TYPE_CHECKING:
    from store.merge import MergeLogEntry
    from store.merge_changes import MergeChange

WHAT = {
    "conflict": ("New conflict", "bold red"),
    "settled": ("Conflict settled", "green"),
    "new": ("Added", ""),
    "changed": ("Changed", ""),
    "deleted": ("Deleted", "yellow"),
    "arrived": ("Versions came", "dim"),
}
"""How each outcome reads, and its style."""

KINDS = {
    "evidence": "Evidence",
    "grading": "Grading",
    "judgement": "Judgement",
    "recommendation": "Recommendation",
    "case": "Case",
    "area": "Area",
    "inspector": "Person",
    "protected_name": "Protected name",
    "sample": "Sample",
    "inspection": "Inspection",
    "identify_decision": "Check decision",
    "identify_override": "Export despite hits",
    "redaction": "Redaction",
}


def merge_summary(e: MergeLogEntry) -> str:
    """One line about a merge: which file, who, when, and the counts in words."""
    when = e.at.replace("T", " ")[:16]
    who = f" by {e.by_name}" if e.by_name else ""
    if not e.new_versions:
        return f"{Path(e.src_path).name}{who}, {when}: nothing new."
    parts = [
        counted(e.new_records, "record") + " added",
        f"{e.changed} changed",
        f"{e.deleted} deleted",
        counted(e.new_conflicts, "new conflict"),
    ]
    if e.settled:
        parts.append(counted(e.settled, "conflict") + " settled")
    return f"{Path(e.src_path).name}{who}, {when}: " + ", ".join(parts) + "."


class MergeChangesLoaded(Message):
    """The merge's records, read in a worker."""

    def __init__(self, changes: list[MergeChange]) -> None:
        super().__init__()
        self.changes = changes


class MergeChangesScreen(FieldworkScreen[None]):
    """What one merge did, record by record."""

    DEFAULT_CSS = """
    MergeChangesScreen #merge-changes-summary { height: auto; padding: 0 1; }
    MergeChangesScreen #merge-changes-table { height: 1fr; border: round $primary; }
    MergeChangesScreen #merge-changes-hint { height: auto; padding: 0 1; color: $text-muted; }
    """
    BINDINGS = [
        Binding("enter", "open", "Settle", id="merge-changes-open",
                tooltip="On a new conflict: open the conflicts screen to settle it."),
        Binding("escape", "close", "Back", id="merge-changes-close",
                tooltip="Back to the merge log."),
    ]  # fmt: skip

    def __init__(self, entry: MergeLogEntry) -> None:
        super().__init__(id="merge-changes")
        self.entry = entry
        self.changes: list[MergeChange] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(merge_summary(self.entry), id="merge-changes-summary")
        table: DataTable[Text | str] = DataTable(id="merge-changes-table", cursor_type="row")
        yield table
        yield Static("Loading…", id="merge-changes-hint")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Merge log"
        self.sub_title = Path(self.entry.src_path).name
        self.load()

    @work(thread=True, exclusive=True, group="merge-changes", exit_on_error=False)
    def load(self) -> None:
        """Read what the merge did to each record."""
        try:
            changes = self.store.merge_changes(self.entry.id)
        except FieldworkError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error")
            return
        self.post_message(MergeChangesLoaded(changes))

    @on(MergeChangesLoaded)
    def _loaded(self, message: MergeChangesLoaded) -> None:
        self.changes = message.changes
        table: DataTable[Text | str] = self.query_one("#merge-changes-table", DataTable)
        table.clear(columns=True)
        # The kind shows in the label too ("Evidence on case …"): its column only when wide.
        wide = self.size.width >= 100
        fields_width = 30 if wide else 20
        room = max(20, self.size.width - 16 - (12 if wide else 0) - fields_width - 10)
        table.add_column("What", key="what", width=16)
        if wide:
            table.add_column("Kind", key="kind", width=12)
        table.add_column("Record", key="record", width=room)
        table.add_column("Fields", key="fields", width=fields_width)
        for i, c in enumerate(self.changes):
            what, style = WHAT.get(c.what, (c.what, ""))
            kind = KINDS.get(c.kind, c.kind.replace("_", " ").capitalize())
            row: list[Text | str] = [Text(what, style=style), *([kind] if wide else [])]
            row += [Text(c.label, overflow="ellipsis", no_wrap=True)]
            row += [Text(", ".join(field_label(f) for f in c.fields), overflow="ellipsis")]
            table.add_row(*row, key=str(i), height=None)
        n = len(self.changes)
        if not n:
            hint = "This merge brought nothing new."
        elif self.changes[0].what == "arrived":
            hint = (
                f"{counted(n, 'record')} received versions in this merge (made before "
                "Fieldwork kept what each merge changed)."
            )
        else:
            hint = f"{counted(n, 'record')}; Enter on a new conflict settles it."
        self.query_one("#merge-changes-hint", Static).update(hint)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on a record."""
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        """A new conflict: open the conflicts screen."""
        row = self.query_one("#merge-changes-table", DataTable).cursor_row
        if not 0 <= row < len(self.changes):
            return
        if self.changes[row].what != "conflict":
            self.notify("Only a new conflict opens from here.", timeout=3)
            return
        from tui.screens.conflicts import ConflictsScreen

        self.app.push_screen(ConflictsScreen(focus=self.changes[row].record_id))

    def action_close(self) -> None:
        """Back to the merge log."""
        self.dismiss(None)
