"""CSV export for the data analyst: evidence, gradings, judgements, and the draft's
evidence trace (which paragraph and sentence draws on which evidence).  Each file has a
`conflict` column: "yes" on a record whose versions disagree after a merge (its value is
the provisional one until the lead settles it), and in the trace, the ids of the records
in conflict that a sentence rests on.

CSV only: an .xlsx writer would add a dependency (openpyxl) for something every
spreadsheet opens from CSV anyway.  Files are UTF-8 with a byte-order mark so that
Excel reads accented characters correctly.  Evidence text and the child's words are
included because the analyst works inside the team; the files carry case references,
not names, and stay on the team's machines.
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from exporters.draft import DraftData, draft_report
from exporters.errors import ExportError
from store.framework import Framework


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


def write_csvs(data: DraftData, folder: Path) -> list[Path]:
    """Write evidence.csv, gradings.csv, judgements.csv and trace.csv into `folder`."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"Cannot create the folder {folder}: {exc.strerror}.") from None
    if not folder.is_dir():
        raise ExportError(f"{folder} is not a folder; give a folder for the CSV files.")
    fw: Framework = data.framework
    cases = data.case_by_id
    out = []

    p = folder / "evidence.csv"
    _write_csv(
        p,
        ["evidence_id", "case_ref", "area_code", "law_type", "criteria", "source", "source_label",
         "polarity", "text", "child_words", "escalation", "created_at", "created_by", "conflict"],
        (
            [e.id, e.case_ref or "", data.area_of(e) or "",
             cases[e.case_id].law_type if e.case_id in cases else "", " ".join(e.criteria),
             e.source, fw.source_label(e.source), e.polarity, e.text, e.child_words,
             e.escalation, e.meta.created_at, e.meta.created_by, _yes(e.meta.conflict)]
            for e in data.evidence
        ),
    )  # fmt: skip
    out.append(p)

    p = folder / "gradings.csv"
    _write_csv(
        p,
        ["case_ref", "area_code", "law_type", "criterion_id", "grade", "grade_label", "rationale",
         "conflict"],
        (
            [cases[g.case_id].ref if g.case_id in cases else g.case_id,
             cases[g.case_id].area_code if g.case_id in cases else "",
             cases[g.case_id].law_type if g.case_id in cases else "",
             g.criterion_id, g.grade, fw.grading_label(g.grade), g.rationale,
             _yes(g.meta.conflict)]
            for g in sorted(data.stored_gradings, key=lambda g: (g.case_id, g.criterion_id))
        ),
    )  # fmt: skip
    out.append(p)

    p = folder / "judgements.csv"
    _write_csv(
        p,
        ["judgement_id", "title", "area_code", "grade", "grade_label", "rationale", "conflict"],
        (
            [j.judgement_id, fw.judgement(j.judgement_id).title, j.area_code or "",
             j.grade or "", fw.grade(j.grade).label if j.grade else "", j.rationale,
             _yes(j.meta.conflict)]
            for j in sorted(data.judgements, key=lambda j: (j.judgement_id, j.area_code or ""))
        ),
    )  # fmt: skip
    out.append(p)

    report = draft_report(data)
    p = folder / "trace.csv"
    rows = []
    for sec in report.sections:
        for para in (*sec.intro, *sec.paragraphs):
            for i, s in enumerate(para.sentences, start=1):
                for ev in s.evidence_ids or [""]:
                    rows.append([sec.heading, para.number or "", i, s.text, s.basis, ev,
                                 " ".join(s.case_refs), " ".join(s.criteria),
                                 " ".join(s.conflicts)])  # fmt: skip
    _write_csv(
        p, ["section", "paragraph", "sentence", "text", "basis", "evidence_id", "case_refs",
            "criteria", "conflict"], rows,
    )  # fmt: skip
    out.append(p)
    return out
