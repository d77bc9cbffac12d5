"""Evidence I deleted, from anywhere: the notes whose current version is my deletion
(`Store.deleted_evidence`, so the list survives leaving the case and quitting), newest
first; Enter restores the highlighted one.

`offer_deleted(app)` is what the command palette runs: it reads the list in a thread
worker, shows it, and restores the chosen note in another.
"""

from __future__ import annotations

from typing import Any, cast

from textual.app import App
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from store.errors import FieldworkError
from store.models import POLARITY_LABELS
from store.record_history import DeletedEvidence
from tui.markup import escape
from tui.modals.chooser import ChooserModal
from tui.navigation import Workbench

SHOWN = 30
"""How many of my newest deletions the list offers."""


def _label(d: DeletedEvidence, refs: dict[str, str]) -> str:
    ev = d.evidence
    where = refs.get(ev.case_id or "", "") or (
        f"Area {ev.area_code}" if ev.area_code else "National"
    )
    text = " ".join(ev.text.split())
    text = text if len(text) <= 60 else text[:59] + "…"
    finding = POLARITY_LABELS[ev.polarity]
    return f"{escape(where)} · {d.deleted_at[:16].replace('T', ' ')} · {finding}: {escape(text)}"


class DeletedEvidenceModal(ChooserModal[DeletedEvidence]):
    """My deleted notes, newest first; Enter restores one, Esc closes."""

    BINDINGS = [
        Binding("escape", "cancel", "Close", id="deleted-close", tooltip="Restore nothing."),
    ]
    PREFIX = "deleted"
    WIDTH = 110

    def __init__(self, deleted: list[DeletedEvidence], refs: dict[str, str]) -> None:
        """`refs`: case id to reference, for the cases the notes were in."""
        super().__init__(
            "Evidence you deleted (newest first)",
            "Enter restores the highlighted note · Esc closes",
        )
        self.deleted = deleted
        self.refs = refs

    def options(self) -> list[Option]:
        """One line a deleted note."""
        return [Option(_label(d, self.refs), id=d.evidence_id) for d in self.deleted]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter: restore this one."""
        event.stop()
        self.dismiss(self.deleted[event.option_index])


def offer_deleted(app: App[Any]) -> None:
    """Read my deleted evidence, offer it, restore the chosen note (all off the UI
    thread); say so when there is nothing to restore."""
    store = cast(Workbench, app).store

    def chosen(choice: DeletedEvidence | None) -> None:
        if choice is not None:
            app.run_worker(lambda: restore(choice), thread=True, group="deleted-restore",
                           exit_on_error=False)  # fmt: skip

    def restore(choice: DeletedEvidence) -> None:
        try:
            store.restore_evidence(choice.evidence_id)
        except FieldworkError as exc:
            app.call_from_thread(app.notify, str(exc), severity="error", timeout=8)
            return
        deleted = cast(Workbench, app).deleted
        for entry in [e for e in deleted if e[0] == choice.evidence_id]:
            app.call_from_thread(deleted.remove, entry)
        excerpt = " ".join(choice.evidence.text.split())[:40]
        app.call_from_thread(app.notify, f"Restored: {excerpt}…", title="Evidence restored")
        app.call_from_thread(_reload, app)

    def read() -> None:
        try:
            deleted = store.deleted_evidence(limit=SHOWN)
        except FieldworkError as exc:
            app.call_from_thread(app.notify, str(exc), severity="error", timeout=8)
            return
        if not deleted:
            app.call_from_thread(app.notify, "You have no deleted evidence to restore.")
            return
        refs = {}
        for d in deleted:
            cid = d.evidence.case_id
            if cid and cid not in refs:
                try:
                    refs[cid] = store.case(cid).ref
                except FieldworkError:
                    refs[cid] = "a removed case"
        app.call_from_thread(app.push_screen, DeletedEvidenceModal(deleted, refs), chosen)

    app.run_worker(read, thread=True, group="deleted-read", exit_on_error=False)


def _reload(app: App[Any]) -> None:
    """The screen below shows the restored note (a case or list reads itself again)."""
    load = getattr(app.screen, "load", None)
    if callable(load):
        load()
