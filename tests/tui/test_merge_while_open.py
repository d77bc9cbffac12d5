"""The lead's TUI stays open on the master while `fieldwork merge` runs in another
process; it does not crash, and a refresh shows the merged data."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest
from textual.widgets import Static

from store.models import Evidence
from store.store import Store
from tests.tui.conftest import AppFactory
from tests.tui.helpers import settle
from tui.screens.home import HomeScreen


def _inspector_file(master: Path, tmp_path: Path, new_items: int) -> Path:
    """Issue a database to a team inspector and record evidence in it."""
    path = tmp_path / "inspector.db"
    with Store.open(master) as lead:
        member = next(p for p in lead.inspectors() if p.role == "team-inspector")
        lead.issue(path, member.id)
    with Store.open(path) as store:
        case = store.case_rows(None, 0, 1)[0]
        for i in range(new_items):
            store.put_evidence(
                Evidence(
                    case_id=case.id,
                    criteria=["QP4"],
                    source="CASE_FILE",
                    polarity="strength",
                    text=f"Merged note {i}: the plan kept the child's routine at the centre.",
                )
            )
    return path


@pytest.mark.asyncio
async def test_tui_open_on_master_survives_a_merge_and_refreshes(
    make_small: AppFactory, snapshot_db: Path, tmp_path: Path
) -> None:
    source = _inspector_file(snapshot_db, tmp_path, new_items=3)
    app = make_small()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        before = app.store.home_summary().evidence_total
        shown = str(app.screen.query_one("#home-evidence", Static).render())
        assert f"Evidence {before}" in shown
        # The merge runs in another process; awaiting it keeps the app's event loop going.
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            "from cli.root import main; main()",
            "merge",
            str(snapshot_db),
            str(source),
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        _, err = await proc.communicate()
        assert proc.returncode == 0, err.decode()
        assert b"Traceback" not in err
        await pilot.press("r")
        await settle(pilot)
        assert app.is_running
        shown = str(app.screen.query_one("#home-evidence", Static).render())
        assert f"Evidence {before + 3}" in shown
        assert len(app.store.search("Merged note")) == 3
