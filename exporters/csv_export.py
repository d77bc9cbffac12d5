"""CSV export for the data analyst: what "x of y cases" is counted from.

- `cases.csv`: one row per case: area, law type, case type, stage, age band, child seen,
  seen alone, status, sample (each a code with its label beside it: not sampled /
  sampled / substitute / replaced / ...), the allocated inspector, how much evidence
  and how many gradings it has;
- `inspectors.csv`: the team, with the cases each holds;
- `evidence.csv`: one row per evidence record; `evidence_criteria.csv` the same evidence
  tidy, one row per evidence x criterion;
- `gradings.csv` with who graded and when; `judgements.csv`;
- `trace.csv`: which sentence of the draft draws on which evidence, one row per
  (sentence, evidence item) carrying that item's own case reference, so that a row's
  size is what it says, not the size of the sentence's whole list; `sentences.csv` the
  sentences themselves.

Names next to ids, codes next to their labels.  Every row says whether the record's
versions disagree (`conflict` is "yes" on an unsettled merge conflict: the value shown
is provisional until the lead settles it; in `sentences.csv` and `trace.csv` it names
the records in conflict the sentence rests on).  The export is not refused for
conflicts: the analyst needs the data.

Free text (evidence, the child's words, rationales, the draft's sentences and their
tallies) is run through the identifiability scanner before any file is written, as for
the Word export: a hit stops the export (`IdentifyingDetailsError`) and nothing is
written, unless a lead has accepted that hit (`fieldwork identify accept`).
`omit_text` writes the files without their free-text columns (the tallies, which
are the draft's own words, are still checked); `allow_identifying` writes them anyway
and records that in the audit trail.  Our own case references are allowed: the files
carry them by design.  A cell that a spreadsheet would run as a formula (starting with
`=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with `'`.

The rows are streamed to each file; only the draft is held in memory.  CSV only: an
.xlsx writer would add a dependency for something every spreadsheet opens from CSV.
Files are UTF-8 with a byte-order mark so that Excel reads accented characters.
"""

from __future__ import annotations

import contextlib
import csv
import os
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from exporters.draft import DraftData, draft_report
from exporters.errors import ExportError, IdentifyingDetailsError
from exporters.identify.holders import distinct
from exporters.leftovers import temp_beside
from exporters.model import ReportModel, Sentence
from store.casevocab import application_labels
from store.models import ROLE_LABELS, SAMPLE_LABELS, STATUS_LABELS, CaseFilter, sample_code
from store.record_history import set_or_last

if TYPE_CHECKING:
    from exporters.identify import Hit, Scanner
    from exporters.identify.decisions import Decisions
    from store.models import Provenance
    from store.record_history import SetBy
    from store.store import Store

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Kinds the scanner reports that the files carry on purpose: our own case references.
ALLOWED_KINDS = frozenset({"case-reference"})
# The free-text columns of each file, left out with `omit_text`.
FREE_TEXT_COLUMNS: dict[str, frozenset[str]] = {
    "evidence.csv": frozenset({"text", "child_words"}),
    "gradings.csv": frozenset({"rationale"}),
    "judgements.csv": frozenset({"rationale"}),
    "sentences.csv": frozenset({"text"}),
}


@dataclass
class CsvExport:
    """What was written, the hits written despite the check (`allow_identifying`) and
    the hits a lead's decisions let pass."""

    paths: list[Path] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    accepted: list[Hit] = field(default_factory=list)

    @property
    def kinds(self) -> Counter[str]:
        """How many hits of each kind were written despite the check."""
        return Counter(h.kind for h in self.hits)


