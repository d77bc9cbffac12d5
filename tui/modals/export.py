"""Export to Word (an area's findings section or the whole draft report) or to CSV.

`ExportDialog` only collects the options and dismisses with an `ExportRequest`;
`run_export` is the work, without Textual.  `ExportProgressScreen` and `start_export`
(`tui/modals/export_progress.py`) run it with a progress bar.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import (
    Button,
    Checkbox,
    Input,
    Label,
    Select,
    Static,
)

from store.errors import FieldworkError
from store.paths import data_dir, ensure_private_dir, remember_folder
from tui.widgets.tick_box import TickBox

if TYPE_CHECKING:
    from exporters.export import Progress
    from exporters.identify import Hit
    from store.store import Store

ExportKind = Literal["area", "report", "qa", "csv"]

KINDS: list[tuple[str, ExportKind]] = [
    ("Area findings section (Word)", "area"),
    ("Whole draft report (Word)", "report"),
    ("QA view: each sentence, its tally and evidence (Word or .csv)", "qa"),
    ("CSV files for the analyst (a folder)", "csv"),
]

IDENTIFYING_WARNING = (
    "The file may then name a child, family member, school or street. Use it only as "
    "the team's working copy: never send it outside the inspection team."
)


def export_folder() -> Path:
    """Where exports went before a lead chose: `exports` in the data folder (still made
    private when written to)."""
    return data_dir() / "exports"


def default_name(kind: ExportKind, area_code: str | None, together: Sequence[str] = ()) -> str:
    """The file (or, for CSV, folder) name an export gets by default: an area's section
    names every area reported in it ('area-15a-15b-findings.docx': tester 27, F12)."""
    if kind == "area":
        return f"area-{'-'.join(together) if together else area_code or 'x'}-findings.docx"
    if kind == "report":
        return "draft-report.docx"
    if kind == "qa":
        return "draft-qa.docx"
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
    allow_conflicts: bool = False
    """Write the file even when the draft uses records in conflict, each such sentence
    marked."""
    together: tuple[str, ...] = ()
    """The areas reported in one section with `area_code` (15a and 15b), itself among
    them; () for an area reported alone."""

    def describe(self) -> str:
        """A short description, e.g. `Area 5 findings section`."""
        if self.kind == "area" and self.together:
            return f"Areas {' and '.join(self.together)} findings section"
        if self.kind == "area":
            return f"Area {self.area_code} findings section"
        return {"report": "Whole draft report", "qa": "QA view of the draft"}.get(
            self.kind, "CSV files"
        )


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
    note: str = ""
    """Why it is a hit, where the kind does not say ("the section's findings rest on two
    sampled cases ...")."""


@dataclass(frozen=True)
class ExportOutcome:
    """What an export wrote (paths) and what the lead should know about it."""

    paths: list[Path]
    summary: str
    notes: list[str]
    hits: list[HitRow]
    """Identifying details written anyway (allowed by the request)."""
    warnings: list[str] = field(default_factory=list)
    """Evidence that disagrees with a grade: the lead should settle it before use."""


class IdentifyingStop(FieldworkError):
    """The identifiability check stopped the export; nothing was written."""

    def __init__(self, hits: list[HitRow]) -> None:
        self.hits = hits
        n = len(hits)
        super().__init__(
            f"Nothing was written: the draft holds {n} detail{'s' if n != 1 else ''} that "
            f"could identify a child or family. Correct the notes and rationales listed below "
            f"(Enter opens one); accept a hit that identifies nobody in Identifying details (i); "
            f"or export again with identifying details allowed."
        )


class ConflictsStop(FieldworkError):
    """The draft uses records whose versions disagree; nothing was written."""

    def __init__(self, count: int) -> None:
        self.count = count
        records = f"{count} record{'s' if count != 1 else ''}"
        super().__init__(
            f"Nothing was written: the draft uses {records} in conflict after a merge. "
            f"Settle {'them' if count != 1 else 'it'} in Conflicts (command palette), or "
            f"export again with '{CONFLICTS_LABEL}' ticked."
        )


CONFLICTS_LABEL = "Write with records in conflict marked"


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
                   h.evidence_ids, h.note or "")
        )  # fmt: skip
    return rows


def run_export(store: Store, request: ExportRequest, progress: Progress) -> ExportOutcome:
    """Run one export without Textual: raises `IdentifyingStop` when the check stops it
    and `FieldworkError` (one sentence) when it cannot be written."""
    from exporters.errors import ConflictsError, IdentifyingDetailsError
    from exporters.export import export_area, export_report

    path = request.path.expanduser()
    if path.parent == export_folder():
        ensure_private_dir(path.parent)
    remember_folder(store.path, path.parent)
    try:
        if request.kind == "csv":
            return _run_csv(store, request, path, progress)
        if request.kind == "qa":
            from exporters.qa import export_qa

            result = export_qa(
                store, path, allow_identifying=request.allow_identifying,
                allow_conflicts=request.allow_conflicts, progress=progress,
            )  # fmt: skip
        elif request.kind == "area":
            result = export_area(
                store, request.area_code or "", path, start_number=request.start_number,
                comments=request.comments, allow_identifying=request.allow_identifying,
                allow_conflicts=request.allow_conflicts, progress=progress,
            )  # fmt: skip
        else:
            result = export_report(
                store, path, start_number=request.start_number, comments=request.comments,
                allow_identifying=request.allow_identifying,
                allow_conflicts=request.allow_conflicts, progress=progress,
            )  # fmt: skip
    except IdentifyingDetailsError as exc:
        raise IdentifyingStop(hit_rows(store, exc.hits)) from None
    except ConflictsError as exc:
        raise ConflictsStop(len(exc.records)) from None
    numbered = result.report.numbered() if request.kind != "qa" else []
    span = f", paragraphs {numbered[0].number} to {numbered[-1].number}" if numbered else ""
    n = len(result.conflicts)
    marked = (
        f" {n} record{'s are' if n != 1 else ' is'} in conflict, marked in it: settle "
        f"{'them' if n != 1 else 'it'} before the draft is used." if n else ""
    )  # fmt: skip
    return ExportOutcome(
        [result.path or path],
        f"Wrote {result.path or path}{span}.{marked}",
        [w for w in result.warnings if w not in result.disagreements],
        hit_rows(store, result.hits),
        list(result.disagreements),
    )


