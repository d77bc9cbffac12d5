"""Export pipelines: read, draft, check, then write.

Before anything is written, two checks run on the drafted model:

- records in conflict: a draft never decides a merge conflict silently.  When a
  sentence rests on a record whose versions disagree, the export stops
  (`ConflictsError`, listing them) unless the caller allows conflicts; then each
  affected sentence is marked in the body ("[In conflict: settle before use]") and in
  its comment;
- identifying details: a hit stops the export (`IdentifyingDetailsError`) unless the
  caller allows identifying details.

Files are written atomically, so a stopped or failed export never leaves half a file.
The result carries the warnings the lead should see (evidence that disagrees with a
grade, small samples, placeholders), which the command line prints and the export
dialog shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from exporters.docx_writer import comment_lines, write_docx
from exporters.draft import (
    DraftData,
    DraftOptions,
    conflicted,
    draft_area,
    draft_report,
    inspection_dates,
    load,
)
from exporters.errors import ConflictsError, IdentifyingDetailsError
from exporters.identify import Hit, Scanner, scan
from exporters.model import ReportModel
from store.errors import FieldworkError
from store.store import Store

Progress = Callable[[str, float], None]
"""Called with a message and the fraction done (0 to 1)."""

PERSON_CATEGORIES = frozenset({"child", "parent", "carer", "other-person"})


@dataclass
class ExportResult:
    """What an export wrote and what the lead should know about it."""

    path: Path | None
    report: ReportModel
    hits: list[Hit] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)

    @property
    def disagreements(self) -> list[str]:
        """The warnings about evidence that disagrees with a grade."""
        return [w for w in self.warnings if "disagrees with the grade" in w]


def scanner_for(store: Store, data: DraftData | None = None) -> Scanner:
    """A scanner loaded with the inspection's protected names, case refs and own dates."""
    names = store.protected_names()
    cases = data.cases if data else store.case_rows(limit=max(store.count_cases(), 1))
    dates = inspection_dates(data) if data else []
    return Scanner(
        names=[n.name for n in names if n.category in PERSON_CATEGORIES],
        places=[n.name for n in names if n.category not in PERSON_CATEGORIES],
        case_refs=[c.ref for c in cases],
        allowed_dates=dates,
    )


def check_report(report: ReportModel, scanner: Scanner, comments: bool = True) -> list[Hit]:
    """The identifiability hits in a drafted report (body, quotes, headings, comments)."""
    parts = [(p, comment_lines(p, report.labels)) for p in report.paragraphs()] if comments else []
    return scan(report, scanner, comments=comments, comment_parts=parts)


def conflict_labels(store: Store, ids: list[str]) -> list[str]:
    """Each record in conflict as the lead can find it: its kind and label."""
    out = []
    for rid in ids:
        try:
            c = store.conflict(rid)
        except FieldworkError:
            c = None
        out.append(f"{c.kind} {c.label} ({rid[:8]})" if c is not None else rid)
    return out


def gate(
    store: Store,
    data: DraftData,
    report: ReportModel,
    *,
    comments: bool,
    allow_identifying: bool,
    allow_conflicts: bool,
) -> tuple[list[Hit], list[str]]:
    """Run both checks; raise when either stops the export.  Returns (hits, conflicts)."""
    ids = conflicted(report)
    if ids and not allow_conflicts:
        raise ConflictsError(conflict_labels(store, ids))
    hits = check_report(report, scanner_for(store, data), comments)
    if hits and not allow_identifying:
        raise IdentifyingDetailsError(hits)
    return hits, ids


def _write(
    store: Store,
    data: DraftData,
    report: ReportModel,
    path: Path | None,
    template: Path | None,
    comments: bool,
    allow_identifying: bool,
    allow_conflicts: bool,
    progress: Progress,
) -> ExportResult:
    progress("Checking for conflicts and identifying details", 0.5)
    hits, ids = gate(store, data, report, comments=comments, allow_identifying=allow_identifying,
                     allow_conflicts=allow_conflicts)  # fmt: skip
    if path is None:
        return ExportResult(None, report, hits, report.warnings, ids)

    def step(done: int, total: int) -> None:
        progress(f"Writing section {done} of {total}", 0.55 + 0.4 * done / max(total, 1))

    write_docx(report, path, template, comments=comments, progress=step)
    progress("Done", 1.0)
    return ExportResult(path, report, hits, report.warnings, ids)


def export_area(
    store: Store,
    area_code: str,
    path: Path | None,
    *,
    template: Path | None = None,
    start_number: int = 1,
    comments: bool = True,
    allow_identifying: bool = False,
    allow_conflicts: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Draft one visited area's findings section and write it to `path` (.docx): the
    same text as the area has in the whole report.  With `path` None, drafts and checks
    without writing."""
    say = progress or (lambda _m, _f: None)
    data = load(store, lambda m: say(m, 0.1))
    say("Drafting", 0.3)
    report = draft_area(data, area_code, DraftOptions(start_number=start_number))
    return _write(store, data, report, path, template, comments, allow_identifying,
                  allow_conflicts, say)  # fmt: skip


def export_report(
    store: Store,
    path: Path | None,
    *,
    template: Path | None = None,
    start_number: int = 1,
    comments: bool = True,
    allow_identifying: bool = False,
    allow_conflicts: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Draft the whole report and write it to `path` (.docx)."""
    say = progress or (lambda _m, _f: None)
    data = load(store, lambda m: say(m, 0.1))
    say("Drafting the report", 0.3)
    report = draft_report(data, DraftOptions(start_number=start_number))
    return _write(store, data, report, path, template, comments, allow_identifying,
                  allow_conflicts, say)  # fmt: skip


def identifying_hits(store: Store) -> list[Hit]:
    """The hits an export of the whole report would stop on (for `fieldwork check`)."""
    data = load(store)
    report = draft_report(data)
    return check_report(report, scanner_for(store, data))
