"""Pilot tests of the conflicts and merge-log screens, on a tiny app with a store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import DataTable, Select, Static, TextArea
from textual.widgets.data_table import RowKey

from store.framework import load_framework
from store.models import Area, CaseFile, Grading, Inspector
from store.store import Store
from tui.modals.confirm import ConfirmModal
from tui.modals.conflict_form import ConflictForm
from tui.screens.conflicts import ConflictsScreen
from tui.screens.merge_changes import MergeChangesScreen
from tui.screens.merge_log import MergeLogScreen
from tui.settings import Settings

RATIONALES = {
    "Alice Able": "Risk was assessed at the first hearing and again when the father moved "
    "back in; the safety plan names who checks what, and the school was told the same day.",
    "Bob Brown": "No risk assessment after the father moved back in.",
}


class StoreApp(App[None]):
    """Just enough app: a `.store` and `.settings`, and the screen under test pushed on
    mount."""

    def __init__(self, store: Store, screen: Screen[None]) -> None:
        super().__init__()
        self.store = store
        self.settings = Settings(autosave_seconds=0.1)
        self.role = None
        self._first = screen

    def on_mount(self) -> None:
        self.push_screen(self._first)


@pytest.fixture
def conflicted(tmp_path: Path) -> Iterator[tuple[Store, str]]:
    """A master with one grading in conflict between Alice and Bob."""
    m = Store.create(
        tmp_path / "m.db", load_framework("cafcass-2018"), title="T", lead="Ruth Okafor"
    )
    m.put_area(Area(code="6", name="Hampshire", visited=True))
    case_id = m.put_case(
        CaseFile(ref="C-1000-AA", area_code="6", law_type="PRIVATE", case_type="CAO", stage="WTFH")
    )
    for name, grade in (("Alice Able", "good"), ("Bob Brown", "inadequate")):
        who = m.put_inspector(Inspector(name=name, initials=name[:1] + name.split()[1][:1]))
        other = Store.open(m.issue(tmp_path / f"{name[:3]}.db", who))
        other.set_grading(
            Grading(case_id=case_id, criterion_id="SW1", grade=grade, rationale=RATIONALES[name])
        )
        other.close()
    for f in ("Ali.db", "Bob.db"):
        m.merge_from(tmp_path / f)
    yield m, case_id
    m.close()


async def settle(pilot: Pilot[Any]) -> None:
    for _ in range(4):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def cells(table: DataTable[Any]) -> list[list[str]]:
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


@pytest.mark.asyncio
async def test_sides_are_shown_field_by_field_and_one_is_kept(
    conflicted: tuple[Store, str],
) -> None:
    store, case_id = conflicted
    app = StoreApp(store, ConflictsScreen())
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ConflictsScreen)
        listing = screen.query_one("#conflicts-list", DataTable)
        assert listing.row_count == 1
        sides = screen.query_one("#conflicts-sides", DataTable)
        headers = [str(c.label) for c in sides.columns.values()]
        assert any("Alice Able" in h for h in headers) and any("Bob Brown" in h for h in headers)
        why = next(r for r in cells(sides) if r[0].endswith("Rationale"))
        assert why[0].startswith("≠") and set(why[1:]) == set(RATIONALES.values())  # whole
        assert sides.rows[RowKey("rationale")].height > 1  # wrapped in its column
        grade_row = next(r for r in cells(sides) if r[0].endswith("Grade"))
        assert grade_row[0].startswith("≠") and set(grade_row[1:]) == {"Good", "Inadequate"}
        alice_column = next(i for i, h in enumerate(headers) if "Alice" in h)
        await pilot.press(str(alice_column))
        await settle(pilot)
        asked = app.screen
        assert isinstance(asked, ConfirmModal)
        assert "Keep Alice Able's version" in asked.question
        assert "It supersedes Bob Brown's" in asked.question and "Grade" in asked.question
        await pilot.press("y")
        await settle(pilot)
        assert store.conflicts() == []
        assert store.gradings_for_case(case_id)["SW1"].grade == "good"
        assert listing.row_count == 0


@pytest.mark.asyncio
async def test_edit_and_keep(conflicted: tuple[Store, str]) -> None:
    store, case_id = conflicted
    app = StoreApp(store, ConflictsScreen())
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, ConflictForm)
        grade = form.query_one("#cf-grade", Select)
        assert grade.value in ("good", "inadequate")
        # The case and criterion say what the grading is about: shown, not edited.
        assert not form.query("#cf-case_id") and not form.query("#cf-criterion_id")
        rationale = form.query_one("#cf-rationale", TextArea)
        assert rationale.text in RATIONALES.values()
        grade.value = "outstanding"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(pilot)
        asked = app.screen
        assert isinstance(asked, ConfirmModal)
        assert "Alice Able's version" in asked.question and "Bob Brown's version" in asked.question
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, ConflictsScreen)
        assert store.conflicts() == []
        assert store.gradings_for_case(case_id)["SW1"].grade == "outstanding"
        assert store.drafts() == []


@pytest.mark.asyncio
async def test_refresh_after_a_merge_elsewhere(conflicted: tuple[Store, str]) -> None:
    store, _ = conflicted
    (c,) = store.conflicts()
    store.resolve(c.record_id, take=c.sides[0].version_id)
    app = StoreApp(store, ConflictsScreen())
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(pilot)
        assert app.screen.query_one("#conflicts-list", DataTable).row_count == 0


@pytest.mark.asyncio
async def test_merge_log_lists_the_merges(conflicted: tuple[Store, str]) -> None:
    store, _ = conflicted
    app = StoreApp(store, MergeLogScreen())
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(pilot)
        rows = cells(app.screen.query_one("#merge-log-table", DataTable))
        assert [r[2] for r in rows] == ["Bob.db", "Ali.db"]
        assert rows[0][1] == "Ruth Okafor" and rows[0][7] == "1"
        await pilot.press("r")
        await settle(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, MergeLogScreen)


@pytest.mark.asyncio
async def test_merges_that_brought_nothing_are_hidden_until_asked_for(
    conflicted: tuple[Store, str],
) -> None:
    """Tester 33, F14: with the team merged every evening most rows of the log read
    0 0 0 0 0, and the merges that mattered were hard to find.  Those that brought
    nothing are hidden, the summary says how many, and `a` shows them."""
    store, _ = conflicted
    for f in ("Ali.db", "Bob.db"):  # the next evening: nothing new in either file
        store.merge_from(store.path.parent / f)
    app = StoreApp(store, MergeLogScreen())
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#merge-log-table", DataTable)
        summary = app.screen.query_one("#merge-log-summary", Static)
        assert [r[2] for r in cells(table)] == ["Bob.db", "Ali.db"]
        assert all(r[3] != "0" for r in cells(table))
        said = str(summary.render())
        assert said.startswith("4 merges, newest first")
        assert "2 merges that brought nothing are hidden: a shows them." in said
        await pilot.press("a")
        await settle(pilot)
        assert [r[3] for r in cells(table)] == ["0", "0", "1", "1"]
        assert "a hides the merges that brought nothing" in str(summary.render())
        await pilot.press("down", "down", "enter")  # the first evening's Bob.db, as shown
        await settle(pilot)
        opened = app.screen
        assert isinstance(opened, MergeChangesScreen) and opened.entry.new_versions == 1


@pytest.mark.asyncio
async def test_a_merge_opens_to_the_records_it_changed(conflicted: tuple[Store, str]) -> None:
    store, _ = conflicted
    app = StoreApp(store, MergeLogScreen())
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        summary = str(app.screen.query_one("#merge-log-summary", Static).render())
        assert summary.startswith("2 merges, newest first")
        await pilot.press("down", "enter")  # Alice's file: her grading arrived
        await settle(pilot)
        opened = app.screen
        assert isinstance(opened, MergeChangesScreen)
        assert cells(opened.query_one(DataTable)) == [
            ["Added", "Grading", "Grading of case C-1000-AA against SW1", ""]
        ]
        await pilot.press("escape", "up", "enter")  # Bob's: the same grading, now in conflict
        await settle(pilot)
        opened = app.screen
        assert isinstance(opened, MergeChangesScreen)
        heading = str(opened.query_one("#merge-changes-summary", Static).render())
        assert heading.startswith("Bob.db by Ruth Okafor") and "1 new conflict" in heading
        assert cells(opened.query_one(DataTable)) == [
            ["New conflict", "Grading", "Grading of case C-1000-AA against SW1",
             "Grade, Rationale"]
        ]  # fmt: skip
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConflictsScreen)
        assert app.screen.query_one("#conflicts-list", DataTable).row_count == 1


@pytest.mark.asyncio
async def test_conflicts_are_listed_by_what_they_are_not_by_their_ids(tmp_path: Path) -> None:
    """Two cases in conflict, the later reference holding the smaller (random-looking)
    id: the list reads in reference order, whatever the ids."""
    m = Store.create(
        tmp_path / "m.db", load_framework("cafcass-2018"), title="T", lead="Ruth Okafor"
    )
    m.put_area(Area(code="6", name="Hampshire", visited=True))
    ids = {
        "C-2000-ZZ": "00000000-0000-7000-8000-000000000001",
        "C-1000-AA": "ffffffff-ffff-7fff-bfff-ffffffffffff",
    }
    for ref, case_id in ids.items():
        m.put_case(
            CaseFile(ref=ref, area_code="6", law_type="PRIVATE", case_type="CAO", stage="WTFH"),
            case_id,
        )
    files = {}
    for name in ("Alice Able", "Bob Brown"):
        who = m.put_inspector(Inspector(name=name, initials=name[:1] + name.split()[1][:1]))
        files[name] = m.issue(tmp_path / f"{name[:3]}.db", who)
    for name, path in files.items():
        with Store.open(path) as other:
            for case_id in ids.values():
                case = other.case(case_id)
                kept = CaseFile.model_validate(case.model_dump(include=set(CaseFile.model_fields)))
                other.put_case(kept.model_copy(update={"notes": f"{name} read the file."}), case_id)
    for path in files.values():
        m.merge_from(path)
    try:
        assert [c.label for c in m.conflicts()] == ["Case C-1000-AA", "Case C-2000-ZZ"]
        app = StoreApp(m, ConflictsScreen())
        async with app.run_test(size=(120, 36)) as pilot:
            await settle(pilot)
            listing = app.screen.query_one("#conflicts-list", DataTable)
            assert [row[1] for row in cells(listing)] == ["Case C-1000-AA", "Case C-2000-ZZ"]
            assert "C-1000-AA" in str(app.screen.query_one("#conflicts-title", Static).render())
    finally:
        m.close()
