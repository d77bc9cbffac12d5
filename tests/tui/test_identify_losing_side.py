"""The Identifying details screen lists a hit that only the side of a conflict not
shown holds (it stops `fieldwork dump`), and the lead accepts it or redacts the note
from there.  Two copies of the small fixed inspection edit one note differently, one
writing a name; the master merges both (`tests/export/test_identify_conflict_sides.py`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from textual.widgets import DataTable

from cli.root import cli
from store.store import Store
from tests.export.test_identify_conflict_sides import NAME, conflict_with_a_name_on_the_losing_side
from tests.tui.helpers import paste, run_palette_command, settle
from tui.app import make_app
from tui.screens.identify import IdentifyScreen
from tui.settings import Settings


async def _losing_row(pilot: Any) -> tuple[IdentifyScreen, int]:
    await run_palette_command(pilot, "Identifying details")
    screen = pilot.app.screen
    assert isinstance(screen, IdentifyScreen)
    (at,) = [i for i, r in enumerate(screen.rows) if r.hit.text == NAME]
    row = screen.rows[at]
    assert row.hit.kind == "name" and not row.accepted
    assert "Alice Able's version in conflict (not shown)" in row.place
    table = screen.query_one("#identify-table", DataTable)
    assert str(table.get_row_at(at)[2]) == "stops"
    table.move_cursor(row=at)
    return screen, at


@pytest.mark.asyncio
async def test_accept_a_hit_on_the_side_not_shown(snapshot_db: Path, tmp_path: Path) -> None:
    conflict_with_a_name_on_the_losing_side(snapshot_db, tmp_path)
    assert CliRunner().invoke(cli, ["dump", str(snapshot_db)]).exit_code == 2
    store = Store.open(snapshot_db)
    try:
        app = make_app(store, Settings())
        async with app.run_test(size=(120, 40)) as pilot:
            screen, at = await _losing_row(pilot)
            await pilot.press("a")
            await settle(pilot)
            await paste(pilot, "A character in the child's favourite book.")
            await pilot.press("enter")
            await settle(pilot)
            (row,) = [r for r in screen.rows if r.hit.text == NAME]
            assert row.accepted
    finally:
        store.close()
    res = CliRunner().invoke(cli, ["dump", str(snapshot_db)])
    assert res.exit_code == 0, res.output


@pytest.mark.asyncio
async def test_redact_a_note_whose_side_not_shown_names_someone(
    snapshot_db: Path, tmp_path: Path
) -> None:
    eid = conflict_with_a_name_on_the_losing_side(snapshot_db, tmp_path)
    store = Store.open(snapshot_db)
    try:
        app = make_app(store, Settings())
        async with app.run_test(size=(120, 40)) as pilot:
            screen, _at = await _losing_row(pilot)
            await pilot.press("x")
            await settle(pilot)
            await paste(pilot, "The note named a sibling.")
            await pilot.press("enter")
            await settle(pilot)
            assert [r for r in screen.rows if r.hit.text == NAME] == []
            assert store.conflict(eid) is None
            assert store.evidence(eid).text == "[redacted]"
    finally:
        store.close()
    res = CliRunner().invoke(cli, ["dump", str(snapshot_db)])
    assert res.exit_code == 0, res.output
    assert NAME not in res.output
