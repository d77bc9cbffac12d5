"""SVG snapshot of the lead's team and areas screen, from the tiny fixed inspection in
`tests/fixtures/snapshot/` (regenerate with `make snapshots` after looking at it)."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot

from store.store import Store
from tests.tui.helpers import settle
from tui.app import make_app
from tui.screens.team import TeamScreen
from tui.settings import Settings


async def _team_screen(pilot: Pilot[Any]) -> None:
    await settle(pilot)
    pilot.app.push_screen(TeamScreen())
    await settle(pilot)
    pilot.app.clear_notifications()
    await pilot.pause()


def test_team_screen(snap_compare: Any, snapshot_store: Store) -> None:
    app = make_app(snapshot_store, Settings())
    assert snap_compare(app, terminal_size=(120, 40), run_before=_team_screen)
