"""Export pipelines: read, draft, check, then write.

Before anything is written, two checks run on the drafted model:

- records in conflict: a draft never decides a merge conflict silently.  When a
  sentence rests on a record whose versions disagree, the export stops
  (`ConflictsError`, listing them) unless the caller allows conflicts; then each
  affected sentence is marked in the body ("[In conflict: settle before use]") and in
  its comment;
- identifying details: a hit stops the export (`IdentifyingDetailsError`) unless a
  lead has decided that hit identifies nobody (`store.decide_hit`) or the caller allows
  identifying details, which is recorded in the audit trail (`store.record_override`).
  The written Word file is read back part by part (body, comments, footnotes, headers
  and footers, document properties) and checked again before it takes its name.  The
  CSV export (`exporters/csv_export.py`) and the dump (`exporters/dump.py`) are
  stopped the same way by the same scanner.

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
from exporters.identify import ALLOWED_IN_COMMENTS, Hit, Scanner, scan
from exporters.identify.at_rest import scan_at_rest
from exporters.identify.decisions import Decisions
from exporters.identify.docx_parts import docx_texts
from exporters.identify.holders import distinct, hit_records, holder_names, narrowed, record_texts
from exporters.identify.reach import Reach
from exporters.model import ReportModel
from store.errors import FieldworkError
from store.store import Store

Progress = Callable[[str, float], None]
"""Called with a message and the fraction done (0 to 1)."""


@dataclass
class ExportResult:
    """What an export wrote and what the lead should know about it."""

    path: Path | None
    report: ReportModel
    hits: list[Hit] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    accepted: list[Hit] = field(default_factory=list)
    """Hits a lead has decided identify nobody (they did not stop the export)."""

    @property
    def disagreements(self) -> list[str]:
        """The warnings about evidence that disagrees with a grade."""
        return [w for w in self.warnings if "disagrees with the grade" in w]


def scanner_for(store: Store, data: DraftData | None = None) -> Scanner:
    """The scanner loaded with the inspection's protected names, case refs, own dates,
    team, areas and framework wording (one per process for the same inputs:
    `Scanner.for_store`)."""
    if data is None:
        return Scanner.for_store(store)
    return Scanner.for_store(
        store, case_refs=[c.ref for c in data.cases], allowed_dates=inspection_dates(data)
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


def scan_docx(path: Path, scanner: Scanner) -> list[Hit]:
    """The hits in a written Word file, read back part by part (body, comments,
    footnotes and endnotes, headers and footers, document properties)."""
    out: list[Hit] = []
    team = {" ".join(n.split()) for n in scanner.staff}
    for part in docx_texts(path):
        comment = part.field == "comment"
        if part.field == "body" and " ".join(part.text.split()) in team:
            continue  # a team table's cell: the team's own name (tester 36's F12)
        # A comment line joins separate records with " · " (`comment_lines`): each is
        # scanned alone, as in the draft, so that a sentence-level rule (jigsaw) never
        # joins words from two records.
        for text in part.text.split(" · ") if comment else [part.text]:
            hits = scanner.scan(text, f"{part.part} ({part.field})", field=part.field,
                                comment=comment)  # fmt: skip
            out.extend(h for h in hits if not (comment and h.kind in ALLOWED_IN_COMMENTS))
    return distinct(out)


def decide(
    store: Store, what: str, hits: list[Hit], allow: bool, decisions: Decisions | None = None
) -> tuple[list[Hit], list[Hit]]:
    """Split hits by the lead's decisions; raise on any left unless allowed, and then
    record the override in the audit trail.  Returns (written despite, accepted)."""
    decisions = decisions or Decisions.from_store(store)
    decided = decisions.split(hits)
    if decided.stopping and not allow:
        raise IdentifyingDetailsError(decided.stopping, decisions)
    if decided.stopping:
        store.record_override(what, len(decided.stopping), [h.kind for h in decided.stopping])
    return decided.stopping, decided.passed


def gate(
    store: Store,
    data: DraftData,
    report: ReportModel,
    *,
    comments: bool,
    allow_identifying: bool,
    allow_conflicts: bool,
) -> tuple[list[Hit], list[str], list[Hit]]:
    """Run both checks; raise when either stops the export.  Returns (hits written
    despite the check, conflicts, hits a lead accepted)."""
    ids = conflicted(report)
    if ids and not allow_conflicts:
        raise ConflictsError(conflict_labels(store, ids))
    hits = check_report(report, scanner_for(store, data), comments)
    named = named_hits(store, hits)
    decided = Decisions.from_store(store).split(named)
    if decided.stopping and not allow_identifying:
        raise IdentifyingDetailsError(decided.stopping, Decisions.from_store(store))
    return decided.stopping, ids, decided.passed


def _write(
    store: Store,
    data: DraftData,
    report: ReportModel,
    what: str,
    path: Path | None,
    options: tuple[Path | None, bool, bool, bool],
    progress: Progress,
) -> ExportResult:
    template, comments, allow_identifying, allow_conflicts = options
    warnings = [
        f"Records use {lost}, which the framework {store.framework.id} does not have, and "
        "the draft leaves them out: change them to its own ('fieldwork check' names them)."
        for lost in store.outside_framework()
    ] + report.warnings
    progress("Checking for conflicts and identifying details", 0.5)
    hits, ids, accepted = gate(store, data, report, comments=comments,
                               allow_identifying=allow_identifying,
                               allow_conflicts=allow_conflicts)  # fmt: skip
    if path is None:
        return ExportResult(None, report, hits, warnings, ids, accepted)

    def step(done: int, total: int) -> None:
        progress(f"Writing section {done} of {total}", 0.55 + 0.4 * done / max(total, 1))

    scanner = scanner_for(store, data)
    decisions = Decisions.from_store(store)

    # The Word file read back holds no record ids: a protected name accepted in its
    # record (`decisions.SCOPED`), which the draft's own scan let pass, passes there too.
    passed = {(h.kind, h.text.casefold()) for h in accepted}

    def read_back(written: Path) -> None:
        late = [h for h in scan_docx(written, scanner)
                if not decisions.accepted(h) and (h.kind, h.text.casefold()) not in passed]  # fmt: skip
        if late and not allow_identifying:
            raise IdentifyingDetailsError(late, decisions)

    write_docx(report, path, template, comments=comments, progress=step, check=read_back)
    if hits:
        store.record_override(what, len(hits), [h.kind for h in hits])
    progress("Done", 1.0)
    return ExportResult(path, report, hits, warnings, ids, accepted)


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
    options = (template, comments, allow_identifying, allow_conflicts)
    return _write(store, data, report, f"area {area_code}", path, options, say)


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
    options = (template, comments, allow_identifying, allow_conflicts)
    return _write(store, data, report, "report", path, options, say)


def all_hits(store: Store) -> list[Hit]:
    """Every identifying detail in the file: all free text at rest (every field of every
    record, used by a draft or not), then what only the whole draft shows (headings,
    tables, footnotes, area sections resting on too few children).  For `fieldwork
    check` and `fieldwork identify`."""
    return [h for h, _ in hits_and_reach(store)]


def hits_and_reach(store: Store) -> list[tuple[Hit, Reach]]:
    """`all_hits`, each with the exports it stops (`exporters.identify.reach`)."""
    from exporters.identify.reach import drafted as drafted_places
    from exporters.identify.reach import reach

    data = load(store)
    scanner = scanner_for(store, data)
    hits = scan_at_rest(store, scanner)
    named = draft_hits(store, data, scanner)
    hits = hits + only_drafted(store.inspection_id, hits, named)
    in_draft = drafted_places(named)
    return [(h, reach(h, in_draft)) for h in hits]


def draft_hits(store: Store, data: DraftData, scanner: Scanner) -> list[Hit]:
    """The whole draft's hits as an export names them (`gate`): a hit in a comment is put
    on the records whose text holds it (`holders.narrowed`)."""
    return named_hits(store, check_report(draft_report(data), scanner))


def named_hits(store: Store, hits: list[Hit]) -> list[Hit]:
    """`hits` as an export names them: each in a comment on the records whose text holds
    it (`holders.narrowed`; only those records' texts are read, none when nothing is
    found)."""
    records = hit_records(hits)
    return narrowed(hits, record_texts(store, records), holder_names(store, records))


def only_drafted(inspection_id: str, listed: list[Hit], drafted: list[Hit]) -> list[Hit]:
    """The draft's hits whose id is none of `listed`'s, each once: a detail no record
    holds, or a protected name in a comment on other records than those it was
    accepted in (its id covers its records: tester 24, F12, an export's hit ids that
    'identify accept' did not know, as this went by the text alone)."""
    from exporters.identify.decisions import hit_id

    seen = {hit_id(inspection_id, h) for h in listed}
    out = []
    for h in drafted:
        if (key := hit_id(inspection_id, h)) not in seen:
            seen.add(key)
            out.append(h)
    return out
