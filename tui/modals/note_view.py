"""Read a note without editing it: the whole text, the child's own words, any
safeguarding concern, its criteria, source and finding, who wrote it and when, and who
changed it last.  `e` asks for the editor (the dialog dismisses with "edit"), Esc closes.
"""

from __future__ import annotations

from typing import Literal, cast

from rich.markup import escape
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Static

from store.errors import FieldworkError
from store.models import POLARITY_LABELS, StoredEvidence
from tui.navigation import Workbench

NoteAction = Literal["edit"]


def when(stamp: str) -> str:
    """`2019-10-02T14:05:09.123Z` as `2019-10-02 14:05`."""
    return stamp[:16].replace("T", " ")


class NoteRead(Message):
    """The note and the names of its authors, read in a worker."""

    def __init__(self, note: StoredEvidence, text: str) -> None:
        super().__init__()
        self.note = note
        self.text = text


class NoteView(ModalScreen[NoteAction | None]):
    """One note, read-only."""

    DEFAULT_CSS = """
    NoteView { align: center middle; }
    NoteView > Vertical {
        width: 100; max-width: 98%; height: auto; max-height: 95%; padding: 0 1;
        border: thick $primary; background: $surface;
    }
    NoteView #note-body { height: auto; max-height: 100%; }
    NoteView #note-keys { color: $text-muted; }
    """
    BINDINGS = [
        Binding("e", "edit", "Edit", id="note-edit", tooltip="Edit this note."),
        Binding("escape,enter,q", "close", "Close", id="note-close", tooltip="Close the note."),
    ]

    def __init__(self, evidence_id: str) -> None:
        super().__init__()
        self.evidence_id = evidence_id
        self.note: StoredEvidence | None = None

    def compose(self) -> ComposeResult:
        with Vertical():
            with VerticalScroll(id="note-body"):
                yield Static("Loading…", id="note-text")
            yield Static("e edit · Esc close", id="note-keys")

    def on_mount(self) -> None:
        self.read()

    @work(thread=True, exclusive=True, group="note-view", exit_on_error=False)
    def read(self) -> None:
        """Read the note as stored now, and describe it."""
        store = cast(Workbench, self.app).store
        try:
            note = store.evidence(self.evidence_id)
        except FieldworkError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error", timeout=8)
            return
        fw = store.framework
        lines = [
            f"[b]{POLARITY_LABELS[note.polarity]}[/b] · {escape(fw.source_label(note.source))}",
            f"Written by {escape(store.display_name(note.meta.created_by))} "
            f"on {when(note.meta.created_at)}"
            + (
                f"; last changed by {escape(store.display_name(note.meta.updated_by))} "
                f"on {when(note.meta.updated_at)}"
                if note.meta.updated_at != note.meta.created_at
                else ""
            ),
            "",
            *(f"[b]{c}[/b] {escape(fw.criterion(c).text)}" for c in note.criteria),
            "",
            escape(note.text),
        ]
        if note.child_words:
            lines += ["", "[b]The child's own words[/b]", f"“{escape(note.child_words)}”"]
        if note.safeguarding:
            state = {
                "escalated": "escalated to senior managers",
                "needs-escalation": "not yet escalated",
            }.get(note.escalation, "")
            lines += ["", f"[b]Safeguarding concern[/b] ({state})", escape(note.safeguarding)]
            if note.escalation_note:
                lines.append(f"Escalation: {escape(note.escalation_note)}")
        if note.meta.conflict:
            lines += ["", "[b red]Its versions disagree after a merge (see Conflicts).[/]"]
        self.post_message(NoteRead(note, "\n".join(lines)))

    def on_note_read(self, message: NoteRead) -> None:
        """Show the note."""
        self.note = message.note
        self.query_one("#note-text", Static).update(message.text)

    def action_edit(self) -> None:
        """Close, asking the screen below for the editor."""
        self.dismiss("edit")

    def action_close(self) -> None:
        """Close."""
        self.dismiss(None)
