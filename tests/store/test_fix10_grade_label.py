"""One label for the third grade wherever a lead reads it (session 10, lead's finding:
the judgements table said "Requires improvement" while the report's headings said
"requires improvement to be good").  Checked on the hand-written inspection (12 areas
requiring improvement), and on a file written before the label changed, which takes
the new label when it opens."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from exporters.draft.data import load
from exporters.draft.document import draft_report
from store.framework import builtin_frameworks
from store.gradelabels import RENAMED
from store.store import Store

LABEL = "Requires improvement to be good"


def test_every_built_in_framework_labels_the_grade_as_its_headings_say_it() -> None:
    for fw in builtin_frameworks():
        grade = fw.grade("requires-improvement")
        assert grade.label == LABEL, fw.id
        assert "Requires improvement" in grade.alt_labels  # still accepted as typed


def test_the_reports_table_and_headings_say_the_same(handwritten_store: Store) -> None:
    store = handwritten_store
    fw = store.framework
    judged = [j for j in store.judgements() if j.grade == "requires-improvement"]
    assert judged, "the hand-written inspection judges some area requires improvement"
    report = draft_report(load(store))
    headings = [s.heading for s in report.sections]
    said = [h for h in headings if "requires improvement" in h]
    assert said and all(h.endswith("requires improvement to be good") for h in said), said
    label = fw.grade("requires-improvement").label
    assert label == LABEL and all(h.endswith(label.casefold()) for h in said)
    tables = [row for s in report.sections if s.table for row in s.table.rows]
    grades = {row[-1] for row in tables}
    assert "Requires improvement" not in grades  # never the short label beside the headings


def _as_before(path: Path) -> None:
    """Put back the label and schema step a file written before session 10 had."""
    conn = sqlite3.connect(path)
    with conn:
        body = json.loads(conn.execute("SELECT body FROM framework").fetchone()[0])
        for g in body["grades"]:
            if g["code"] in RENAMED:
                g["label"], g["alt_labels"] = RENAMED[g["code"]][0], [RENAMED[g["code"]][1], "RI"]
        conn.execute("UPDATE framework SET body = ?", (json.dumps(body),))
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0010_grade_label_in_full'")
    conn.close()


def test_a_file_written_before_takes_the_new_label(handwritten_db: Path) -> None:
    _as_before(handwritten_db)
    with Store.open(handwritten_db) as store:
        grade = store.framework.grade("requires-improvement")
        assert grade.label == LABEL
        assert grade.alt_labels == ["Requires improvement", "RI"]
        areas = [j for j in store.judgements() if j.grade == "requires-improvement"]
        assert areas  # the grades themselves (codes) are untouched
