"""Offer back the drafts a closed terminal, killed process or flat battery left."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from store.models import Draft
from tui.modals.note_view import when


@dataclass(frozen=True)
class DraftChoice:
    """What to do with one draft."""

    action: Literal["restore", "discard"]
    draft: Draft


class DraftRecoveryModal(ModalScreen[DraftChoice | None]):
    """List unsaved drafts: Enter restores one into the editor, d discards it."""

    DEFAULT_CSS = """
    DraftRecoveryModal { align: center middle; }
    DraftRecoveryModal > Vertical {
        width: 100; max-width: 98%; height: auto; max-height: 90%; padding: 1 2;
        border: thick $warning; background: $surface;
    }
    DraftRecoveryModal DataTable { height: auto; max-height: 12; margin-top: 1; }
    DraftRecoveryModal #drafts-keys { margin-top: 1; color: $text-muted; }
    """
    BINDINGS = [
        Binding(
            "enter,r",
            "restore",
            "Restore",
            id="draft-restore",
            tooltip="Open the highlighted draft where it was written (editor, grade, judgement, conflict).",
        ),
        Binding(
            "d",
            "discard",
            "Discard",
            id="draft-discard",
            tooltip="Throw the highlighted draft away.",
        ),
        Binding(
            "escape",
            "later",
            "Later",
            id="draft-later",
            tooltip="Keep the drafts and decide next time.",
        ),
    ]

    def __init__(self, drafts: list[Draft]) -> None:
        super().__init__()
        self.drafts = drafts

    def compose(self) -> ComposeResult:
        with Vertical():
            count = len(self.drafts)
            yield Static(
                f"[b]Unsaved work found[/b]: {count} draft{'s' if count != 1 else ''} "
                "kept from a session that ended before saving.",
                id="drafts-title",
            )
            table: DataTable[str] = DataTable(id="drafts-table", cursor_type="row")
            table.add_columns("Kept at", "About", "Text", "Saved already?")
            for d in self.drafts:
                about = str(d.payload.get("about_label") or "")
                text = " ".join(str(d.payload.get("text") or "").split())
                saved = f"a note of {when(d.saved_at)} begins so" if d.saved_at else ""
                table.add_row(d.updated_at[:19].replace("T", " "), about, text[:44], saved,
                              key=d.key)  # fmt: skip
            yield table
            if any(d.saved_at for d in self.drafts):
                yield Static(
                    "A draft a saved note begins with is likely that note half-typed (a "
                    "backup kept it while it was typed): d discards it; restoring it would "
                    "save the words twice.",
                    id="drafts-saved",
                )
            yield Static("Enter restore · d discard · Esc decide later", id="drafts-keys")

    def _current(self) -> Draft | None:
        table = self.query_one(DataTable)
        if not self.drafts or table.cursor_row < 0:
            return None
        return self.drafts[min(table.cursor_row, len(self.drafts) - 1)]

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter or a click on a row restores it."""
        event.stop()
        self.action_restore()

    def action_restore(self) -> None:
        """Restore the highlighted draft."""
        draft = self._current()
        if draft is not None:
            self.dismiss(DraftChoice("restore", draft))

    def action_discard(self) -> None:
        """Discard the highlighted draft."""
        draft = self._current()
        if draft is not None:
            self.dismiss(DraftChoice("discard", draft))

    def action_later(self) -> None:
        """Close without deciding."""
        self.dismiss(None)
