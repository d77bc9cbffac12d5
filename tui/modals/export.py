"""Export to Word (an area's findings section or the whole draft report) or to CSV.

`ExportDialog` only collects the options and dismisses with an `ExportRequest`.
`ExportProgressScreen` then runs the headless exporter (`exporters.export`) in a thread
worker, with a progress bar fed by the exporter's `progress(message, fraction)`
callback, and ends with the path written or, when the identifiability check stops the
export, the details it found and where they came from (nothing is written then).
`start_export(app)` chains the two, as the command palette does.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

from rich.markup import escape
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import (
    Button,
    Checkbox,
    DataTable,
    Input,
    Label,
    ProgressBar,
    Select,
    Static,
)

from store.errors import FieldworkError
from store.paths import data_dir, ensure_private_dir
from tui.navigation import EditorContext, OpenCase, OpenEditor

if TYPE_CHECKING:
    from exporters.export import Progress
    from exporters.identify import Hit
    from store.store import Store
    from tui.navigation import Workbench

ExportKind = Literal["area", "report", "csv"]

KINDS: list[tuple[str, ExportKind]] = [
    ("Area findings section (Word)", "area"),
    ("Whole draft report (Word)", "report"),
    ("CSV files for the analyst (a folder)", "csv"),
]

IDENTIFYING_WARNING = (
    "The file may then name a child, family member, school or street. Use it only as "
    "the team's working copy: never send it outside the inspection team."
)


def export_folder() -> Path:
    """Where exports go unless the lead says otherwise: `exports` in the data folder."""
    return data_dir() / "exports"


def default_name(kind: ExportKind, area_code: str | None) -> str:
    """The file (or, for CSV, folder) name an export gets by default."""
    if kind == "area":
        return f"area-{area_code or 'x'}-findings.docx"
    if kind == "report":
        return "draft-report.docx"
    return "csv"


@dataclass(frozen=True)
class ExportRequest:
    """What to export and where: the dialog's answer."""

    kind: ExportKind
    path: Path
    """The Word file, or the folder for CSV files."""
    area_code: str | None = None
    """The visited area, for an area section."""
    start_number: int = 1
    """Number of the first numbered paragraph."""
    comments: bool = True
    """Trace each paragraph to its evidence in a Word comment."""
    allow_identifying: bool = False
    """Write the file even when the identifiability check finds details."""

    def describe(self) -> str:
        """A short description, e.g. `Area 5 findings section`."""
        if self.kind == "area":
            return f"Area {self.area_code} findings section"
        return "Whole draft report" if self.kind == "report" else "CSV files"


@dataclass(frozen=True)
class HitRow:
    """One identifiability hit as the lead sees it: where the evidence is."""

    kind: str
    text: str
    where: str
    field: str
    evidence: str
    """The evidence it came from: case references, `Area 5` or `National`."""
    evidence_ids: tuple[str, ...]


@dataclass(frozen=True)
class ExportOutcome:
    """What an export wrote (paths) and what the lead should know about it."""

    paths: list[Path]
    summary: str
    notes: list[str]
    hits: list[HitRow]
    """Identifying details written anyway (allowed by the request)."""


class IdentifyingStop(FieldworkError):
    """The identifiability check stopped the export; nothing was written."""

    def __init__(self, hits: list[HitRow]) -> None:
        self.hits = hits
        n = len(hits)
        super().__init__(
            f"Nothing was written: the draft holds {n} detail{'s' if n != 1 else ''} that "
            f"could identify a child or family. Correct the evidence listed below, or "
            f"export again with identifying details allowed."
        )


def hit_rows(store: Store, hits: list[Hit]) -> list[HitRow]:
    """Hits with the evidence they came from named by case reference or area."""
    labels: dict[str, str] = {}
    rows = []
    for h in hits:
        places = []
        for eid in h.evidence_ids:
            if eid not in labels:
                try:
                    ev = store.evidence(eid)
                    labels[eid] = ev.case_ref or (
                        f"Area {ev.area_code}" if ev.area_code else "National"
                    )
                except FieldworkError:
                    labels[eid] = eid
            places.append(labels[eid])
        rows.append(
            HitRow(h.kind, h.text, h.where, h.field, ", ".join(dict.fromkeys(places)),
                   h.evidence_ids)
        )  # fmt: skip
    return rows


