"""The export running: `ExportProgressScreen` runs the headless exporter
(`exporters.export`) in a thread worker with a progress bar fed by the exporter's
`progress(message, fraction)` callback, and ends with the path written or, when the
identifiability check stops the export, the details it found and where they came from
(nothing is written then).  `start_export(app, store)` asks for the options
(`ExportDialog`, `tui/modals/export.py`) and then runs this, as the command palette does.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import (
    Button,
    DataTable,
    ProgressBar,
    Static,
)

from store.errors import FieldworkError
from tui.markup import escape
from tui.navigation import EditorContext, OpenCase, OpenEditor, ShowIdentifying

if TYPE_CHECKING:
    from store.store import Store
    from tui.navigation import Workbench

from store.paths import default_folder
from tui.modals.export import (
    ExportDialog,
    ExportOutcome,
    ExportRequest,
    HitRow,
    IdentifyingStop,
    run_export,
)


class ExportProgressed(Message):
    """The exporter reported progress."""

    def __init__(self, text: str, fraction: float) -> None:
        super().__init__()
        self.text = text
        self.fraction = fraction


class ExportFinished(Message):
    """The export was written."""

    def __init__(self, outcome: ExportOutcome) -> None:
        super().__init__()
        self.outcome = outcome


class ExportStopped(Message):
    """The identifiability check stopped the export; nothing was written."""

    def __init__(self, reason: IdentifyingStop) -> None:
        super().__init__()
        self.reason = reason


class ExportFailed(Message):
    """The export could not be written; `text` is one sentence."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class HitLocated(Message):
    """The evidence behind a hit, found so that it can be opened."""

    def __init__(self, evidence_id: str, case_id: str | None) -> None:
        super().__init__()
        self.evidence_id = evidence_id
        self.case_id = case_id


