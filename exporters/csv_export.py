"""CSV export for the data analyst: evidence, gradings, judgements, and the draft's
evidence trace (which paragraph and sentence draws on which evidence).

CSV only: an .xlsx writer would add a dependency (openpyxl) for something every
spreadsheet opens from CSV anyway.  Files are UTF-8 with a byte-order mark so that
Excel reads accented characters correctly.

The files carry case references, not names.  Their free text (evidence text, the
child's words, rationales, the draft's sentences) goes through the same
identifiability check as a Word export before any file is written (`export_csv` in
`exporters/export.py` passes the check as `gate`); `omit_text` leaves the free-text
columns empty instead.
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from exporters.draft import DraftData, draft_report
from exporters.errors import ExportError
from store.framework import Framework


@dataclass
class CsvTable:
    """One CSV file before it is written: its header, rows, the columns holding free
    text, and the column naming the record each row came from."""

    name: str
    header: list[str]
    rows: list[list[object]]
    text_columns: tuple[str, ...]
    record_column: str

    def texts(self) -> Iterable[tuple[str, str, str]]:
        """(column, record id, text) of every non-empty free-text cell."""
        at = [self.header.index(c) for c in self.text_columns]
        rec = self.header.index(self.record_column)
        for row in self.rows:
            for i in at:
                if row[i]:
                    yield self.header[i], str(row[rec]), str(row[i])

    def blank_text(self) -> None:
        """Empty every free-text cell (`--omit-text`)."""
        at = [self.header.index(c) for c in self.text_columns]
        for row in self.rows:
            for i in at:
                row[i] = ""


Gate = Callable[[list[CsvTable]], None]
"""Called with every table before anything is written; raises to stop the export."""


def _write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            w.writerows(rows)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _yes(flag: bool) -> str:
    return "yes" if flag else ""


def csv_tables(data: DraftData) -> list[CsvTable]:
    """The four tables, in memory."""
    fw: Framework = data.framework
    cases = data.case_by_id
    evidence = CsvTable(
        "evidence.csv",
        ["evidence_id", "case_ref", "area_code", "law_type", "criteria", "source", "source_label",
         "polarity", "text", "child_words", "escalation", "created_at", "created_by", "conflict"],
        [
            [e.id, e.case_ref or "", data.area_of(e) or "",
             cases[e.case_id].law_type if e.case_id in cases else "", " ".join(e.criteria),
             e.source, fw.source_label(e.source), e.polarity, e.text, e.child_words,
             e.escalation, e.meta.created_at, e.meta.created_by, _yes(e.meta.conflict)]
            for e in data.evidence
        ],
        ("text", "child_words"), "evidence_id",
    )  # fmt: skip
    gradings = CsvTable(
        "gradings.csv",
        ["grading_id", "case_ref", "area_code", "law_type", "criterion_id", "grade",
         "grade_label", "rationale", "conflict"],
        [
            [g.meta.id, cases[g.case_id].ref if g.case_id in cases else g.case_id,
             cases[g.case_id].area_code if g.case_id in cases else "",
             cases[g.case_id].law_type if g.case_id in cases else "",
             g.criterion_id, g.grade, fw.grading_label(g.grade), g.rationale,
             _yes(g.meta.conflict)]
            for g in sorted(data.stored_gradings, key=lambda g: (g.case_id, g.criterion_id))
        ],
        ("rationale",), "grading_id",
    )  # fmt: skip
    judgements = CsvTable(
        "judgements.csv",
        ["record_id", "judgement_id", "title", "area_code", "grade", "grade_label", "rationale",
         "conflict"],
        [
            [j.meta.id, j.judgement_id, fw.judgement(j.judgement_id).title, j.area_code or "",
             j.grade or "", fw.grade(j.grade).label if j.grade else "", j.rationale,
             _yes(j.meta.conflict)]
            for j in sorted(data.judgements, key=lambda j: (j.judgement_id, j.area_code or ""))
        ],
        ("rationale",), "record_id",
    )  # fmt: skip
    report = draft_report(data)
    rows: list[list[object]] = []
    for sec in report.sections:
        for para in (*sec.intro, *sec.paragraphs):
            for i, s in enumerate(para.sentences, start=1):
                for ev in s.evidence_ids or [""]:
                    rows.append([sec.heading, para.number or "", i, s.text, s.basis, ev,
                                 " ".join(s.case_refs), " ".join(s.criteria),
                                 " ".join(s.conflicts)])  # fmt: skip
    trace = CsvTable(
        "trace.csv",
        ["section", "paragraph", "sentence", "text", "basis", "evidence_id", "case_refs",
         "criteria", "conflict"],
        rows, ("text", "basis"), "evidence_id",
    )  # fmt: skip
    return [evidence, gradings, judgements, trace]


def write_csvs(
    data: DraftData, folder: Path, *, omit_text: bool = False, gate: Gate | None = None
) -> list[Path]:
    """Write evidence.csv, gradings.csv, judgements.csv and trace.csv into `folder`.

    With `omit_text`, the free-text columns are left empty.  Otherwise `gate` (when
    given) sees every table first and stops the export by raising; nothing is written
    then."""
    folder = Path(folder)
    tables = csv_tables(data)
    if omit_text:
        for t in tables:
            t.blank_text()
    elif gate is not None:
        gate(tables)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"Cannot create the folder {folder}: {exc.strerror}.") from None
    if not folder.is_dir():
        raise ExportError(f"{folder} is not a folder; give a folder for the CSV files.")
    out = []
    for t in tables:
        p = folder / t.name
        _write_csv(p, t.header, t.rows)
        out.append(p)
    return out
