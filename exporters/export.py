"""Export pipelines: read, draft, check for identifying details, then write.

The identifiability check always runs on the drafted model before anything is written;
a hit stops the export (`IdentifyingDetailsError`, exit code 2 from the CLI) unless the
caller allows identifying details.  Files are written atomically, so a stopped or failed
export never leaves half a file.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

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
from exporters.identify import Hit, Scanner, scan
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


def _write(
    store: Store,
    data: DraftData,
    report: ReportModel,
    path: Path | None,
    template: Path | None,
    comments: bool,
    allow_identifying: bool,
    progress: Progress,
) -> ExportResult:
    progress("Checking for identifying details", 0.5)
    hits = check_report(report, scanner_for(store, data), comments)
    if hits and not allow_identifying:
        raise IdentifyingDetailsError(hits)
    if path is None:
        return ExportResult(None, report, hits, report.warnings)

    def step(done: int, total: int) -> None:
        progress(f"Writing section {done} of {total}", 0.55 + 0.4 * done / max(total, 1))

    write_docx(report, path, template, comments=comments, progress=step)
    progress("Done", 1.0)
    return ExportResult(path, report, hits, report.warnings)


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
        return _write(store, data, report, path, template, comments, allow_identifying, say)

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
        return _write(store, data, report, path, template, comments, allow_identifying, say)

    return _without_gc_passes(work)


def identifying_hits(store: Store) -> list[Hit]:
    """The hits an export of the whole report would stop on (for `fieldwork check`)."""
    data = load(store)
    report = draft_report(data)
    return check_report(report, scanner_for(store, data))
