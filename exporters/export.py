"""Export pipelines: read, draft, check for identifying details, then write.

The identifiability check always runs on the drafted model before anything is written,
and again on the written Word file's parts (body, comments, footnotes, headers and
footers, document properties) before it takes its name; for CSV, on every free-text
cell.  A hit stops the export (`IdentifyingDetailsError`, exit code 2 from the CLI)
unless a lead has decided that hit identifies nobody (`store.decide_hit`) or the caller
allows identifying details, which is recorded in the audit trail.  Files are written
atomically, so a stopped or failed export never leaves half a file.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from exporters.csv_export import CsvTable, write_csvs
from exporters.docx_writer import comment_lines, write_docx
from exporters.draft import (
    DraftData,
    DraftOptions,
    draft_area,
    draft_report,
    inspection_dates,
    load,
)
from exporters.errors import IdentifyingDetailsError
from exporters.identify import ALLOWED_IN_COMMENTS, Hit, Scanner, scan
from exporters.identify.at_rest import scan_at_rest
from exporters.identify.decisions import Decisions
from exporters.identify.docx_parts import docx_texts
from exporters.model import ReportModel
from store.store import Store

Progress = Callable[[str, float], None]
"""Called with a message and the fraction done (0 to 1)."""

T = TypeVar("T")


def _without_gc_passes(work: Callable[[], T]) -> T:
    """Run `work` with Python's cyclic garbage collector held off, then restore it.

    An export builds tens of thousands of short-lived tuples, lists and models, almost
    none of them in reference cycles; each 700 allocations started a collection pass over them
    (and every tenth over everything), about 8 ms of a 600-case report.  Their memory is
    still freed as usual when the last reference goes (reference counting).

    The collector is restored only once `work` has returned, so after everything it
    built and does not return (the `DraftData`, its sets and columns) has been freed:
    restored while they were still alive, its first pass scanned all of them (about
    7 ms).  What is left for its next pass is the returned report and python-docx's
    document, which holds reference cycles (a few hundred objects)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return work()
    finally:
        if was_enabled:
            gc.enable()


@dataclass
class ExportResult:
    """What an export wrote and what the lead should know about it."""

    path: Path | None
    report: ReportModel
    hits: list[Hit] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    accepted: list[Hit] = field(default_factory=list)
    """Hits a lead has decided identify nobody (they did not stop the export)."""


@dataclass
class CsvResult:
    """The CSV files written, and the hits written despite the check."""

    paths: list[Path]
    hits: list[Hit] = field(default_factory=list)
    accepted: list[Hit] = field(default_factory=list)


def scanner_for(store: Store, data: DraftData | None = None) -> Scanner:
    """A scanner loaded with the inspection's protected names, case refs, own dates,
    team, areas and framework wording."""
    if data is None:
        return Scanner.from_store(store)
    return Scanner.from_store(
        store, case_refs=[c.ref for c in data.cases], allowed_dates=inspection_dates(data)
    )


def check_report(report: ReportModel, scanner: Scanner, comments: bool = True) -> list[Hit]:
    """The identifiability hits in a drafted report (body, quotes, headings, comments)."""
    parts = (
        [(p, comment_lines(p, report.labels, ids=False)) for p in report.paragraphs()]
        if comments
        else []
    )
    return scan(report, scanner, comments=comments, comment_parts=parts)


def scan_docx(path: Path, scanner: Scanner) -> list[Hit]:
    """The hits in a written Word file, read back part by part (body, comments,
    footnotes and endnotes, headers and footers, document properties)."""
    out: list[Hit] = []
    for part in docx_texts(path):
        comment = part.field == "comment"
        hits = scanner.scan(part.text, f"{part.part} ({part.field})", field=part.field,
                            comment=comment)  # fmt: skip
        out.extend(h for h in hits if not (comment and h.kind in ALLOWED_IN_COMMENTS))
    return out


def _stop_or_record(
    store: Store, what: str, hits: list[Hit], decisions: Decisions, allow: bool
) -> tuple[list[Hit], list[Hit]]:
    """Split hits by the lead's decisions; raise on any left unless allowed, in which
    case the override is recorded in the audit trail.  Returns (left, accepted)."""
    decided = decisions.split(hits)
    if decided.stopping and not allow:
        raise IdentifyingDetailsError(decided.stopping, decisions)
    if decided.stopping:
        store.record_override(what, len(decided.stopping), [h.kind for h in decided.stopping])
    return decided.stopping, decided.passed


