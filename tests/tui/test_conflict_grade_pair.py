"""The conflicts screen marks what the store lists: a grade changed on one side and its
rationale on the other are both marked as differing (tester's finding 3, third session)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable

from store.framework import load_framework
from store.models import Area, CaseFile, Grading, Inspector
from store.store import Store
from tests.tui.test_conflicts_screen import StoreApp, cells, settle
from tui.screens.conflicts import ConflictsScreen


@pytest.mark.asyncio
async def test_grade_here_rationale_there_marks_both_rows(tmp_path: Path) -> None:
    m = Store.create(tmp_path / "m.db", load_framework("cafcass-2018"), title="T",
                     lead="Ruth Okafor")  # fmt: skip
    m.put_area(Area(code="6", name="Hampshire", visited=True))
    case_id = m.put_case(
        CaseFile(ref="C-1000-AA", area_code="6", law_type="PRIVATE", case_type="CAO", stage="WTFH")
    )
    first = "Checks done before the first hearing."
    m.set_grading(Grading(case_id=case_id, criterion_id="SW1", grade="good", rationale=first))
    alice = m.put_inspector(Inspector(name="Alice Able", initials="AA"))
    other = Store.open(m.issue(tmp_path / "a.db", alice))
    other.set_grading(
        Grading(case_id=case_id, criterion_id="SW1", grade="inadequate", rationale=first)
    )
    other.close()
    moderated = "Checks done before the first hearing, but the school was never asked."
    m.set_grading(Grading(case_id=case_id, criterion_id="SW1", grade="good", rationale=moderated))
    m.merge_from(tmp_path / "a.db")
    (c,) = m.conflicts()
    assert c.fields == ["grade", "rationale"]
    app = StoreApp(m, ConflictsScreen())
    try:
        async with app.run_test(size=(140, 36)) as pilot:
            await settle(pilot)
            rows = cells(app.screen.query_one("#conflicts-sides", DataTable))
            marked = {r[0][2:] for r in rows if r[0].startswith("≠")}
            assert marked == {"Grade", "Rationale"}
            grade = next(r for r in rows if r[0].endswith("Grade"))
            assert set(grade[1:]) == {"Good", "Inadequate"}
    finally:
        m.close()
