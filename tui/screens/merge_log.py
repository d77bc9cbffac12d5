"""The merge log: who merged which file into this database, when, with what counts.

The log is local to the file (it is never merged), so the master's log is the history
of the team's merges and an inspector's log shows when they last took the master.
Enter opens a merge to what it did, record by record (`tui/screens/merge_changes.py`).
A merge that brought nothing (no version, no note) is hidden until `a` shows every
merge: with ten inspectors merged every evening, most rows of a master's log read
"0 0 0 0 0" by the second week, and the few that matter were hard to find (tester 33,
F14).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable, Header, Static

from store.errors import FieldworkError
from store.models import counted
from tui.screens.base import FieldworkScreen
from tui.screens.merge_changes import MergeChangesScreen
from tui.widgets.footer import Footer

if TYPE_CHECKING:
    from store.merge import MergeLogEntry


class MergeLogLoaded(Message):
    """The log, read in a worker."""

    def __init__(self, entries: list[MergeLogEntry]) -> None:
        super().__init__()
        self.entries = entries


class MergeLogFailed(Message):
    """Reading the log failed; `text` is the one-sentence error."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class MergeLogScreen(FieldworkScreen[None]):
    """Every merge into this database, newest first."""

    DEFAULT_CSS = """
    MergeLogScreen #merge-log-table { height: 1fr; border: round $primary; }
    MergeLogScreen #merge-log-summary { height: auto; padding: 0 1; }
    """
    BINDINGS = [
        Binding("enter", "open", "Open", id="merge-log-open",
                tooltip="What the highlighted merge did, record by record."),
        Binding("r", "refresh", "Refresh", id="merge-log-refresh",
                tooltip="Read the log again."),
        Binding("a", "toggle_empty", "All merges", id="merge-log-all",
                tooltip="Show the merges that brought nothing too, or hide them again."),
        Binding("escape", "close", "Back", id="merge-log-close", tooltip="Close this screen."),
    ]  # fmt: skip

    def __init__(self) -> None:
        super().__init__(id="merge-log")
        self.entries: list[MergeLogEntry] = []
        """Every merge, newest first."""
        self.shown: list[MergeLogEntry] = []
        """The merges in the table: those that brought something, or every one."""
        self.show_empty = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Loading…", id="merge-log-summary")
        table: DataTable[str] = DataTable(id="merge-log-table", cursor_type="row")
        table.add_columns(
            "When", "By", "File", "Versions", "New", "Changed", "Deleted", "New conflicts"
        )
        yield table
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Merge log"
        self.load()

    @work(thread=True, exclusive=True, group="merge-log", exit_on_error=False)
    def load(self) -> None:
        try:
            entries = self.store.merge_log()
        except FieldworkError as exc:
            self.post_message(MergeLogFailed(str(exc)))
            return
        self.post_message(MergeLogLoaded(entries))

    @on(MergeLogLoaded)
    def _loaded(self, message: MergeLogLoaded) -> None:
        self.entries = message.entries
        self._fill()

    def _fill(self) -> None:
        self.shown = [e for e in self.entries if self.show_empty or _brought(e)]
        table = self.query_one("#merge-log-table", DataTable)
        table.clear()
        for e in self.shown:
            table.add_row(
                e.at.replace("T", " ").rstrip("Z"),
                e.by_name,
                Path(e.src_path).name,
                str(e.new_versions),
                str(e.new_records),
                str(e.changed),
                str(e.deleted),
                str(e.new_conflicts),
                key=str(e.id),
            )
        n, hidden = len(self.entries), len(self.entries) - len(self.shown)
        if not n:
            summary = "No merges into this database yet."
        else:
            summary = f"{counted(n, 'merge')}, newest first; Enter opens one to what it changed."
            if hidden:
                summary += (f" {counted(hidden, 'merge')} that brought nothing "
                            f"{'is' if hidden == 1 else 'are'} hidden: a shows them.")  # fmt: skip
            elif self.show_empty:
                summary += " a hides the merges that brought nothing."
        self.query_one("#merge-log-summary", Static).update(summary)

    def action_toggle_empty(self) -> None:
        """Show the merges that brought nothing too, or hide them again."""
        self.show_empty = not self.show_empty
        self._fill()

    @on(MergeLogFailed)
    def _failed(self, message: MergeLogFailed) -> None:
        self.notify(message.text, severity="error", title="Merge log")

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on a merge opens it."""
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        """What the highlighted merge did, record by record."""
        row = self.query_one("#merge-log-table", DataTable).cursor_row
        if 0 <= row < len(self.shown):
            self.app.push_screen(MergeChangesScreen(self.shown[row]))

    def action_refresh(self) -> None:
        self.load()

    def action_close(self) -> None:
        self.app.pop_screen()


def _brought(e: MergeLogEntry) -> bool:
    """Whether a merge brought anything: a version, a settled conflict or a note."""
    return bool(e.new_versions or e.new_conflicts or e.settled or e.notes)