def _run_csv(store: Store, request: ExportRequest, path: Path, progress: Progress) -> ExportOutcome:
    """The CSV files: checked like a Word file, stopped by any hit no decision accepts."""
    from exporters.csv_export import write_csvs
    from exporters.draft import load

    data = load(store, lambda m: progress(m, 0.2))
    progress("Checking and writing the CSV files", 0.6)
    result = write_csvs(data, path, allow_identifying=request.allow_identifying)
    progress("Done", 1.0)
    return ExportOutcome(result.paths, f"Wrote {len(result.paths)} CSV files in {path}.", [],
                         hit_rows(store, result.hits))  # fmt: skip


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
        together: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        super().__init__()
        self.together = together or {}
        """Areas reported in one section, by the first of them (15a: (15a, 15b)); such
        a group is one entry of `areas`, under its first area's code."""
        if area_code is not None and area_code not in {c for c, _ in areas}:
            area_code = next((c for c, g in self.together.items() if area_code in g), area_code)
        self.areas = areas
        """Visited areas: (code, name), areas reported together once."""
        self.kind: ExportKind = kind if areas or kind != "area" else "report"
        codes = [code for code, _ in areas]
        self.area_code = area_code if area_code in codes else (codes[0] if codes else None)
        self.folder = folder or export_folder()
        self._auto_path = str(self.folder / self._default_name())

    def _default_name(self) -> str:
        return default_name(self.kind, self.area_code, self.together.get(self.area_code or "", ()))

    def _label(self, code: str, name: str) -> str:
        group = self.together.get(code)
        return f"Areas {' and '.join(group)}: {name}" if group else f"Area {code}: {name}"

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
                    [(self._label(code, name), code) for code, name in self.areas],
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
            yield TickBox(
                "Comments tracing each paragraph to its evidence", True, id="export-comments"
            )
            yield TickBox("Allow identifying details", False, id="export-allow")
            yield TickBox(CONFLICTS_LABEL, False, id="export-allow-conflicts",
                           tooltip="Records whose versions disagree after a merge: each "
                           "sentence using one is marked in the draft.")  # fmt: skip
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
        drafted = self.kind in ("area", "report")  # numbered paragraphs, comments
        self.query_one("#export-area-row").display = self.kind == "area"
        self.query_one("#export-start-row").display = drafted
        self.query_one("#export-comments").display = drafted
        self.query_one("#export-allow-conflicts").display = word
        allow = self.query_one("#export-allow", Checkbox).value
        self.query_one("#export-warning").display = allow
        label = "Save to" if word else "Folder"
        self.query_one("#export-path-label", Label).update(label)

    def _retarget(self) -> None:
        """Follow the kind and area in the path, unless the lead typed one."""
        path = self.query_one("#export-path", Input)
        if path.value.strip() == self._auto_path:
            self._auto_path = str(self.folder / self._default_name())
            path.value = self._auto_path

    def on_select_changed(self, event: Select.Changed) -> None:
        """Kind or area chosen."""
        event.stop()
        value = event.value
        if not isinstance(value, str):
            return
        if event.select.id == "export-kind" and value in ("area", "report", "qa", "csv"):
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
            endings = (".docx", ".csv") if self.kind == "qa" else (".docx",)
            if path.suffix.lower() not in endings:
                return ("The QA view's file name must end in .docx or .csv." if self.kind == "qa"
                        else "A Word file's name must end in .docx.")  # fmt: skip
            if path.is_dir():
                return f"{path} is a folder: give a file name ending in {path.suffix or '.docx'}."
        if path.parent != export_folder() and not path.parent.is_dir():
            return (f"The folder {path.parent} does not exist: create it, or choose another "
                    f"folder.")  # fmt: skip
        if self.kind == "area" and not self.area_code:
            return "Choose a visited area."
        start_text = self.query_one("#export-start", Input).value.strip() or "1"
        start = int(start_text) if start_text.isdigit() else 0
        if not 1 <= start <= 9999:
            return "The first number must be between 1 and 9999."
        word = self.kind != "csv"
        drafted = self.kind in ("area", "report")
        return ExportRequest(
            kind=self.kind,
            path=path,
            area_code=self.area_code if self.kind == "area" else None,
            together=self.together.get(self.area_code or "", ()) if self.kind == "area" else (),
            start_number=start,
            comments=self.query_one("#export-comments", Checkbox).value if drafted else False,
            allow_identifying=self.query_one("#export-allow", Checkbox).value,
            allow_conflicts=self.query_one("#export-allow-conflicts", Checkbox).value and word,
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
