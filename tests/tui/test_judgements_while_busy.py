"""Judgements opened straight after launch show their rows without waiting for Home's
reads or for a write in progress (issue 17): reads run on read connections of their own
(store/reads.py), and Home stops reading when the user leaves it.

The slow read is made real, not mocked: another thread holds the store inside a write
transaction (as a colleague's file being merged would) from before the app starts until
the test lets it go.  Before, Home's summary waited for that write while holding the
store's lock, and the judgements waited behind both.  On the hand-written inspection
(tests/fixtures/handwritten)."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Static

from tests.store.held import WAIT, write_held
from tests.tui.conftest import AppFactory
from tests.tui.helpers import screen_text, settle
from tui.screens.judgements import JudgementsScreen


async def first_rows(pilot: Pilot[Any], screen: JudgementsScreen) -> int:
    """Wait (a bounded number of frames) until the judgements list has rows."""
    for _ in range(int(WAIT / 0.05)):
        await pilot.pause(0.05)
        if screen.is_mounted:
            rows = screen.query_one("#judgements-table", DataTable).row_count
            if rows:
                return rows
    return 0


@pytest.mark.asyncio
async def test_judgements_show_their_rows_while_home_reads_and_a_write_is_held(
    make_hw: AppFactory,
) -> None:
    app = make_hw(start_screen="home")
    store = app.store
    fw = store.framework
    title = store.inspection().title  # (this thread opened the store: it would wait)
    with write_held(store) as held:
        writer = held.thread
        async with app.run_test(size=(120, 40)) as pilot:
            home = app.screen
            screen = JudgementsScreen()
            app.push_screen(screen)  # straight after launch, as the lead would
            rows = await first_rows(pilot, screen)
            assert writer.is_alive(), "the write ended before the rows came"
            assert rows == len(screen.rows) > 0
            await settle(pilot)  # the balances too (nor do they wait); the table redrawn
            assert writer.is_alive() and screen.balances is not None
            shown = screen_text(app)
            for j in fw.judgements:
                if j.scope != "area":
                    assert j.title[:40] in shown, j.title
            # Home, shown again, reads its summary while the write is still held.
            await pilot.press("escape")
            await settle(pilot)
            assert app.screen is home and writer.is_alive()
            who = str(home.query_one("#home-who", Static).render())
            assert title in who
            held.release()
            await settle(pilot)
