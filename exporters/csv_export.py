"""CSV export for the data analyst: what "x of y cases" is counted from.

- `cases.csv`: one row per case: area, law type, case type, stage, age band, child seen,
  seen alone, status, sample (sampled / substitute / replaced / ...), the allocated
  inspector, how much evidence and how many gradings it has;
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
conflicts: the analyst needs the data.  Free text (evidence, the child's words, rationales, the draft's sentences)
is run through the identifiability scanner: whatever it finds is replaced by
`[withheld]` and the row's `withheld` column says what kind of detail it was, so
nothing identifying leaves in the files.  A cell that a spreadsheet would run as a
formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed
with `'`.

The rows are streamed to each file; only the draft is held in memory.  CSV only: an
.xlsx writer would add a dependency for something every spreadsheet opens from CSV.
Files are UTF-8 with a byte-order mark so that Excel reads accented characters.
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from exporters.draft import DraftData, draft_report
from exporters.errors import ExportError
from exporters.model import ReportModel, Sentence
from store.models import ROLE_LABELS, CaseFilter

if TYPE_CHECKING:
    from store.store import Store

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Kinds the scanner reports that the files carry on purpose: our own case references.
ALLOWED_KINDS = frozenset({"case-reference"})
WITHHELD = "[withheld]"


class TextScanner(Protocol):
    """What the export needs of the identifiability scanner."""

    def scan_text(self, text: str, context: str | None = None) -> list[tuple[str, str]]: ...


@dataclass
class CsvExport:
    """What was written, and how many text cells had identifying details withheld."""

    paths: list[Path] = field(default_factory=list)
    withheld: Counter[str] = field(default_factory=Counter)


def cell(value: object) -> object:
    """A value safe in a spreadsheet: text that would run as a formula gets a `'`."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


class _Cleaner:
    """Withholds what the scanner finds in free text, and counts it."""

    def __init__(self, scanner: TextScanner | None, counts: Counter[str]) -> None:
        self.scanner = scanner
        self.counts = counts

    def __call__(self, text: str, kinds: set[str]) -> str:
        if not text or self.scanner is None:
            return text
        for kind, found in self.scanner.scan_text(text):
            if kind in ALLOWED_KINDS or not found:
                continue
            kinds.add(kind)
            self.counts[kind] += 1
            text = text.replace(found, WITHHELD)
        return text


def _write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            for row in rows:
                w.writerow([cell(v) for v in row])
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _yes(flag: bool) -> str:
    """A conflict column: "yes" on a record whose versions disagree, else empty."""
    return "yes" if flag else ""


def _yes_no(value: bool | None) -> str:
    return {True: "yes", False: "no", None: ""}[value]


class _Tables:
    """The rows of each file, read from the store as they are written."""

    def __init__(self, data: DraftData, store: Store, clean: _Cleaner) -> None:
        self.data, self.store, self.fw, self.clean = data, store, data.framework, clean
        self.people = {p.id: p for p in store.inspectors()}
        self.area_names = {a.code: a.name for a in data.areas}
        self.refs = {c.id: c.ref for c in data.cases}
        self.case_area = {c.id: c.area_code for c in data.cases}

    def name(self, inspector_id: str | None) -> str:
        person = self.people.get(inspector_id or "")
        return person.name if person else (inspector_id or "")

    def initials(self, inspector_id: str | None) -> str:
        person = self.people.get(inspector_id or "")
        return person.initials if person else ""

    CASES = ["case_ref", "area_code", "area_name", "law_type", "law_type_label", "case_type",
             "case_type_label", "stage", "stage_label", "age_band", "child_seen", "seen_alone",
             "status", "sample", "inspector_initials", "inspector_name", "evidence_count",
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
                       c.stage, fw.stage_label(c.stage), c.age_band, _yes_no(c.child_seen),
                       c.seen_alone, c.status, c.sample, self.initials(c.inspector_id),
                       self.name(c.inspector_id), row.evidence_count, row.graded_count,
                       _yes(row.conflict)]  # fmt: skip

    INSPECTORS = ["inspector_id", "initials", "name", "role", "role_label", "on_team",
                  "cases_held", "evidence_recorded", "conflict"]  # fmt: skip

    def inspectors(self) -> Iterator[list[object]]:
        held = {
            p.id: self.store.count_cases(CaseFilter(inspector_id=p.id))
            for p in self.people.values()
        }
        evidence_by = Counter(e.meta.created_by for e in self.data.evidence)
        for p in sorted(self.people.values(), key=lambda p: p.name):
            yield [p.id, p.initials, p.name, p.role, ROLE_LABELS.get(p.role, p.role),
                   _yes_no(p.active), held[p.id], evidence_by[p.id], _yes(p.meta.conflict)]  # fmt: skip

    EVIDENCE = ["evidence_id", "case_ref", "area_code", "about", "law_type", "criteria",
                "source", "source_label", "polarity", "text", "child_words", "escalation",
                "created_at", "created_by", "created_by_name", "updated_at", "updated_by_name",
                "conflict", "withheld"]  # fmt: skip
    TIDY = ["evidence_id", "case_ref", "area_code", "criterion_id", "criterion_text", "source",
            "source_label", "polarity", "created_by_name", "conflict"]  # fmt: skip

    def evidence(self) -> Iterator[list[object]]:
        fw = self.fw
        law = {c.id: c.law_type for c in self.data.cases}
        for e in self.data.evidence:
            kinds: set[str] = set()
            text, words = self.clean(e.text, kinds), self.clean(e.child_words, kinds)
            area = e.area_code or self.case_area.get(e.case_id or "", "")
            about = "case" if e.case_id else ("area" if e.area_code else "national")
            conflict = _yes(e.meta.conflict)
            yield [e.id, e.case_ref or "", area, about, law.get(e.case_id or "", ""),
                   " ".join(e.criteria), e.source, fw.source_label(e.source), e.polarity, text,
                   words, e.escalation, e.meta.created_at, e.meta.created_by,
                   self.name(e.meta.created_by), e.meta.updated_at,
                   self.name(e.meta.updated_by), conflict, " ".join(sorted(kinds))]  # fmt: skip

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
                "withheld"]  # fmt: skip

    def gradings(self) -> Iterator[list[object]]:
        law = {c.id: c.law_type for c in self.data.cases}
        for g in sorted(self.store.all_gradings(), key=lambda g: (g.case_id, g.criterion_id)):
            kinds: set[str] = set()
            rationale = self.clean(g.rationale, kinds)
            yield [self.refs.get(g.case_id, g.case_id), self.case_area.get(g.case_id, ""),
                   law.get(g.case_id, ""), g.criterion_id, g.grade or "",
                   self.fw.grading_label(g.grade) if g.grade else "", rationale,
                   g.meta.updated_by, self.name(g.meta.updated_by), g.meta.updated_at,
                   _yes(g.meta.conflict), " ".join(sorted(kinds))]  # fmt: skip

    JUDGEMENTS = ["judgement_id", "title", "area_code", "area_name", "grade", "grade_label",
                  "rationale", "judged_by_name", "judged_at", "conflict", "withheld"]  # fmt: skip

    def judgements(self) -> Iterator[list[object]]:
        fw = self.fw
        for j in sorted(self.store.judgements(), key=lambda j: (j.judgement_id, j.area_code or "")):
            kinds: set[str] = set()
            rationale = self.clean(j.rationale, kinds)
            yield [j.judgement_id, fw.judgement(j.judgement_id).title, j.area_code or "",
                   self.area_names.get(j.area_code or "", ""), j.grade or "",
                   fw.grade(j.grade).label if j.grade else "", rationale,
                   self.name(j.meta.updated_by), j.meta.updated_at, _yes(j.meta.conflict),
                   " ".join(sorted(kinds))]  # fmt: skip