class ExportProgressScreen(ModalScreen[Path | None]):
    """Run one export with a progress bar; dismisses with the path written (or None)."""

    DEFAULT_CSS = """
    ExportProgressScreen { align: center middle; }
    ExportProgressScreen > Vertical {
        width: 96; max-width: 98%; height: auto; max-height: 98%; padding: 0 1;
        border: thick $primary; background: $surface;
    }
    ExportProgressScreen.-stopped > Vertical { border: thick $error; }
    ExportProgressScreen #export-progress-title { text-style: bold; }
    ExportProgressScreen ProgressBar { margin: 1 0 0 0; }
    ExportProgressScreen #export-status { color: $text-muted; height: auto; }
    ExportProgressScreen #export-result-box { height: auto; max-height: 45vh; margin-top: 1; }
    ExportProgressScreen #export-result { height: auto; }
    ExportProgressScreen.-stopped #export-result { color: $error; }
    ExportProgressScreen #export-hits { height: auto; max-height: 12; margin-top: 1; }
    ExportProgressScreen #export-progress-buttons {
        height: auto; align-horizontal: right; margin-top: 1;
    }
    """
    BINDINGS = [
        Binding("escape", "close", "Close", id="export-close",
                tooltip="Close (once the export has finished)."),
        Binding("i", "identifying", "Identifying details", id="export-identifying",
                tooltip="Accept the hits that identify nobody."),
    ]  # fmt: skip

    def __init__(self, request: ExportRequest, store: Store | None = None) -> None:
        super().__init__()
        self.request = request
        self._store = store
        self.done = False
        self.written: Path | None = None
        self.hits: list[HitRow] = []
        """The hits shown (that stopped the export, or were written anyway)."""
        self.error: str | None = None

    @property
    def store(self) -> Store:
        """The open inspection (the app's unless one was given)."""
        return self._store or cast("Workbench", self.app).store

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(
                escape(f"{self.request.describe()} → {self.request.path.name}"),
                id="export-progress-title",
            )
            yield ProgressBar(total=100, show_eta=False, id="export-bar")
            yield Static("Starting…", id="export-status")
            with VerticalScroll(id="export-result-box"):  # notes may outrun 80x24
                yield Static("", id="export-result")
            hits: DataTable[str] = DataTable(id="export-hits", cursor_type="row")
            hits.add_columns("Kind", "Text", "Where", "Evidence (Enter opens it)")
            hits.display = False
            yield hits
            with Horizontal(id="export-progress-buttons"):
                yield Button("Close", id="export-close-button", disabled=True)

    def on_mount(self) -> None:
        self.run_export()

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def run_export(self) -> None:
        """Draft, check and write, reporting progress as messages."""

        def progress(text: str, fraction: float) -> None:
            self.post_message(ExportProgressed(text, fraction))

        try:
            outcome = run_export(self.store, self.request, progress)
        except IdentifyingStop as stop:
            self.post_message(ExportStopped(stop))
        except FieldworkError as exc:
            self.post_message(ExportFailed(str(exc)))
        except OSError as exc:
            self.post_message(
                ExportFailed(f"Cannot write {self.request.path}: {exc.strerror or exc}.")
            )
        else:
            self.post_message(ExportFinished(outcome))

    def on_export_progressed(self, message: ExportProgressed) -> None:
        """Move the bar."""
        self.query_one(ProgressBar).update(progress=round(100 * message.fraction))
        self.query_one("#export-status", Static).update(escape(message.text))

    def _finish(self, text: str) -> None:
        self.done = True
        self.query_one("#export-result", Static).update(text)
        button = self.query_one("#export-close-button", Button)
        button.disabled = False
        button.focus()

    def _show_hits(self, hits: list[HitRow]) -> None:
        self.hits = hits
        table: DataTable[str] = self.query_one("#export-hits", DataTable)
        table.clear()
        for h in hits:  # a hit from no note (an area on too few children) says why, in view
            text = h.text if h.evidence or not h.note else f"{h.text}: {h.note}"
            table.add_row(h.kind, text, h.where, h.evidence)
        table.display = bool(hits)

    def on_export_finished(self, message: ExportFinished) -> None:
        """Written: say where (and what the lead should know)."""
        outcome = message.outcome
        self.written = outcome.paths[0] if outcome.paths else None
        self.query_one(ProgressBar).update(progress=100)
        self.query_one("#export-status", Static).update("Done.")
        lines = [escape(outcome.summary)]
        lines += [f"[b]Warning:[/b] {escape(w)}" for w in outcome.warnings]
        lines += [f"Note: {escape(n)}" for n in outcome.notes]
        if outcome.hits:
            lines.append(
                f"[b]Written with {len(outcome.hits)} identifying details[/b] (allowed): "
                "keep this file within the inspection team."
            )
        self._show_hits(outcome.hits)
        self._finish("\n".join(lines))

    def on_export_stopped(self, message: ExportStopped) -> None:
        """Stopped by the identifiability check: list what it found."""
        self.add_class("-stopped")
        self.query_one("#export-status", Static).update("Stopped by the identifiability check.")
        self._show_hits(message.reason.hits)
        self._finish(escape(str(message.reason)))
        if self.hits:  # "Enter opens one": on the hits, not on Close (tester 31)
            self.query_one("#export-hits", DataTable).focus()
        self.refresh_bindings()  # "i": the hits, to accept those that identify nobody

    def on_export_failed(self, message: ExportFailed) -> None:
        """Not written: one sentence."""
        self.error = message.text
        self.add_class("-stopped")
        self.query_one("#export-status", Static).update("Not written.")
        self._finish(escape(message.text))
        self.notify(escape(message.text), title="Not exported", severity="error", timeout=8)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Close."""
        event.stop()
        self.action_close()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on a hit opens the evidence it came from, to correct it."""
        event.stop()
        row = event.cursor_row
        if 0 <= row < len(self.hits) and self.hits[row].evidence_ids:
            self.locate(self.hits[row].evidence_ids[0])

    @work(thread=True, exclusive=True, group="export-locate", exit_on_error=False)
    def locate(self, evidence_id: str) -> None:
        """Find the case the evidence belongs to."""
        try:
            ev = self.store.evidence(evidence_id)
        except FieldworkError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error", timeout=8)
            return
        self.post_message(HitLocated(ev.id, ev.case_id))

    def on_hit_located(self, message: HitLocated) -> None:
        """Close, then show the evidence: in its case, or in the editor."""
        app = self.app
        self.dismiss(self.written)
        if message.case_id:
            app.post_message(OpenCase(message.case_id, message.evidence_id))
        else:
            app.post_message(OpenEditor(EditorContext(evidence_id=message.evidence_id)))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Identifying details only once the check has stopped the export."""
        if action == "identifying":
            return self.has_class("-stopped") and bool(self.hits)
        return True

    def action_identifying(self) -> None:
        """Close, then show every hit, to accept those that identify nobody."""
        app = self.app
        self.dismiss(self.written)
        app.post_message(ShowIdentifying())

    def action_close(self) -> None:
        """Close once finished; the exporter cannot be stopped half way."""
        if not self.done:
            self.notify("Still exporting; it closes when the file is written.", timeout=3)
            return
        self.dismiss(self.written)


def start_export(app: App[Any], store: Store, area_code: str | None = None) -> None:
    """Ask for the options (visited areas read in a worker), then run the export."""

    def chosen(request: ExportRequest | None) -> None:
        if request is not None:
            app.push_screen(ExportProgressScreen(request, store))

    def read_areas() -> None:
        try:
            areas, together = reported_areas(store)
        except FieldworkError as exc:
            app.call_from_thread(app.notify, str(exc), severity="error", timeout=8)
            return
        dialog = ExportDialog(
            areas, area_code=area_code, folder=default_folder(store.path), together=together
        )
        app.call_from_thread(app.push_screen, dialog, chosen)

    app.run_worker(
        read_areas, thread=True, exclusive=True, group="export-areas", exit_on_error=False
    )


def reported_areas(store: Store) -> tuple[list[tuple[str, str]], dict[str, tuple[str, ...]]]:
    """The visited areas as the report's sections, (code, name), areas the framework
    reports together (15a and 15b) once, under the first, by the name the report gives
    them (`exporters.draft.areagroups`); and those groups by their first code (tester
    27, F12: 15b alone was offered and saved as 'area-15b-findings.docx', holding the
    section of both)."""
    from exporters.draft.areagroups import groups_of, shared_of
    from store.framework import drafting_rules

    names = {a.code: a.name for a in store.areas(visited_only=True)}
    groups = groups_of(list(names), drafting_rules(store.framework).together_with)
    areas = [
        (g[0], shared_of([names[c] for c in g]) or " and ".join(names[c] for c in g))
        for g in groups
    ]
    return areas, {g[0]: g for g in groups if len(g) > 1}