def cell(value: object) -> object:
    """A value safe in a spreadsheet: text that would run as a formula gets a `'`."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _write_csv(folder: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> Path:
    """One CSV file, under a hidden temporary name in `folder` (its path)."""
    fd, tmp = temp_beside(folder, ".fieldwork-", ".csv.tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            for row in rows:
                w.writerow([cell(v) for v in row])
        os.chmod(tmp, 0o600)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return Path(tmp)


def _write_all(
    folder: Path, files: Sequence[tuple[str, Sequence[str], Iterable[Sequence[object]]]]
) -> list[Path]:
    """Every file or none: each written under a temporary name, then all renamed.  A
    full disk or a folder that cannot be written is one sentence (tester 24, F14: a
    traceback), with nothing of this export left behind."""
    written: list[tuple[Path, Path]] = []
    try:
        for name, header, rows in files:
            written.append((_write_csv(folder, header, rows), folder / name))
        for tmp, path in written:
            os.replace(tmp, path)
    except BaseException as exc:
        for tmp, _path in written:
            with contextlib.suppress(OSError):
                tmp.unlink()
        if isinstance(exc, OSError):
            raise ExportError(f"Cannot write the CSV files in {folder}: {exc.strerror}.") from None
        raise
    return [path for _tmp, path in written]


def _yes(flag: bool) -> str:
    """A conflict column: "yes" on a record whose versions disagree, else empty."""
    return "yes" if flag else ""


def _yes_no(value: bool | None) -> str:
    return {True: "yes", False: "no", None: ""}[value]


class _Tables:
    """The rows of each file, read from the store as they are written."""

    def __init__(self, data: DraftData, store: Store) -> None:
        self.data, self.store, self.fw = data, store, data.framework
        self.people = {p.id: p for p in store.inspectors()}
        self.area_names = {a.code: a.name for a in data.areas}
        self.refs = {c.id: c.ref for c in data.cases}
        self.case_area = {c.id: c.area_code for c in data.cases}
        self.replaced = {c.id for c in data.cases if c.sample == "replaced"}

    def name(self, inspector_id: str | None) -> str:
        person = self.people.get(inspector_id or "")
        return person.name if person else (inspector_id or "")

    def initials(self, inspector_id: str | None) -> str:
        person = self.people.get(inspector_id or "")
        return person.initials if person else ""

    CASES = ["case_ref", "area_code", "area_name", "law_type", "law_type_label", "case_type",
             "case_type_label", "other_application", "stage", "stage_label", "age_band", "child_seen", "seen_alone",
             "status", "status_label", "sample", "sample_label", "inspector_initials", "inspector_name", "evidence_count",
             "graded_count", "conflict"]  # fmt: skip

    def cases(self) -> Iterator[list[object]]:
        f = CaseFilter()
        total = self.store.count_cases(f)
        fw = self.fw
        for offset in range(0, total, 500):
            for row in self.store.case_rows(f, offset, 500):
                c = self.store.case(row.id)
                yield [c.ref, c.area_code, self.area_names.get(c.area_code, ""), c.law_type,
                       fw.law_type_label(c.law_type), c.case_type, fw.case_type_label(c.case_type),
                       application_labels().get(c.application or "", ""), c.stage, fw.stage_label(c.stage), c.age_band, _yes_no(c.child_seen) or "unknown",
                       c.seen_alone, c.status, STATUS_LABELS[c.status], sample_code(c.sample),
                       SAMPLE_LABELS[c.sample], self.initials(c.inspector_id),
                       self.name(c.inspector_id), row.evidence_count, row.graded_count,
                       _yes(row.conflict)]  # fmt: skip

    INSPECTORS = ["inspector_id", "initials", "name", "role", "role_label", "on_team",
                  "cases_held", "evidence_recorded", "conflict"]  # fmt: skip

    def cases_held(self, inspector_id: str) -> int:
        """The cases this person holds: assigned to them and not replaced in the sample
        (a replaced case keeps its inspector but is not inspected)."""
        f = CaseFilter(inspector_id=inspector_id)
        rows = self.store.case_rows(f, 0, self.store.count_cases(f) + 1)
        return sum(1 for r in rows if r.id not in self.replaced)

    def inspectors(self) -> Iterator[list[object]]:
        held = {p.id: self.cases_held(p.id) for p in self.people.values()}
        evidence_by = Counter(e.meta.created_by for e in self.data.evidence)
        for p in sorted(self.people.values(), key=lambda p: p.name):
            yield [p.id, p.initials, p.name, p.role, ROLE_LABELS.get(p.role, p.role),
                   _yes_no(p.active), held[p.id], evidence_by[p.id], _yes(p.meta.conflict)]  # fmt: skip

    EVIDENCE = ["evidence_id", "case_ref", "area_code", "about", "law_type", "criteria",
                "source", "source_label", "polarity", "text", "child_words", "escalation",
                "created_at", "created_by", "created_by_name", "updated_at", "updated_by_name",
                "conflict"]  # fmt: skip
    TIDY = ["evidence_id", "case_ref", "area_code", "criterion_id", "criterion_text", "source",
            "source_label", "polarity", "created_by_name", "conflict"]  # fmt: skip

    def evidence(self) -> Iterator[list[object]]:
        fw = self.fw
        law = {c.id: c.law_type for c in self.data.cases}
        for e in self.data.evidence:
            area = e.area_code or self.case_area.get(e.case_id or "", "")
            about = "case" if e.case_id else ("area" if e.area_code else "national")
            conflict = _yes(e.meta.conflict)
            yield [e.id, e.case_ref or "", area, about, law.get(e.case_id or "", ""),
                   " ".join(e.criteria), e.source, fw.source_label(e.source), e.polarity, e.text,
                   e.child_words, e.escalation, e.meta.created_at, e.meta.created_by,
                   self.name(e.meta.created_by), e.meta.updated_at,
                   self.name(e.meta.updated_by), conflict]  # fmt: skip

    def evidence_criteria(self) -> Iterator[list[object]]:
        fw = self.fw
        criteria = {c.id: c.text for c in fw.criteria}
        for e in self.data.evidence:
            area = e.area_code or self.case_area.get(e.case_id or "", "")
            for cid in e.criteria:
                yield [e.id, e.case_ref or "", area, cid, criteria.get(cid, ""), e.source,
                       fw.source_label(e.source), e.polarity, self.name(e.meta.created_by),
                       _yes(e.meta.conflict)]  # fmt: skip

    GRADINGS = ["case_ref", "area_code", "law_type", "criterion_id", "grade", "grade_label",
                "rationale", "graded_by", "graded_by_name", "graded_at", "conflict",
                "rationale_by_name"]  # fmt: skip

    def gradings(self) -> Iterator[list[object]]:
        law = {c.id: c.law_type for c in self.data.cases}
        # Who graded: whoever set the grade that stands, not a lead who settled a
        # conflict by keeping it or who later corrected the rationale; and who wrote the
        # rationale that stands, which may be another (tester 26, F15: a case passed
        # from one inspector to another, the first's rationale under the second's grade).
        set_by = self.store.who_set("grading", "grade")
        wrote = self.store.who_set("grading", "rationale")
        for g in sorted(self.store.all_gradings(), key=lambda g: (g.case_id, g.criterion_id)):
            who, when = _set_by(set_by, g.meta)
            yield [self.refs.get(g.case_id, g.case_id), self.case_area.get(g.case_id, ""),
                   law.get(g.case_id, ""), g.criterion_id, g.grade or "",
                   self.fw.grading_label(g.grade) if g.grade else "", g.rationale,
                   who, self.name(who), when, _yes(g.meta.conflict),
                   self.name(_set_by(wrote, g.meta)[0])]  # fmt: skip

    JUDGEMENTS = ["judgement_id", "title", "area_code", "area_name", "grade", "grade_label",
                  "rationale", "judged_by_name", "judged_at", "conflict", "rationale_by_name"]  # fmt: skip

    def judgements(self) -> Iterator[list[object]]:
        fw = self.fw
        set_by = self.store.who_set("judgement", "grade")
        wrote = self.store.who_set("judgement", "rationale")
        for j in sorted(self.store.judgements(), key=lambda j: (j.judgement_id, j.area_code or "")):
            who, when = _set_by(set_by, j.meta)
            yield [j.judgement_id, fw.judgement(j.judgement_id).title, j.area_code or "",
                   self.area_names.get(j.area_code or "", ""), j.grade or "",
                   fw.grade(j.grade).label if j.grade else "", j.rationale,
                   self.name(who), when, _yes(j.meta.conflict),
                   self.name(_set_by(wrote, j.meta)[0])]  # fmt: skip


SENTENCES = ["section", "paragraph", "sentence", "text", "basis", "evidence_items", "conflict"]
TRACE = ["section", "paragraph", "sentence", "evidence_id", "case_ref", "area_code", "conflict"]


def _sentences(report: ReportModel) -> Iterator[tuple[str, int | str, int, Sentence]]:
    for sec in report.sections:
        for label, para in sec.labelled():
            for i, s in enumerate(para.sentences, start=1):
                yield sec.heading, label, i, s


def _sentence_rows(report: ReportModel) -> Iterator[list[object]]:
    for heading, number, i, s in _sentences(report):
        yield [heading, number, i, s.text, s.basis, len(s.evidence_ids), " ".join(s.conflicts)]


def _trace_rows(report: ReportModel, data: DraftData) -> Iterator[list[object]]:
    """One row per (sentence, evidence item), with that item's own case and area (one
    row with no item for a sentence resting on none); `conflict` names the records in
    conflict the sentence rests on."""
    ref_of = {e.id: (e.case_ref or "", data.area_of(e) or "") for e in data.evidence}
    for heading, number, i, s in _sentences(report):
        for ev in s.evidence_ids or [""]:
            yield [heading, number, i, ev, *ref_of.get(ev, ("", "")), " ".join(s.conflicts)]


def _free_text(
    t: _Tables, report: ReportModel, omit_text: bool
) -> Iterator[tuple[str, str, str, str]]:
    """(text, where, field, record id) for every free-text cell the files would hold:
    with `omit_text`, only the tallies of the draft's sentences."""
    if not omit_text:
        for e in t.data.evidence:
            where = f"case {e.case_ref}, evidence {e.id}" if e.case_ref else f"evidence {e.id}"
            yield e.text, where, "text", e.id
            yield e.child_words, where, "child's words", e.id
        for g in t.store.all_gradings():
            ref = t.refs.get(g.case_id, g.case_id)
            yield g.rationale, f"case {ref}, grading {g.id}", "rationale", g.id
        for j in t.store.judgements():
            yield j.rationale, f"judgement {j.id}", "rationale", j.id
    for heading, number, i, s in _sentences(report):
        place = f"paragraph {number}" if str(number).isdigit() else number
        where = f"sentences.csv: {heading}, {place}, sentence {i}"
        if not omit_text:
            yield s.text, where, "text", ""
        yield s.basis, where, "basis", ""