SENTENCES = ["section", "paragraph", "sentence", "text", "basis", "evidence_items", "conflict",
             "withheld"]  # fmt: skip
TRACE = ["section", "paragraph", "sentence", "evidence_id", "case_ref", "area_code", "conflict"]


def _sentences(report: ReportModel) -> Iterator[tuple[str, int | str, int, Sentence]]:
    for sec in report.sections:
        for para in (*sec.intro, *sec.paragraphs):
            for i, s in enumerate(para.sentences, start=1):
                yield sec.heading, para.number or "", i, s


def _sentence_rows(report: ReportModel, clean: _Cleaner) -> Iterator[list[object]]:
    for heading, number, i, s in _sentences(report):
        kinds: set[str] = set()
        text = clean(s.text, kinds)
        yield [heading, number, i, text, s.basis, len(s.evidence_ids), " ".join(s.conflicts),
               " ".join(sorted(kinds))]  # fmt: skip


def _trace_rows(report: ReportModel, data: DraftData) -> Iterator[list[object]]:
    """One row per (sentence, evidence item), with that item's own case and area (one
    row with no item for a sentence resting on none); `conflict` names the records in
    conflict the sentence rests on."""
    ref_of = {e.id: (e.case_ref or "", data.area_of(e) or "") for e in data.evidence}
    for heading, number, i, s in _sentences(report):
        for ev in s.evidence_ids or [""]:
            yield [heading, number, i, ev, *ref_of.get(ev, ("", "")), " ".join(s.conflicts)]


def export_csv(data: DraftData, folder: Path, scanner: TextScanner | None) -> CsvExport:
    """Write the analyst's CSV files into `folder` (see the module's docstring)."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"Cannot create the folder {folder}: {exc.strerror}.") from None
    if not folder.is_dir():
        raise ExportError(f"{folder} is not a folder; give a folder for the CSV files.")
    if data.store is None:
        raise ExportError("The inspection was closed before the CSV files were written.")
    result = CsvExport()
    clean = _Cleaner(scanner, result.withheld)
    t = _Tables(data, data.store, clean)
    report = draft_report(data)
    files: list[tuple[str, Sequence[str], Iterable[Sequence[object]]]] = [
        ("cases.csv", t.CASES, t.cases()),
        ("inspectors.csv", t.INSPECTORS, t.inspectors()),
        ("evidence.csv", t.EVIDENCE, t.evidence()),
        ("evidence_criteria.csv", t.TIDY, t.evidence_criteria()),
        ("gradings.csv", t.GRADINGS, t.gradings()),
        ("judgements.csv", t.JUDGEMENTS, t.judgements()),
        ("sentences.csv", SENTENCES, _sentence_rows(report, clean)),
        ("trace.csv", TRACE, _trace_rows(report, data)),
    ]
    for name, header, rows in files:
        path = folder / name
        _write_csv(path, header, rows)
        result.paths.append(path)
    return result


def write_csvs(data: DraftData, folder: Path) -> list[Path]:
    """Write the CSV files, withholding what the inspection's scanner finds in free
    text (see `export_csv`)."""
    from exporters.export import scanner_for

    if data.store is None:
        raise ExportError("The inspection was closed before the CSV files were written.")
    return export_csv(data, folder, scanner_for(data.store, data)).paths
