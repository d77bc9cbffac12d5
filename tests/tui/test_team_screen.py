"""The lead's team and areas screen, on the hand-written inspection: add a person, refuse
to remove someone who holds cases (a notification; nothing changes), visit an area and
rename one, all reached from the command palette."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Input, Select

from store.models import CaseFilter
from tests.tui.conftest import AppFactory
from tests.tui.helpers import notified, run_palette_command, settle, table_rows, top
from tui.app import FieldworkApp
from tui.modals.confirm import ConfirmModal
from tui.modals.form import FormModal
from tui.screens.team import TeamScreen

SIZE = (120, 40)


@pytest.fixture
def app(make_hw: AppFactory) -> FieldworkApp:
    return make_hw()


async def _open(pilot: object, app: FieldworkApp) -> TeamScreen:
    await run_palette_command(pilot, "Team and areas")  # type: ignore[arg-type]
    screen = app.screen
    assert isinstance(screen, TeamScreen)
    return screen


@pytest.mark.asyncio
async def test_add_a_person_and_refuse_removing_one_with_cases(
    app: FieldworkApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    said = notified(app, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await _open(pilot, app)
        before = len(app.store.inspectors())
        await pilot.press("a")
        await settle(pilot)
        form = top(app)
        assert isinstance(form, FormModal)
        form.query_one("#form-name", Input).value = "Tamsin Hale"
        form.query_one("#form-initials", Input).value = "th"
        form.query_one("#form-role", Select).value = "quality-assurance"
        await pilot.press("ctrl+s")
        await settle(pilot)
        added = next(p for p in app.store.inspectors() if p.name == "Tamsin Hale")
        assert added.initials == "TH" and added.role == "quality-assurance"
        assert len(app.store.inspectors()) == before + 1
        rows = table_rows(screen.query_one("#team-table", DataTable))
        assert any(r[:2] == ["TH", "Tamsin Hale"] and r[3] == "0" for r in rows)
        # Someone who holds cases: the screen says why and nothing changes.
        table = screen.query_one("#team-table", DataTable)
        table.focus()
        holder = next(i for i, r in enumerate(rows) if r[3] != "0" and "(this file)" not in r[1])
        table.move_cursor(row=holder)
        await pilot.press("x")
        await settle(pilot)
        assert isinstance(top(app), ConfirmModal)
        await pilot.press("y")
        await settle(pilot)
        name = rows[holder][1]
        person = next(p for p in app.store.inspectors() if p.name == name)
        assert person.active
        held = app.store.count_cases(CaseFilter(inspector_id=person.id))
        assert any(f"{name} holds {held} cases; give them to someone else first ('fieldwork "
                   f"assign DB --inspector NAME --from \"{name}\"', or Assign cases in the "
                   "command palette)." in m
                   for m in said), said  # fmt: skip


@pytest.mark.asyncio
async def test_a_person_added_without_initials_takes_them_from_the_name(
    app: FieldworkApp,
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await _open(pilot, app)
        await pilot.press("a")
        await settle(pilot)
        form = top(app)
        assert isinstance(form, FormModal)
        form.query_one("#form-name", Input).value = "Owain ap Rhys"
        await pilot.press("ctrl+s")
        await settle(pilot)
        rows = table_rows(screen.query_one("#team-table", DataTable))
        assert any(r[:2] == ["OAR", "Owain ap Rhys"] for r in rows), rows


@pytest.mark.asyncio
async def test_visit_and_rename_an_area(app: FieldworkApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await _open(pilot, app)
        areas = screen.query_one("#areas-table", DataTable)
        areas.focus()
        rows = table_rows(areas)
        row = next(i for i, r in enumerate(rows) if r[2] != "visited")
        code = rows[row][0]
        areas.move_cursor(row=row)
        await pilot.press("v")
        await settle(pilot)
        assert app.store.area(code).visited
        assert table_rows(areas)[row][2] == "visited"
        await pilot.press("e")
        await settle(pilot)
        form = top(app)
        assert isinstance(form, FormModal)
        form.query_one("#form-name", Input).value = "Coast and Downs"
        await pilot.press("enter")
        await settle(pilot)
        assert app.store.area(code).name == "Coast and Downs"
        assert table_rows(areas)[row][1] == "Coast and Downs"
