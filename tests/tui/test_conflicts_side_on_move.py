"""Tester 21: on the Conflicts screen, moving from one record to the next kept the
sides' cursor on the column it had for the record before, so `e` prefilled the form
from a side that was not the one shown for now.  Another record now opens on the side
shown for now; the same record shown again (a refresh, a resize) keeps the cursor
where the lead put it.  Names and notes written here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import DataTable

from store.framework import load_framework
from store.models import Area, CaseFile, Evidence, Inspector
from store.store import Store
from tests.tui.test_conflicts_screen import StoreApp, settle
from tui.modals.conflict_form import ConflictForm
from tui.screens.conflicts import ConflictsScreen

NOTES = {
    "QP3": ("Wishes noted on file.", "Wishes gathered over two visits.", "Wishes never weighed."),
    "QP7": ("Report filed.", "Report filed a week late.", "Report filed on time, clear."),
}


@pytest.fixture
def two_conflicts(tmp_path: Path) -> Iterator[Store]:
    m = Store.create(tmp_path / "m.db", load_framework("cafcass-2021"), title="T",
                     lead="Ruth Okafor")  # fmt: skip
    m.put_area(Area(code="5", name="Durham", visited=True))
    case_id = m.put_case(CaseFile(ref="D-4410-RT", area_code="5", law_type="PUBLIC",
                                  case_type="S31", stage="ISSUE"))  # fmt: skip
    notes = {}
    for cid, (first, _, _) in NOTES.items():
        note = Evidence(case_id=case_id, criteria=[cid], source="CASE_FILE", text=first)
        notes[cid] = (note, m.put_evidence(note))
    files = []
    for name in ("Nadia Shah", "Owen Kerr"):
        who = m.put_inspector(Inspector(name=name, initials=name[0] + name.split()[1][0]))
        files.append(m.issue(tmp_path / f"{name.split()[0]}.db", who))
    for n, path in enumerate(files, start=1):
        with Store.open(path) as s:
            for cid, (note, note_id) in notes.items():
                s.put_evidence(note.model_copy(update={"text": NOTES[cid][n]}), note_id)
    for path in files:
        m.merge_from(path)
    assert len(m.conflicts()) == 2
    yield m
    m.close()


@pytest.mark.asyncio
async def test_another_record_opens_on_the_side_shown_for_now(two_conflicts: Store) -> None:
    app = StoreApp(two_conflicts, ConflictsScreen())
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ConflictsScreen)
        sides = screen.query_one("#conflicts-sides", DataTable)
        conflicts = screen.conflicts
        shown = [next(n for n, s in enumerate(c.sides, start=1) if s.winner) for c in conflicts]
        assert sides.cursor_column == shown[0]
        # On the first record the lead moves to the column that is not the next
        # record's shown side ...
        other = 3 - shown[1]
        sides.move_cursor(column=other)
        await settle(pilot)
        screen.action_refresh()  # the same record shown again keeps it
        await settle(pilot)
        assert sides.cursor_column == other
        # ... then goes to the next record: it opens on its own shown side.
        screen.query_one("#conflicts-list", DataTable).move_cursor(row=1)
        await settle(pilot)
        assert sides.cursor_column == shown[1]
        screen.action_edit()
        await settle(pilot)
        form = app.screen
        assert isinstance(form, ConflictForm)
        assert (
            form.side.winner and form.side.version_id == conflicts[1].sides[shown[1] - 1].version_id
        )
