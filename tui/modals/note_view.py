"""Read a note without editing it: the whole text, the child's own words, any
safeguarding concern, its criteria, source and finding, who wrote it and when, and the
history of its versions (who, when, what changed: the words added and removed, the
finding or criteria before and after).  `e` asks for the editor (the dialog dismisses
with "edit"), Esc closes.
"""

from __future__ import annotations

import datetime as dt
import difflib
from typing import Any, Literal, cast

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Static

from store.errors import FieldworkError
from store.framework import Framework
from store.models import POLARITY_LABELS, StoredEvidence
from store.record_history import FieldChange, RecordVersion
from tui.markup import escape
from tui.navigation import Workbench

NoteAction = Literal["edit"]


def when(stamp: str) -> str:
    """`2019-10-02T14:05:09.123Z` as `2019-10-02 14:05`."""
    return stamp[:16].replace("T", " ")


def day(stamp: str, year: bool = True) -> str:
    """`2026-12-06T14:05:09.123Z` as `6 Dec 2026`, or `6 Dec` (tester 26, F4: `12-06`
    reads as 12 June to an English reader)."""
    d = dt.date.fromisoformat(stamp[:10])
    return f"{d.day} {d:%b %Y}" if year else f"{d.day} {d:%b}"


FIELD_NAMES = {
    "text": "text",
    "child_words": "child's words",
    "safeguarding": "safeguarding note",
    "escalation_note": "escalation note",
    "criteria": "criteria",
    "source": "source",
    "polarity": "finding",
    "escalation": "escalation",
    "child_words_flag": "child's words flag",
    "case_id": "case",
    "area_code": "area",
}
"""How the history names each field of a note."""
TEXT_FIELDS = ("text", "child_words", "safeguarding", "escalation_note")
ESCALATION = {"none": "none", "needs-escalation": "not yet escalated", "escalated": "escalated"}
ACTIONS = {
    "created": "wrote it",
    "changed": "changed",
    "deleted": "deleted it",
    "restored": "restored it",
    "settled": "settled a conflict:",
}


def _quote(words: list[str], limit: int = 60) -> str:
    text = " ".join(words)
    return "“" + (text if len(text) <= limit else text[: limit - 1] + "…") + "”"


def words_changed(before: str, after: str, runs: int = 3) -> str:
    """The words added and removed between two texts, as a short phrase."""
    old, new = before.split(), after.split()
    parts: list[str] = []
    ops = [op for op in difflib.SequenceMatcher(None, old, new).get_opcodes() if op[0] != "equal"]
    for tag, i1, i2, j1, j2 in ops[:runs]:
        if tag in ("replace", "delete"):
            parts.append(f"removed {_quote(old[i1:i2])}")
        if tag in ("replace", "insert"):
            parts.append(f"added {_quote(new[j1:j2])}")
    if len(ops) > runs:
        parts.append(f"and {len(ops) - runs} more")
    return ", ".join(parts) or "spacing only"


def _value(fw: Framework, name: str, value: Any) -> str:
    if name == "polarity":
        return POLARITY_LABELS.get(str(value), str(value))
    if name == "source":
        return fw.source_label(str(value))
    if name == "criteria":
        return " ".join(value or []) or "none"
    if name == "escalation":
        return ESCALATION.get(str(value), str(value))
    if name == "child_words_flag":
        return "yes" if value else "no"
    return str(value) if value else "none"


def change_words(fw: Framework, change: FieldChange) -> str:
    """One field's change in words (free text: the words added and removed)."""
    name = FIELD_NAMES.get(change.field, change.field.replace("_", " "))
    if change.field in TEXT_FIELDS:
        return f"{name}: {words_changed(str(change.before or ''), str(change.after or ''))}"
    if change.field == "case_id":
        return "moved to another case"
    before, after = _value(fw, change.field, change.before), _value(fw, change.field, change.after)
    return f"{name}: {before} → {after}"


