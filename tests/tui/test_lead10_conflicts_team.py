"""A team inspector's file may show conflicts (an edit met another inspector's in a
file passed between them) but not settle them, as `fieldwork resolve` refuses: a
settlement made there would reach the master as a decision no lead made (session 10:
the command line was lead-only, the workbench was not).  Through the workbench on an
inspection written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.framework import load_framework
from store.models import Inspector
from store.store import Store
from tests.team.case_list import write_case_list
from tests.team.helpers import run
from tests.tui.helpers import run_palette_command, settle, toasts
from tui.app import make_app
from tui.screens.conflicts import ConflictsScreen
from tui.settings import Settings


def _team_file_with_a_conflict(tmp_path: Path) -> Path:
    master = tmp_path / "master.db"
    s = Store.create(master, load_framework("cafcass-2018"), title="Wealden spring visit",
                     lead="Morag Whitlock", start_date="2018-02-02")  # fmt: skip
    s.put_inspector(Inspector(name="Tendai Moyo", initials="TM"))
    s.put_inspector(Inspector(name="Ana Brennan", initials="AB"))
    s.close()
    run("cases", "import", master, write_case_list(tmp_path / "cases.csv", n=3))
    with Store.open(master) as s:
        ref = s.case_rows(limit=1)[0].ref
    note = run("evidence", "add", master, "--case", ref, "--criteria", "QP1", "--source",
               "CASE_FILE", "--polarity", "neutral", "--text", "Report read; analysis to follow."
               ).output.strip().split()[-1]  # fmt: skip
    tm, ab = tmp_path / "tm.db", tmp_path / "ab.db"
    run("issue", master, "--inspector", "Tendai Moyo", "-o", tm)
    run("issue", master, "--inspector", "Ana Brennan", "-o", ab)
    run("evidence", "edit", tm, note, "--text", "Analysis weighs the school's account well.")
    run("evidence", "edit", ab, note, "--text", "Analysis thin; no view on the risks.")
    run("merge", tm, ab)
    with Store.open(tm) as s:
        assert s.conflicts()
    return tm


@pytest.mark.asyncio
async def test_a_team_inspector_sees_conflicts_but_cannot_settle_them(tmp_path: Path) -> None:
    tm = _team_file_with_a_conflict(tmp_path)
    store = Store.open(tm)
    app = make_app(store, Settings())
    try:
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await run_palette_command(pilot, "Conflicts")
            await settle(pilot)
            assert isinstance(app.screen, ConflictsScreen)
            for key in ("enter", "e", "b"):
                await pilot.press(key)
                await settle(pilot)
                assert isinstance(app.screen, ConflictsScreen), key  # no question, no form
            said = toasts(app)
            assert any("Only the lead or a deputy lead can settle conflicts" in t for t in said)
        assert store.conflicts()
    finally:
        store.close()
