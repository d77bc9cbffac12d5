"""A file written before schema step 0016 (no previous inspection, no recommendations)
opens, gains both, and records them; what it held before is unchanged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from store.framework import load_framework
from store.migrations import schema_version
from store.models import Area, Recommendation
from store.store import Store

STEP = "0016_previous_inspection"


def _written_before_the_step(path: Path) -> Path:
    with Store.create(path, load_framework("cafcass-2013"), title="Wessex re-inspection",
                      lead="Maya Trelawny", start_date="2026-10-05") as s:  # fmt: skip
        s.put_area(Area(code="3", name="Dorset", visited=True))
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DROP TABLE recommendations")
        conn.execute("ALTER TABLE inspection DROP COLUMN previous_date")
        conn.execute("ALTER TABLE inspection DROP COLUMN previous_grade")
        # This step and every later one, as a file of that version had them.
        later = conn.execute("SELECT name FROM _sqlite_migrations WHERE name >= ?", (STEP,))
        names = [r[0] for r in later.fetchall()]
        conn.execute("DELETE FROM _sqlite_migrations WHERE name >= ?", (STEP,))
        conn.execute(f"PRAGMA user_version = {schema_version() - len(names)}")
    conn.close()
    return path


def test_an_older_file_gains_the_previous_inspection(tmp_path: Path) -> None:
    db = _written_before_the_step(tmp_path / "old.db")
    with Store.open(db) as s:
        assert s.inspection().previous_date is None
        assert s.recommendations() == []
        s.set_previous_inspection("2022-11-14", "inadequate")
        s.set_recommendation(Recommendation(number=1, text="Improve the timeliness of reports."))
        assert [a.name for a in s.areas()] == ["Dorset"]
    with Store.open(db) as s:
        info = s.inspection()
        assert (info.title, info.previous_date, info.previous_grade) == (
            "Wessex re-inspection", "2022-11-14", "inadequate")  # fmt: skip
        assert [r.text for r in s.recommendations()] == ["Improve the timeliness of reports."]
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    conn.close()


def test_a_file_from_before_criteria_keeps_its_recommendations_unlinked(tmp_path: Path) -> None:
    """Schema step 0017: a recommendation recorded before it could name criteria opens
    unlinked, and can be linked."""
    db = tmp_path / "before_links.db"
    with Store.create(db, load_framework("cafcass-2018"), title="Pennine re-inspection",
                      lead="Maya Trelawny", start_date="2026-10-05") as s:  # fmt: skip
        s.add_recommendation("Reduce the wait for a guardian in public law cases.")
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("ALTER TABLE recommendations DROP COLUMN criteria")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0017_recommendation_criteria'")
        conn.execute(f"PRAGMA user_version = {schema_version() - 1}")
    conn.close()
    with Store.open(db) as s:
        rec = s.recommendation(1)
        assert (rec.text, rec.criteria) == (
            "Reduce the wait for a guardian in public law cases.",
            [],
        )
        s.change_recommendation(1, criteria=["QP1"])
    with Store.open(db) as s:
        assert s.recommendation(1).criteria == ["QP1"]
