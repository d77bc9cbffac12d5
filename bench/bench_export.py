"""Whole-report export for the 600-case demo against a bare python-docx script that
writes the same paragraphs and comments, measured in the same run.

Ours: `export_report` (read the store, draft, check for identifying details, write the
.docx with styles, footnotes and comments, atomically).  Baseline: `Document()`, then one
`add_paragraph` per drafted paragraph and heading, one run per sentence, and one
`add_comment` on each sentence our writer comments, with the same comment text, then
`save`.  Each is timed in CPU time (`time.process_time`, what a loaded shared machine
distorts least) and in wall time, best of five; the ratio to read is the CPU one.

The bare script comments exactly the sentences our writer comments (those that make a
claim, outside boilerplate paragraphs), with the same text
(`docx_writer.sentence_comment`).  Until 2026-11-23 it paired each section's paragraphs
with the first comments of the whole report; until 2026-12-03 it wrote one comment per
paragraph where ours writes one per sentence (51 comments to our 183).

Both are timed in one process, so from the second run on, drafting finds the texts it
has built before (its options' normal forms, word runs and openings, its notes' stems,
the stakeholders' weighed sentences) in its caches: that is the cost of exporting again.
A lead's first export of a session pays for building them; the bench also prints the
CPU of the first draft in a fresh process (best of three processes), after reading the
store (the wording files a section reads when first asked count in it), and of the
first whole export in a fresh process (reading, drafting, loading the identifiability
scanner and checking, writing).  It prints the check apart (`export.gate`: conflicts and
identifying details in the drafted report, with the scanner loaded).

Set FIELDWORK_BENCH_DIR to a folder to keep (and reuse) the generated demo.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from docx import Document

from bench.timing import cpu_best_of
from demo import write_demo
from exporters.docx_writer import sentence_comment
from exporters.draft import draft_report, load
from exporters.draft.data import DraftData
from exporters.export import export_report, gate
from exporters.model import Paragraph, ReportModel
from store.store import Store

CASES = 600
RUNS = 5


def commented(report: ReportModel) -> list[tuple[Paragraph, list[tuple[str, str | None]]]]:
    """Every paragraph in document order, each sentence with the comment our writer
    anchors to it (None for sentences that make no claim and for boilerplate)."""
    out = []
    for p in report.paragraphs():
        said = []
        for s in p.sentences:
            lines = [] if p.boilerplate else sentence_comment(s, report.labels)
            said.append((s.text, "\n".join(" · ".join(line) for line in lines) or None))
        out.append((p, said))
    return out


def bare(
    report: ReportModel,
    paragraphs: list[tuple[Paragraph, list[tuple[str, str | None]]]],
    out: Path,
) -> None:
    """What a bare python-docx script does with the same text: the title, subtitle,
    headings and paragraphs in order, one run per sentence, and the same comments on
    the same sentences."""
    doc = Document()
    for line in (report.title, report.subtitle):
        if line:
            doc.add_paragraph(line)
    todo = iter(paragraphs)
    for section in report.sections:
        doc.add_paragraph(section.heading)
        for _ in (*section.intro, *section.paragraphs):
            p, sentences = next(todo)
            para = doc.add_paragraph(f"{p.number}.\t" if p.number else "")
            for k, (text, comment) in enumerate(sentences):
                run = para.add_run(text + (" " if k < len(sentences) - 1 else ""))
                if comment:
                    doc.add_comment(run, text=comment, author="Fieldwork", initials="FW")
    doc.save(str(out))


def comment_count(path: Path) -> int:
    with zipfile.ZipFile(path) as z:
        if "word/comments.xml" not in z.namelist():
            return 0
        return z.read("word/comments.xml").count(b"<w:comment ")


def draft_cpu(data: DraftData) -> float:
    """The CPU time of drafting from freshly read data (its note texts read as needed)."""
    t = time.process_time()
    draft_report(data)
    return time.process_time() - t


_FIRST = """
import sys, tempfile, time
from pathlib import Path
from exporters.draft import draft_report, load
from exporters.export import export_report
from store.store import Store
with Store.open(Path(sys.argv[1])) as store, tempfile.TemporaryDirectory() as tmp:
    t = time.process_time()
    if sys.argv[2] == "draft":
        data = load(store)
        t = time.process_time()
        draft_report(data)
    else:
        export_report(store, Path(tmp) / "first.docx")
    print(time.process_time() - t)
"""


def first_cpu(db: Path, what: str, rounds: int = 3) -> float:
    """The least CPU time, of `rounds` fresh processes (no text built before, no scanner
    loaded), of drafting the whole report once after reading the store (`what`
    "draft"), or of the whole export ("export"): a lead's first export of a session."""
    here = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(here)}
    runs = [subprocess.run([sys.executable, "-c", _FIRST, str(db), what], cwd=here, env=env,
                           check=True, capture_output=True, text=True).stdout
            for _ in range(rounds)]  # fmt: skip
    return min(float(out.split()[-1]) for out in runs)


def main() -> None:
    keep = os.environ.get("FIELDWORK_BENCH_DIR")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(keep) if keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        db = folder / f"demo-{CASES}.db"
        if not db.exists():
            print(f"demo: {write_demo(db, cases=CASES).summary()}")
        with Store.open(db) as store:
            report = draft_report(load(store))
            texts = commented(report)
            ours, ours_wall = cpu_best_of(lambda: export_report(store, folder / "ours.docx"), RUNS)
            base, base_wall = cpu_best_of(lambda: bare(report, texts, folder / "bare.docx"), RUNS)
            t_load, _ = cpu_best_of(lambda: load(store), RUNS)
            t_draft = min(draft_cpu(load(store)) for _ in range(RUNS))
            data = load(store)
            t_gate, _ = cpu_best_of(lambda: gate(store, data, report, comments=True,
                                                 allow_identifying=True, allow_conflicts=True),
                                    RUNS)  # fmt: skip
        t_first = first_cpu(db, "draft")
        t_first_export = first_cpu(db, "export")
        print(f"paragraphs {len(report.paragraphs())}, footnotes {len(report.footnotes)}")
        print(f"area sentences shared with another area: {report.repeated_share:.1%} "
              "(issue 15's bound: 10%)")  # fmt: skip
        print(
            f"whole report (read, draft, check, write): {ours * 1000:.0f} ms CPU, "
            f"{ours_wall * 1000:.0f} ms wall"
        )
        print(f"  of which read {t_load * 1000:.0f} ms CPU, draft {t_draft * 1000:.0f} ms CPU, "
              f"check {t_gate * 1000:.0f} ms CPU")  # fmt: skip
        print(f"first draft in a fresh process: {t_first * 1000:.0f} ms CPU; "
              f"first whole export: {t_first_export * 1000:.0f} ms CPU")  # fmt: skip
        print(
            f"bare python-docx, same paragraphs and comments: {base * 1000:.0f} ms CPU, "
            f"{base_wall * 1000:.0f} ms wall"
        )
        print(
            f"comments: ours {comment_count(folder / 'ours.docx')}, "
            f"bare {comment_count(folder / 'bare.docx')}"
        )
        print(f"ratio: {ours / base:.2f} CPU, {ours_wall / base_wall:.2f} wall (target 1.5)")


if __name__ == "__main__":
    main()