def run_export(store: Store, request: ExportRequest, progress: Progress) -> ExportOutcome:
    """Run one export without Textual: raises `IdentifyingStop` when the check stops it
    and `FieldworkError` (one sentence) when it cannot be written."""
    from exporters.errors import IdentifyingDetailsError
    from exporters.export import export_area, export_report

    path = request.path.expanduser()
    if path.parent == export_folder():
        ensure_private_dir(path.parent)
    if request.kind == "csv":
        from exporters.csv_export import write_csvs
        from exporters.draft import load

        data = load(store, lambda m: progress(m, 0.2))
        progress("Writing the CSV files", 0.6)
        paths = write_csvs(data, path)
        progress("Done", 1.0)
        return ExportOutcome(paths, f"Wrote {len(paths)} CSV files in {path}.", [], [])
    try:
        if request.kind == "area":
            result = export_area(
                store, request.area_code or "", path, start_number=request.start_number,
                comments=request.comments, allow_identifying=request.allow_identifying,
                progress=progress,
            )  # fmt: skip
        else:
            result = export_report(
                store, path, start_number=request.start_number, comments=request.comments,
                allow_identifying=request.allow_identifying, progress=progress,
            )  # fmt: skip
    except IdentifyingDetailsError as exc:
        raise IdentifyingStop(hit_rows(store, exc.hits)) from None
    numbered = result.report.numbered()
    span = f", paragraphs {numbered[0].number} to {numbered[-1].number}" if numbered else ""
    return ExportOutcome(
        [result.path or path],
        f"Wrote {result.path or path}{span}.",
        list(result.warnings),
        hit_rows(store, result.hits),
    )


# The dialog ----------------------------------------------------------------------------


