"""Whole-report export for the 600-case demo against a bare python-docx script that
writes the same paragraphs and comments, measured in the same run.

Ours: `export_report` (read the store, draft, check for identifying details, write the
.docx with styles, footnotes and comments, atomically).  Baseline: `Document()`, then one
`add_paragraph` per drafted paragraph and heading and one `add_comment` per commented
paragraph with the same comment text, then `save`.  Best of five each.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from docx import Document

from exporters.docx_writer import comment_text
from exporters.draft import draft_report, load
from exporters.export import export_report
from exporters.model import ReportModel
from store.demo import write_demo
from store.store import Store

CASES = 600
RUNS = 5


def best(fn: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def bare(report: ReportModel, comments: list[str | None], out: Path) -> None:
    """What a bare python-docx script does with the same text."""
    doc = Document()
    for section in report.sections:
        doc.add_paragraph(section.heading)
        for p, text in zip((*section.intro, *section.paragraphs), comments, strict=False):
            para = doc.add_paragraph((f"{p.number}.\t" if p.number else "") + p.text)
            if text:
                doc.add_comment(para.runs, text=text, author="Fieldwork", initials="FW")
    doc.save(str(out))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "demo.db"
        stats = write_demo(db, cases=CASES)
        with Store.open(db) as store:
            report = draft_report(load(store))
            texts = [
                comment_text(p, report.labels) if not p.boilerplate else None
                for p in report.paragraphs()
            ]
            ours = best(lambda: export_report(store, folder / "ours.docx"))
            base = best(lambda: bare(report, texts, folder / "bare.docx"))
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
        print(f"ratio: {ours / base:.2f} (target 1.5)")


if __name__ == "__main__":
    main()