def _write(
    store: Store,
    data: DraftData,
    report: ReportModel,
    what: str,
    path: Path | None,
    options: tuple[Path | None, bool, bool],
    progress: Progress,
) -> ExportResult:
    template, comments, allow_identifying = options
    progress("Checking for identifying details", 0.5)
    scanner = scanner_for(store, data)
    decisions = Decisions.from_store(store)
    hits = check_report(report, scanner, comments)
    decided = decisions.split(hits)
    if decided.stopping and not allow_identifying:
        raise IdentifyingDetailsError(decided.stopping, decisions)
    if path is None:
        return ExportResult(None, report, decided.stopping, report.warnings, decided.passed)

    def step(done: int, total: int) -> None:
        progress(f"Writing section {done} of {total}", 0.55 + 0.4 * done / max(total, 1))

    def read_back(written: Path) -> None:
        late = [h for h in scan_docx(written, scanner) if not decisions.accepted(h)]
        if late and not allow_identifying:
            raise IdentifyingDetailsError(late, decisions)

    write_docx(report, path, template, comments=comments, progress=step, check=read_back)
    if decided.stopping:
        store.record_override(what, len(decided.stopping), [h.kind for h in decided.stopping])
    progress("Done", 1.0)
    return ExportResult(path, report, decided.stopping, report.warnings, decided.passed)


def export_area(
    store: Store,
    area_code: str,
    path: Path | None,
    *,
    template: Path | None = None,
    start_number: int = 1,
    comments: bool = True,
    allow_identifying: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Draft one visited area's findings section and write it to `path` (.docx).

    With `path` None, drafts and checks without writing."""
    say = progress or (lambda _m, _f: None)

    def work() -> ExportResult:
        data = load(store, lambda m: say(m, 0.1))
        say("Drafting", 0.4)
        report = draft_area(data, area_code, DraftOptions(start_number=start_number))
        options = (template, comments, allow_identifying)
        return _write(store, data, report, f"area {area_code}", path, options, say)

    return _without_gc_passes(work)


def export_report(
    store: Store,
    path: Path | None,
    *,
    template: Path | None = None,
    start_number: int = 1,
    comments: bool = True,
    allow_identifying: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Draft the whole report and write it to `path` (.docx)."""
    say = progress or (lambda _m, _f: None)

    def work() -> ExportResult:
        data = load(store, lambda m: say(m, 0.1))
        say("Drafting the report", 0.3)
        report = draft_report(data, DraftOptions(start_number=start_number))
        options = (template, comments, allow_identifying)
        return _write(store, data, report, "report", path, options, say)

    return _without_gc_passes(work)


def export_csv(
    store: Store,
    folder: Path,
    *,
    omit_text: bool = False,
    allow_identifying: bool = False,
    progress: Progress | None = None,
) -> CsvResult:
    """Write the analyst's CSV files into `folder`, after checking every free-text cell
    (evidence text, the child's words, rationales, the draft's sentences) like a Word
    export: a hit stops it (`IdentifyingDetailsError`, nothing written) unless a lead
    accepted that hit or `allow_identifying` (recorded).  `omit_text` leaves the
    free-text columns empty instead, and needs no check."""
    say = progress or (lambda _m, _f: None)
    found: dict[str, list[Hit]] = {"hits": [], "accepted": []}

    def gate(tables: list[CsvTable]) -> None:
        say("Checking for identifying details", 0.4)
        scanner = scanner_for(store)
        hits: list[Hit] = []
        for t in tables:
            for column, record, text in t.texts():
                where = f"{t.name} {column}" + (f", record {record}" if record else "")
                ids = (record,) if record else ()
                hits.extend(
                    h
                    for h in scanner.scan(
                        text, where, field=column, evidence_ids=ids, comment=True
                    )  # fmt: skip
                    if h.kind not in ALLOWED_IN_COMMENTS
                )
        left, accepted = _stop_or_record(
            store, "csv", hits, Decisions.from_store(store), allow_identifying
        )
        found["hits"], found["accepted"] = left, accepted

    def work() -> CsvResult:
        data = load(store, lambda m: say(m, 0.1))
        say("Writing the CSV files", 0.6)
        paths = write_csvs(data, folder, omit_text=omit_text, gate=gate)
        say("Done", 1.0)
        return CsvResult(paths, found["hits"], found["accepted"])

    return _without_gc_passes(work)


def all_hits(store: Store) -> list[Hit]:
    """Every identifying detail in the file: all free text at rest (every field of every
    record, used by a draft or not), then what only the whole draft shows (headings,
    tables, footnotes, area sections resting on too few children).  For `fieldwork
    check` and `fieldwork identify`."""
    data = load(store)
    scanner = scanner_for(store, data)
    hits = scan_at_rest(store, scanner)
    seen = {(h.kind, h.text.casefold()) for h in hits}
    for h in check_report(draft_report(data), scanner):
        if (h.kind, h.text.casefold()) not in seen:
            seen.add((h.kind, h.text.casefold()))
            hits.append(h)
    return hits
