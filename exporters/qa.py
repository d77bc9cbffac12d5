"""The quality-assurance reader's view of a draft: every drafted sentence with its
tally, its evidence excerpts (with case references) and its flags (small sample, mixed
evidence, disagrees with the grade, example from another criterion, in conflict, low coverage,
provisional), so that a QA reader can check the draft claim by claim.

Written as Word (a table per section) or CSV, by the file's extension.  Like the
margin comments, it carries case references (pseudonymised) but never names: the
identifiability check runs on it before anything is written.
"""

from __future__ import annotations

import contextlib
import csv
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from exporters.docx_writer import write_docx
from exporters.draft import DraftOptions, conflicted, draft_report, load, repeats
from exporters.draft.document import lead_notes
from exporters.errors import ConflictsError, ExportError
from exporters.export import ExportResult, Progress, conflict_labels, decide, scanner_for
from exporters.identify import ALLOWED_IN_COMMENTS, Hit
from exporters.identify.holders import hit_records, holder_names, narrowed, record_texts
from exporters.leftovers import temp_beside
from exporters.model import Paragraph, ReportModel, Section, Sentence, Table
from store.store import Store

HEADER = ["Paragraph", "Sentence", "Kind", "Tally", "Evidence", "Flags"]
CSV_HEADER = [
    "section", "paragraph", "sentence_no", "sentence", "kind", "direction", "criteria",
    "tally", "excerpts", "case_refs", "flags", "notes",
]  # fmt: skip
KINDS = {
    "claim": "Claim", "views": "Stakeholders' views", "impact": "Impact", "example": "Example", "quote": "Quotation",
    "headline": "Headline", "placeholder": "Placeholder", "marker": "Check", "fixed": "Fixed",
}  # fmt: skip


@dataclass(frozen=True)
class QaRow:
    """One drafted sentence as the QA reader sees it."""

    section: str
    paragraph: str
    number: int
    sentence: Sentence


def qa_rows(report: ReportModel) -> list[QaRow]:
    """Every sentence of the draft, in document order."""
    rows = []
    for sec in report.sections:
        for where, p in sec.labelled():
            for k, s in enumerate(p.sentences, start=1):
                rows.append(QaRow(sec.heading, where, k, s))
    return rows


def summary(report: ReportModel) -> list[str]:
    """The QA view's opening lines: counts of sentences and flags."""
    rows = qa_rows(report)
    flags = Counter(f for r in rows for f in r.sentence.flags)
    claims = sum(1 for r in rows if r.sentence.role == "claim")
    lines = [
        f"{len(rows)} sentences, {claims} of them claims drawn from tallies.",
        f"Sentences in area sections said, word for word or nearly, in another area's section: "
        f"{round(100 * report.repeated_share)}%.",
        f"Sentences said, word for word or nearly, in another section of the report (the "
        f"summary aside): {round(100 * repeats.share(report))}%.",
    ]
    lines += [f"Flagged '{f}': {n}." for f, n in sorted(flags.items())]
    lines += [f"Warning: {w}" for w in lead_notes(report.warnings)]
    return lines


def _kind(s: Sentence) -> str:
    kind = KINDS.get(s.role, s.role or "Text")
    return f"{kind} ({s.direction})" if s.direction else kind


def qa_report(report: ReportModel) -> ReportModel:
    """The QA view as a document: a table per section."""
    intro = [Paragraph(kind="bullet", sentences=[Sentence(text=line)]) for line in summary(report)]
    sections = [Section(kind="summary", heading="About this view", intro=intro)]
    by_section: dict[str, list[QaRow]] = {}
    for r in qa_rows(report):
        by_section.setdefault(r.section, []).append(r)
    for heading, rows in by_section.items():
        table = Table(header=HEADER, rows=[
            [r.paragraph, r.sentence.text, _kind(r.sentence),
             "\n".join([r.sentence.basis, *r.sentence.notes]).strip(),
             "\n".join(r.sentence.excerpts), ", ".join(r.sentence.flags)]
            for r in rows
        ])  # fmt: skip
        sections.append(Section(kind="judgement", heading=heading, level=2, table=table))
    return ReportModel(title=f"QA view: {report.title or 'draft'}", sections=sections,
                       properties=report.properties.model_copy(update={"category": "QA"}))  # fmt: skip


def _csv(report: ReportModel, path: Path) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"Cannot write {path}: the folder {folder} does not exist.")
    fd, tmp = temp_beside(folder, f".{path.name}.", ".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(CSV_HEADER)
            for r in qa_rows(report):
                s = r.sentence
                w.writerow([r.section, r.paragraph, r.number, s.text, s.role, s.direction,
                            " ".join(s.criteria), s.basis, " | ".join(s.excerpts),
                            " ".join(s.case_refs), "; ".join(s.flags), " | ".join(s.notes)])  # fmt: skip
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise ExportError(f"Cannot write {path}: {exc.strerror}.") from None


def _hits(store: Store, report: ReportModel) -> list[Hit]:
    """Identifying details in the QA view (case references are allowed, as in comments)."""
    scanner = scanner_for(store)
    found: list[Hit] = []
    for r in qa_rows(report):
        s = r.sentence
        for text in (s.text, *s.excerpts, *s.notes):
            for kind, match in scanner.scan_text(text):
                if kind not in ALLOWED_IN_COMMENTS:
                    found.append(Hit(kind, match, f"‘{r.section}’", tuple(s.evidence_ids), "qa"))
    # Each hit names only the records whose text holds it, as the Word export's do.
    return narrowed(
        found, record_texts(store, hit_records(found)), holder_names(store, hit_records(found))
    )


def export_qa(
    store: Store,
    path: Path,
    *,
    allow_identifying: bool = False,
    allow_conflicts: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the QA view of the whole draft to `path` (.docx or .csv)."""
    say = progress or (lambda _m, _f: None)
    suffix = Path(path).suffix.lower()
    if suffix not in (".docx", ".csv"):
        raise ExportError(f"Cannot tell what to write from {path}: name a .docx or .csv file.")
    data = load(store, lambda m: say(m, 0.1))
    say("Drafting the report", 0.3)
    report = draft_report(data, DraftOptions())
    ids = conflicted(report)
    if ids and not allow_conflicts:
        raise ConflictsError(conflict_labels(store, ids))
    say("Checking for identifying details", 0.6)
    hits, accepted = decide(store, "qa", _hits(store, report), allow_identifying)
    say("Writing", 0.8)
    if suffix == ".csv":
        _csv(report, Path(path))
    else:
        write_docx(qa_report(report), Path(path), comments=False)
    say("Done", 1.0)
    return ExportResult(Path(path), report, hits, report.warnings, ids, accepted)
