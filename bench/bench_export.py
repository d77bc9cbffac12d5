"""Whole-report export for the 600-case demo against a bare python-docx script that
writes the same paragraphs and comments, measured in the same run.

Ours: `export_report` (read the store, draft, check for identifying details, write the
.docx with styles, footnotes and comments, atomically).  Baseline: `Document()`, then one
`add_paragraph` per drafted paragraph and heading and one `add_comment` per commented
paragraph with the same comment text, then `save`.  Best of five each.

The bare script comments exactly the paragraphs our writer comments (those that are drawn
from evidence, not boilerplate), with the same text; until 2026-11-23 it paired each
section's paragraphs with the first comments of the whole report, so it wrote 67
comments holding about a third of the text of our 61.
"""

from __future__ import annotations

import tempfile
import time
import zipfile
from pathlib import Path

from docx import Document

from bench.timing import best_of
from demo import write_demo
from exporters.docx_writer import comment_text
from exporters.draft import draft_report, load
from exporters.export import export_report
from exporters.model import Paragraph, ReportModel
from store.store import Store

CASES = 600
RUNS = 5


def commented(report: ReportModel) -> list[tuple[Paragraph, str | None]]:
    """Every paragraph in document order with the comment our writer gives it (None for
    boilerplate and untraced paragraphs, which get none)."""
    return [
        (p, comment_text(p, report.labels) if any(s.traced for s in p.sentences)
         and not p.boilerplate else None)
        for p in report.paragraphs()
    ]  # fmt: skip


def bare(report: ReportModel, paragraphs: list[tuple[Paragraph, str | None]], out: Path) -> None:
    """What a bare python-docx script does with the same text: the title, subtitle,
    headings and paragraphs in order, and the same comments on the same paragraphs."""
    doc = Document()
    for line in (report.title, report.subtitle):
        if line:
            doc.add_paragraph(line)
    todo = iter(paragraphs)
    for section in report.sections:
        doc.add_paragraph(section.heading)
        for _ in (*section.intro, *section.paragraphs):
            p, text = next(todo)
            para = doc.add_paragraph((f"{p.number}.\t" if p.number else "") + p.text)
            if text:
                doc.add_comment(para.runs, text=text, author="Fieldwork", initials="FW")
    doc.save(str(out))


def comment_count(path: Path) -> int:
    with zipfile.ZipFile(path) as z:
        if "word/comments.xml" not in z.namelist():
            return 0
        return z.read("word/comments.xml").count(b"<w:comment ")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "demo.db"
        stats = write_demo(db, cases=CASES)
        with Store.open(db) as store:
            report = draft_report(load(store))
            texts = commented(report)
            ours = best_of(lambda: export_report(store, folder / "ours.docx"), RUNS)
            base = best_of(lambda: bare(report, texts, folder / "bare.docx"), RUNS)
            t = time.perf_counter()
            data = load(store)
            t_load = time.perf_counter() - t
            t = time.perf_counter()
            draft_report(data)
            t_draft = time.perf_counter() - t
        print(f"demo: {stats.summary()}")
        print(f"paragraphs {len(report.paragraphs())}, footnotes {len(report.footnotes)}")
        print(f"whole report (read, draft, check, write): {ours * 1000:.0f} ms")
        print(f"  of which read {t_load * 1000:.0f} ms, draft {t_draft * 1000:.0f} ms")
        print(f"bare python-docx, same paragraphs and comments: {base * 1000:.0f} ms")
        print(
            f"comments: ours {comment_count(folder / 'ours.docx')}, "
            f"bare {comment_count(folder / 'bare.docx')}"
        )
        print(f"ratio: {ours / base:.2f} (target 1.5)")


if __name__ == "__main__":
    main()
