"""A database written when Fieldwork shipped other proportion bands ("some" from 20%, "a
small number of" from 10%) takes the current ones when it is opened, as a new inspection
would (issue 15: the lead's own inspection still said "a small number of" for 15% of the
cases); bands a lead edited stay theirs.  The inspection is written by hand in the
test, with the framework as it was stored then, and the file is made as a Fieldwork
without schema step 0008 left it."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from exporters.draft import draft_area, load
from store.bands import SHIPPED, Row
from store.framework import Framework, ProportionBand, load_framework
from store.migrations import schema_version
from store.store import Store
from tests.export.small import Small

STEP = "0008_proportion_bands_upgraded"
GOOD = "The analysis weighs each option for the child and the recommendation follows"
WEAK = "The report retells the history but does not analyse the risks to the child"


def _framework(rows: tuple[Row, ...]) -> Framework:
    fw = load_framework("cafcass-2018")
    bands = [ProportionBand(at_least=a, word=w, min_cases=m) for a, w, m in rows]
    return fw.model_copy(
        update={"drafting": fw.drafting.model_copy(update={"proportion_bands": bands})}
    )


def _written_before_the_step(path: Path, rows: tuple[Row, ...]) -> Path:
    """An inspection of 20 cases, 3 of them (15%) weak on the analysis in reports, whose
    stored framework has `rows` as its bands, as a Fieldwork before step 0008 wrote it."""
    s = Small(path, framework=_framework(rows))
    s.cases_with(17, "QP7", "strength", GOOD)
    s.cases_with(3, "QP7", "development", WEAK)
    s.judge("J18-4A", "good", area="6")
    s.close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", (STEP,))
        conn.execute(f"PRAGMA user_version = {schema_version() - 1}")
    conn.close()
    return path


def _weakness_said(store: Store) -> str:
    body = " ".join(p.text for p in draft_area(load(store), "6").paragraphs())
    found = re.search(r"[^.]*recommendation does not follow[^.]*", body)
    assert found is not None, body
    return found.group(0)


def _stored(path: Path) -> dict[str, object]:
    conn = sqlite3.connect(path)
    body = conn.execute("SELECT body FROM framework").fetchone()[0]
    conn.close()
    return Framework.model_validate_json(body).model_dump(mode="json")


@pytest.mark.parametrize(
    "old", SHIPPED, ids=["first bands", "bands with fewest cases", "some from 15%"]
)
def test_an_inspection_with_old_default_bands_takes_the_new_ones(
    tmp_path: Path, old: tuple[Row, ...]
) -> None:
    db = _written_before_the_step(tmp_path / "old.db", old)
    before = _stored(db)
    with Store.open(db) as store:
        said = _weakness_said(store)
        bands = store.framework.drafting.proportion_bands
    # The share of the weak cases in the band's word, whatever frame says it ("in some
    # cases", "though not in some where ...").
    assert re.search(r"\bin some\b", said), said
    assert "small number" not in said
    assert bands == load_framework("cafcass-2018").drafting.proportion_bands
    # Nothing else in the stored framework changed.
    after = _stored(db)
    for fw in (before, after):
        fw["drafting"] = {k: v for k, v in fw["drafting"].items() if k != "proportion_bands"}  # type: ignore[attr-defined]
    assert before == after


def test_bands_a_lead_edited_stay_theirs(tmp_path: Path) -> None:
    """A lead's own table ("some" from a quarter) is not a table Fieldwork shipped: it is
    kept, and 15% of the cases is still "a small number" by it."""
    edited = tuple(
        (0.25, w, m) if w == "some" else (a, w, m) for a, w, m in SHIPPED[-1]
    )  # fmt: skip
    db = _written_before_the_step(tmp_path / "edited.db", edited)
    with Store.open(db) as store:
        said = _weakness_said(store)
        rows = [
            (b.at_least, b.word, b.min_cases) for b in store.framework.drafting.proportion_bands
        ]
    assert "in a small number" in said and not re.search(r"\bin some\b", said), said
    assert tuple(rows) == edited


def test_the_step_is_recorded_with_the_new_bands(tmp_path: Path) -> None:
    """The step and its change are one transaction: once the file is open, the step is
    recorded, and opening it again changes nothing."""
    db = _written_before_the_step(tmp_path / "old.db", SHIPPED[-1])
    Store.open(db).close()
    first = _stored(db)
    conn = sqlite3.connect(db)
    applied = conn.execute("SELECT count(*) FROM _sqlite_migrations WHERE name = ?", (STEP,))
    assert applied.fetchone()[0] == 1
    conn.close()
    Store.open(db).close()
    assert _stored(db) == first