def csv_hits(t: _Tables, report: ReportModel, scanner: Scanner, omit_text: bool) -> list[Hit]:
    """The identifiability hits in what the files would hold (our case references
    are allowed)."""
    out: list[Hit] = []
    for text, where, fld, rid in _free_text(t, report, omit_text):
        if text and text.strip():
            ids = (rid,) if rid else ()
            hits = scanner.scan(text, where, field=fld, evidence_ids=ids, comment=True)
            out.extend(h for h in hits if h.kind not in ALLOWED_KINDS)
    return distinct(out)


def _columns(name: str, header: Sequence[str], rows: Iterable[Sequence[object]],
             omit_text: bool) -> tuple[Sequence[str], Iterable[Sequence[object]]]:  # fmt: skip
    """The header and rows of one file, without its free-text columns when omitted."""
    drop = FREE_TEXT_COLUMNS.get(name, frozenset()) if omit_text else frozenset()
    if not drop:
        return header, rows
    keep = [i for i, h in enumerate(header) if h not in drop]
    return [header[i] for i in keep], ([row[i] for i in keep] for row in rows)


def _folder(folder: Path) -> Path:
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"Cannot create the folder {folder}: {exc.strerror}.") from None
    if not folder.is_dir():
        raise ExportError(f"{folder} is not a folder; give a folder for the CSV files.")
    return folder