def sides_settled(fw: Framework, v: RecordVersion, names: dict[str, str]) -> str:
    """A settlement that kept one side whole, as the conflict dialog put it: whose
    version was kept, and whose was set aside with what it said instead."""
    assert v.kept is not None
    said = f"kept {names.get(v.kept.author, v.kept.author)}'s version"
    for side in v.set_aside:
        theirs = "; ".join(side_words(fw, c) for c in side.changes)
        said += f"; set aside {names.get(side.author, side.author)}'s ({theirs})"
    return said


def side_words(fw: Framework, change: FieldChange, runs: int = 3) -> str:
    """What a version set aside said that the version kept does not: the words only it
    had, or its value of a field."""
    name = FIELD_NAMES.get(change.field, change.field.replace("_", " "))
    if change.field not in TEXT_FIELDS:
        return f"{name} {_value(fw, change.field, change.after)}"
    old, new = str(change.before or "").split(), str(change.after or "").split()
    ops = difflib.SequenceMatcher(None, old, new).get_opcodes()
    own = [_quote(new[j1:j2]) for tag, _i1, _i2, j1, j2 in ops if tag in ("replace", "insert")]
    how = "with"
    if not own:  # it only left words out
        how, own = (
            "without",
            [_quote(old[i1:i2]) for tag, i1, i2, _j1, _j2 in ops if tag == "delete"],
        )
    if not own:
        return f"{name} spaced differently"
    more = f" and {len(own) - runs} more" if len(own) > runs else ""
    return f"{name} {how} {', '.join(own[:runs])}{more}"


def history_lines(fw: Framework, versions: list[RecordVersion], names: dict[str, str]) -> list[str]:
    """The history section: one line per version, oldest first."""
    lines = ["[b]History[/b]"]
    for v in versions:
        what = ACTIONS[v.action]
        if v.kept is not None:
            what += " " + sides_settled(fw, v, names)
        elif v.action in ("changed", "settled"):
            what += " " + ("; ".join(change_words(fw, c) for c in v.changes) or "nothing")
        who = escape(names.get(v.author, v.author))
        lines.append(f"{when(v.at)}  {who}  {escape(what)}")
    return lines


def _authors(versions: list[RecordVersion], note: StoredEvidence) -> set[str]:
    """Everyone the header and the history name."""
    out = {note.meta.created_by, note.meta.updated_by}
    for v in versions:
        out.add(v.author)
        out.update(side.author for side in ([v.kept] if v.kept else []) + v.set_aside)
    return out


def byline(note: StoredEvidence, versions: list[RecordVersion], names: dict[str, str]) -> str:
    """Who wrote the note and who last changed it.  Where the last version settled a
    conflict by keeping one side whole, the text is that side's: it is named, and the
    one who settled is said as such (tester 31, F14: the header named the lead who
    settled as the note's last author, though the text was an inspector's, unchanged)."""
    meta = note.meta
    said = f"Written by {names[meta.created_by]} on {when(meta.created_at)}"
    last = versions[-1] if versions else None
    if last is not None and last.kept is not None:
        if last.kept.at != meta.created_at:
            said += f"; last changed by {names[last.kept.author]} on {when(last.kept.at)}"
        return said + f"; kept by {names[last.author]}, settling a conflict, on {when(last.at)}"
    if meta.updated_at != meta.created_at:
        said += f"; last changed by {names[meta.updated_by]} on {when(meta.updated_at)}"
    return said


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
        versions = store.record_history("evidence", note.id)
        names = {a: store.display_name(a) for a in _authors(versions, note)}
        lines = [
            f"[b]{POLARITY_LABELS[note.polarity]}[/b] · {escape(fw.source_label(note.source))}",
            escape(byline(note, versions, names)),
            "",
            *(f"[b]{c}[/b] {escape(fw.criterion_text(c))}" for c in note.criteria),
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
        lines += ["", *history_lines(fw, versions, names)]
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
