"""A closing terminal loses nothing typed: on SIGHUP (a closed window, a dropped SSH
session) or SIGTERM (a shutdown) the app writes every open form's draft before it exits,
whatever the autosave interval.  The autosave interval is set to 30 s here, so any draft
found was written by the hangup, not by the timer."""

from __future__ import annotations

import gc
import os
import signal
import time
from pathlib import Path

import pytest

from store.store import Store
from tests.tui.conftest import AppFactory
from tests.tui.helpers import paste, settle
from tests.tui.test_inspector_day import _case_with_ungraded_evidence, _grade_dialog, _open
from tests.tui.tmux import TIMEOUT, TmuxSession, needs_tmux
from tui import hangup

TYPED = "Typed a moment before the lid was shut: the guardian has not yet seen the child alone"


def _gone(pid: int) -> bool:
    """True once the process has ended: reaped, or a zombie its parent (the tmux
    server, which can be slow to reap under load) has not yet collected."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
    except (FileNotFoundError, ProcessLookupError):
        return True
    state = stat.rsplit(")", 1)[1].split()[0]  # the field after "(comm)"
    return state in ("Z", "X")


@pytest.mark.tmux
@needs_tmux
@pytest.mark.parametrize("how", ["window closed", "SIGTERM"])
def test_closing_the_terminal_keeps_every_character_typed(
    demo_db: Path, tmp_path: Path, how: str
) -> None:
    (tmp_path / "config.toml").write_text("autosave_seconds = 30\n", encoding="utf-8")
    with Store.open(demo_db) as store:
        case = store.case_rows(None, 0, 1)[0]
        before = len(store.evidence_for_case(case.id))
    tmux = TmuxSession(demo_db, tmp_path)
    try:
        tmux.open_first_case(before)
        tmux.start_evidence("QP3")
        tmux.type(TYPED)
        tmux.wait_for("seen the child alone")
        pid = tmux.pid()
        if how == "SIGTERM":  # a shutdown, or `kill`: the process must still end
            os.kill(pid, signal.SIGTERM)
        else:
            tmux.close_window()  # the window closes: SIGHUP
        deadline = time.monotonic() + TIMEOUT
        while not _gone(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _gone(pid), "fieldwork kept running after its terminal closed"
    finally:
        tmux.close()
    with Store.open(demo_db) as store:
        drafts = store.drafts()
        assert [d.payload["form"]["text"] for d in drafts] == [TYPED]
        assert drafts[0].payload["form"]["criteria"] == ["QP3"]
        assert store.check().integrity == "ok"


@pytest.mark.asyncio
async def test_a_hangup_writes_the_open_rationale_at_once(make_hw: AppFactory) -> None:
    # Forms are held weakly (`hangup._holders`), so a form of an earlier test's app that
    # the collector has not reached yet would be asked too, and would write its text
    # through the app running now: collect them first (tests/conftest.py makes
    # collections rare).  In the product one app runs per process.
    gc.collect()
    app = make_hw(autosave_seconds=30)
    case_id, criterion = _case_with_ungraded_evidence(app.store)
    async with app.run_test(size=(120, 40)) as pilot:
        case = await _open(pilot, app, case_id)
        await _grade_dialog(pilot, case, criterion)
        await pilot.press("2")
        await paste(pilot, "Seen twice at school, wishes recorded in her own words")
        await settle(pilot)
        assert app.store.drafts() == []  # the 30 s timer has not fired
        assert hangup.write_all_now() >= 1
        drafts = app.store.drafts()
        assert [d.payload["rationale"] for d in drafts] == [
            "Seen twice at school, wishes recorded in her own words"
        ]