class ExportDialog(ModalScreen[ExportRequest | None]):
    """Choose what to export and where; dismisses with an `ExportRequest` (None: cancel)."""

    DEFAULT_CSS = """
    ExportDialog { align: center middle; }
    ExportDialog > Vertical {
        width: 84; max-width: 98%; height: auto; max-height: 98%; padding: 0 1;
        border: thick $primary; background: $surface;
    }
    ExportDialog #export-title { text-style: bold; margin-bottom: 1; }
    ExportDialog .export-row { height: 1; margin-bottom: 1; }
    ExportDialog .export-label { width: 14; }
    ExportDialog #export-path { height: 1; border: none; padding: 0; width: 1fr; }
    ExportDialog #export-start { height: 1; border: none; padding: 0; width: 8; }
    ExportDialog Checkbox { height: 1; border: none; padding: 0; }
    ExportDialog #export-warning { color: $error; height: auto; }
    ExportDialog #export-error { color: $error; height: auto; }
    ExportDialog #export-buttons { height: auto; align-horizontal: right; margin-top: 1; }
    ExportDialog Button { margin-left: 1; }
    """
    BINDINGS = [
        Binding("ctrl+s", "export", "Export", id="export-go", tooltip="Export with these options."),
        Binding("escape", "cancel", "Cancel", id="export-cancel", tooltip="Close without exporting."),
    ]  # fmt: skip

    def __init__(
        self,
        areas: list[tuple[str, str]],
        kind: ExportKind = "area",
        area_code: str | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__()
        self.areas = areas
        """Visited areas: (code, name)."""
        self.kind: ExportKind = kind if areas or kind != "area" else "report"
        codes = [code for code, _ in areas]
        self.area_code = area_code if area_code in codes else (codes[0] if codes else None)
        self.folder = folder or export_folder()
        self._auto_path = str(self.folder / default_name(self.kind, self.area_code))

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("Export", id="export-title")
            with Horizontal(classes="export-row"):
                yield Label("What", classes="export-label")
                yield Select[str](
                    [(label, code) for label, code in KINDS],
                    value=self.kind,
                    allow_blank=False,
                    compact=True,
                    id="export-kind",
                )
            with Horizontal(classes="export-row", id="export-area-row"):
                yield Label("Area", classes="export-label")
                yield Select[str](
                    [(f"Area {code}: {name}", code) for code, name in self.areas],
                    value=self.area_code if self.area_code else Select.NULL,
                    prompt="No visited areas",
                    allow_blank=self.area_code is None,
                    compact=True,
                    id="export-area",
                )
            with Horizontal(classes="export-row"):
                yield Label("Save to", classes="export-label", id="export-path-label")
                yield Input(self._auto_path, id="export-path", compact=True)
            with Horizontal(classes="export-row", id="export-start-row"):
                yield Label("First number", classes="export-label")
                yield Input(
                    "1",
                    type="integer",
                    max_length=4,
                    id="export-start",
                    compact=True,
                    tooltip="Number of the first numbered paragraph.",
                )
            yield Checkbox(
                "Comments tracing each paragraph to its evidence", True, id="export-comments"
            )
            yield Checkbox("Allow identifying details", False, id="export-allow")
            yield Static(f"[b]Warning:[/b] {IDENTIFYING_WARNING}", id="export-warning")
            yield Static("", id="export-error")
            with Horizontal(id="export-buttons"):
                yield Button("Export (Ctrl+S)", id="export", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self._show_fields()
        self.query_one("#export-kind", Select).focus()

    def _show_fields(self) -> None:
        word = self.kind != "csv"
        self.query_one("#export-area-row").display = self.kind == "area"
        self.query_one("#export-start-row").display = word
        self.query_one("#export-comments").display = word
        self.query_one("#export-allow").display = word
        allow = self.query_one("#export-allow", Checkbox).value
        self.query_one("#export-warning").display = word and allow
        label = "Save to" if word else "Folder"
        self.query_one("#export-path-label", Label).update(label)

    def _retarget(self) -> None:
        """Follow the kind and area in the path, unless the lead typed one."""
        path = self.query_one("#export-path", Input)
        if path.value.strip() == self._auto_path:
            self._auto_path = str(self.folder / default_name(self.kind, self.area_code))
            path.value = self._auto_path

    def on_select_changed(self, event: Select.Changed) -> None:
        """Kind or area chosen."""
        event.stop()
        value = event.value
        if not isinstance(value, str):
            return
        if event.select.id == "export-kind" and value in ("area", "report", "csv"):
            self.kind = cast("ExportKind", value)
        elif event.select.id == "export-area":
            self.area_code = value
        self._retarget()
        self._show_fields()
        self.query_one("#export-error", Static).update("")

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        """Allowing identifying details shows the warning."""
        event.stop()
        self._show_fields()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in a field exports."""
        event.stop()
        self.action_export()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Export or cancel."""
        event.stop()
        if event.button.id == "export":
            self.action_export()
        else:
            self.action_cancel()

    def request(self) -> ExportRequest | str:
        """The options chosen, or the first problem with them."""
        raw = self.query_one("#export-path", Input).value.strip()
        if not raw:
            return "Give the file to write." if self.kind != "csv" else "Give a folder."
        path = Path(raw).expanduser()
        if self.kind != "csv":
            if not path.suffix:
                path = path.with_suffix(".docx")
            if path.suffix.lower() != ".docx":
                return "A Word file's name must end in .docx."
            if path.is_dir():
                return f"{path} is a folder: give a file name ending in .docx."
        if self.kind == "area" and not self.area_code:
            return "Choose a visited area."
        start_text = self.query_one("#export-start", Input).value.strip() or "1"
        start = int(start_text) if start_text.isdigit() else 0
        if not 1 <= start <= 9999:
            return "The first number must be between 1 and 9999."
        word = self.kind != "csv"
        return ExportRequest(
            kind=self.kind,
            path=path,
            area_code=self.area_code if self.kind == "area" else None,
            start_number=start,
            comments=self.query_one("#export-comments", Checkbox).value if word else False,
            allow_identifying=self.query_one("#export-allow", Checkbox).value and word,
        )

    def action_export(self) -> None:
        """Dismiss with the options, or say what is wrong with them."""
        result = self.request()
        if isinstance(result, str):
            self.query_one("#export-error", Static).update(result)
            return
        self.dismiss(result)

    def action_cancel(self) -> None:
        """Close without exporting."""
        self.dismiss(None)


# Running it ----------------------------------------------------------------------------


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
    ExportProgressScreen #export-result { height: auto; margin-top: 1; }
    ExportProgressScreen.-stopped #export-result { color: $error; }
    ExportProgressScreen #export-hits { height: auto; max-height: 12; margin-top: 1; }
    ExportProgressScreen #export-progress-buttons {
        height: auto; align-horizontal: right; margin-top: 1;
    }
    """
    BINDINGS = [
        Binding("escape", "close", "Close", id="export-close",
                tooltip="Close (once the export has finished)."),
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
        for h in hits:
            table.add_row(h.kind, h.text, h.where, h.evidence)
        table.display = bool(hits)

    def on_export_finished(self, message: ExportFinished) -> None:
        """Written: say where (and what the lead should know)."""
        outcome = message.outcome
        self.written = outcome.paths[0] if outcome.paths else None
        self.query_one(ProgressBar).update(progress=100)
        self.query_one("#export-status", Static).update("Done.")
        lines = [escape(outcome.summary)]
        lines += [f"Note: {escape(n)}" for n in outcome.notes]
        if outcome.hits:
            lines.append(
                f"[b]Written with {len(outcome.hits)} identifying details[/b] (allowed): "
                "keep this file within the inspection team."
            )
        self._show_hits(outcome.hits)
        self._finish("\n".join(lines))
        self.notify(escape(outcome.summary), title="Exported", timeout=6)

    def on_export_stopped(self, message: ExportStopped) -> None:
        """Stopped by the identifiability check: list what it found."""
        self.add_class("-stopped")
        self.query_one("#export-status", Static).update("Stopped by the identifiability check.")
        self._show_hits(message.reason.hits)
        self._finish(escape(str(message.reason)))

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
            areas = [(a.code, a.name) for a in store.areas(visited_only=True)]
        except FieldworkError as exc:
            app.call_from_thread(app.notify, str(exc), severity="error", timeout=8)
            return
        app.call_from_thread(app.push_screen, ExportDialog(areas, area_code=area_code), chosen)

    app.run_worker(
        read_areas, thread=True, exclusive=True, group="export-areas", exit_on_error=False
    )