def export_csv(
    data: DraftData,
    folder: Path,
    scanner: Scanner,
    *,
    decisions: Decisions | None = None,
    omit_text: bool = False,
    allow_identifying: bool = False,
) -> CsvExport:
    """Write the analyst's CSV files into `folder` (see the module's docstring).

    Every free-text cell is scanned first; a hit that no decision accepts raises
    `IdentifyingDetailsError` and nothing is written, unless `allow_identifying`
    (then recorded in the audit trail).  `omit_text` leaves the free-text columns out."""
    from exporters.identify.decisions import Decisions

    store = data.store
    if store is None:
        raise ExportError("The inspection was closed before the CSV files were written.")
    t = _Tables(data, store)
    report = draft_report(data)
    decisions = decisions or Decisions.from_store(store)
    decided = decisions.split(csv_hits(t, report, scanner, omit_text))
    if decided.stopping and not allow_identifying:
        raise IdentifyingDetailsError(decided.stopping, decisions, what="csv")
    result = CsvExport(hits=decided.stopping, accepted=decided.passed)
    files: list[tuple[str, Sequence[str], Iterable[Sequence[object]]]] = [
        ("cases.csv", t.CASES, t.cases()),
        ("inspectors.csv", t.INSPECTORS, t.inspectors()),
        ("evidence.csv", t.EVIDENCE, t.evidence()),
        ("evidence_criteria.csv", t.TIDY, t.evidence_criteria()),
        ("gradings.csv", t.GRADINGS, t.gradings()),
        ("judgements.csv", t.JUDGEMENTS, t.judgements()),
        ("sentences.csv", SENTENCES, _sentence_rows(report)),
        ("trace.csv", TRACE, _trace_rows(report, data)),
    ]
    made = not folder.exists()
    folder = _folder(folder)
    try:
        result.paths = _write_all(
            folder,
            [(name, *_columns(name, header, rows, omit_text)) for name, header, rows in files],
        )
    except ExportError:
        if made:
            with contextlib.suppress(OSError):
                folder.rmdir()  # the folder this export made, left empty
        raise
    if decided.stopping:
        what = "csv (without free text)" if omit_text else "csv"
        store.record_override(what, len(decided.stopping), [h.kind for h in decided.stopping])
    return result


def write_csvs(
    data: DraftData, folder: Path, *, omit_text: bool = False, allow_identifying: bool = False
) -> CsvExport:
    """Write the CSV files with the inspection's own scanner (see `export_csv`)."""
    from exporters.export import scanner_for

    if data.store is None:
        raise ExportError("The inspection was closed before the CSV files were written.")
    return export_csv(data, folder, scanner_for(data.store, data), omit_text=omit_text,
                      allow_identifying=allow_identifying)  # fmt: skip


def _set_by(set_by: Mapping[str, SetBy], meta: Provenance) -> tuple[str, str]:
    """Who set a record's grade and when (`Store.who_set`), else who changed it last."""
    by = set_or_last(set_by, meta)
    return by.author, by.at
