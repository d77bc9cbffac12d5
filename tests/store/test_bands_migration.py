"""An inspection written while Fieldwork shipped the bands before the inspectorate's usage
("the vast majority of" from 80%, "most" from 60%) takes the new ones when it is opened
(schema step 0009), so that its draft no longer says "the vast majority" of eight of ten
cases; a table the lead edited is theirs and stays, words and all (issue 15).

The inspection is written by hand in the test, with the framework as it was stored
then, and the file is made as a Fieldwork without step 0009 left it."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

from exporters.draft import draft_area, load
from store.bands import SHIPPED, Row
from store.framework import Framework, ProportionBand, load_framework
from store.migrations import schema_version
from store.store import Store
from tests.export.small import Small

STEP = "0009_proportion_bands_as_inspectorate"
# The table this step replaces, as Fieldwork shipped it until 2026-12.
BEFORE: tuple[Row, ...] = (
    (1.0, "all", None),
    (0.9, "almost all", 10),
    (0.8, "the vast majority of", 10),
    (0.6, "most", None),
    (0.51, "the majority of", None),
    (0.35, "many", None),
    (0.15, "some", None),
    (0.05, "a small number of", None),
    (0.0, "a very small number of", None),
)
GOOD = "Each option for the boy is weighed against the risks and the report says why"
WEAK = "The report sets out the history but reaches no view on the risks to the boy"


def _framework(rows: tuple[Row, ...]) -> Framework:
    fw = load_framework("cafcass-2018")
    bands = [ProportionBand(at_least=a, word=w, min_cases=m) for a, w, m in rows]
    return fw.model_copy(
        update={"drafting": fw.drafting.model_copy(update={"proportion_bands": bands})}
    )


def _written_before_the_step(path: Path, rows: tuple[Row, ...]) -> Path:
    """An area of ten cases on the analysis in reports, eight for and two against, whose
    stored framework has `rows` as its bands, as a Fieldwork before step 0009 wrote it."""
    s = Small(path, framework=_framework(rows))
    s.cases_with(8, "QP7", "strength", GOOD)
    s.cases_with(2, "QP7", "development", WEAK)
    s.judge("J18-4A", "good", area="6")
    s.close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", (STEP,))
        conn.execute(f"PRAGMA user_version = {schema_version() - 1}")
    conn.close()
    return path


def _stored_rows(path: Path) -> tuple[Row, ...]:
    conn = sqlite3.connect(path)
    body = json.loads(conn.execute("SELECT body FROM framework").fetchone()[0])
    conn.close()
    return tuple(
        (float(b["at_least"]), b["word"], b.get("min_cases"))
        for b in body["drafting"]["proportion_bands"]
    )


def _claim(store: Store) -> str:
    report = draft_area(load(store), "6")
    [claim] = [s.text for p in report.paragraphs() for s in p.sentences
               if s.role == "claim" and s.criteria == ["QP7"]]  # fmt: skip
    return claim


def test_an_inspection_with_the_replaced_bands_takes_the_inspectorate_s(tmp_path: Path) -> None:
    db = _written_before_the_step(tmp_path / "old.db", BEFORE)
    assert _stored_rows(db) == BEFORE
    with Store.open(db) as store:
        said = _claim(store)
    # Eight of ten is "most", never "the vast majority" (from 85%).
    assert re.search(r"\bmost\b", said, re.IGNORECASE) and "vast majority" not in said, said
    current = load_framework("cafcass-2018").drafting.proportion_bands
    assert _stored_rows(db) == tuple((b.at_least, b.word, b.min_cases) for b in current)


def test_bands_a_lead_edited_stay_theirs(tmp_path: Path) -> None:
    """The replaced table with "most" from 65%: a table Fieldwork never shipped, so the
    lead's; eight of ten is still "the vast majority" by it."""
    edited = tuple((0.65, w, m) if w == "most" else (a, w, m) for a, w, m in BEFORE)
    db = _written_before_the_step(tmp_path / "edited.db", edited)
    with Store.open(db) as store:
        said = _claim(store)
    assert re.search(r"\bthe vast majority\b", said, re.IGNORECASE), said
    assert _stored_rows(db) == edited


def test_the_step_runs_once(tmp_path: Path) -> None:
    """Once the file is open the step is recorded with its change; opening it again
    changes nothing, and a new inspection starts with the current table."""
    db = _written_before_the_step(tmp_path / "old.db", BEFORE)
    Store.open(db).close()
    first = _stored_rows(db)
    conn = sqlite3.connect(db)
    applied = conn.execute("SELECT count(*) FROM _sqlite_migrations WHERE name = ?", (STEP,))
    assert applied.fetchone()[0] == 1
    conn.close()
    Store.open(db).close()
    assert _stored_rows(db) == first
    assert first not in SHIPPED
