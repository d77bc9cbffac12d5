"""Every file holding the same records drafts the same text (tester 15, F7: the
deputy's file, identical to the master by `fieldwork dump`, drafted five sentences
differently, so the QA reader's comments quoted sentences the lead's report did not
hold).  Rows reach each file in the order its merges brought them; the draft reads
them in the records' own order.  Here a copy of the hand-written export inspection has
its evidence, gradings and judgements rewritten in reverse order, as merges in another
order leave them: same content, same QA export and same report text."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from docx import Document

from tests.export import fixture_data
from tests.team.helpers import dump, run


def reversed_rows(db: Path) -> None:
    """Write each working table's rows again, last first (same rows, new row order)."""
    with sqlite3.connect(db) as conn:
        for table in ("evidence", "gradings", "judgements"):  # evidence_criterion has no rowid
            conn.execute(f"CREATE TEMP TABLE t AS SELECT * FROM {table} ORDER BY rowid DESC")
            conn.execute(f"DELETE FROM {table}")
            conn.execute(f"INSERT INTO {table} SELECT * FROM t")
            conn.execute("DROP TABLE t")
    conn.close()


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("order")
    lead = fixture_data.build(folder / "lead.db")
    other = folder / "deputy.db"
    shutil.copy(lead, other)
    reversed_rows(other)
    return lead, other


def test_the_two_files_hold_the_same_records(files: tuple[Path, Path]) -> None:
    lead, other = files
    with sqlite3.connect(other) as conn:
        first = conn.execute("SELECT id FROM evidence ORDER BY rowid LIMIT 1").fetchone()[0]
    with sqlite3.connect(lead) as conn:
        last = conn.execute("SELECT id FROM evidence ORDER BY rowid DESC LIMIT 1").fetchone()[0]
    assert first == last  # the rows are in another order
    assert dump(lead) == dump(other)


def test_the_qa_export_is_the_same(files: tuple[Path, Path], tmp_path: Path) -> None:
    out = []
    for db in files:
        path = tmp_path / f"{db.stem}.csv"
        run("export", "qa", db, "-o", path)
        out.append(path.read_text(encoding="utf-8-sig"))
    assert out[0] == out[1]
    assert out[0].count("\n") > 20


def test_the_report_is_the_same(files: tuple[Path, Path], tmp_path: Path) -> None:
    texts = []
    for db in files:
        path = tmp_path / f"{db.stem}.docx"
        run("export", "report", db, "-o", path)
        texts.append([p.text for p in Document(str(path)).paragraphs])
    assert texts[0] == texts[1]
