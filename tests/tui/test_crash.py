"""Crash test: the real process is killed with SIGKILL while an inspector is typing,
after saving.  Saved evidence survives, the file is sound, and the draft comes back."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from store.models import Draft
from store.store import Store
from tests.tui.tmux import TIMEOUT, first_case, needs_tmux, tmux_session

pytestmark = [pytest.mark.tmux, needs_tmux]


@pytest.fixture(autouse=True)
def _quick_autosave(tmp_path: Path) -> None:
    """The real process keeps its draft every 0.1 s (as the Pilot tests' apps do), not
    every second: each test waits for the draft before the kill, whatever the interval,
    so a shorter one only waits less.  (tmux.py reads the config from `tmp_path`.)"""
    (tmp_path / "config.toml").write_text("autosave_seconds = 0.1\n", encoding="utf-8")


TYPED = "Half-typed when the battery died: the guardian saw the child twice"


def _wait_for_draft(db: Path, text: str) -> list[Draft]:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        with Store.open(db) as store:
            drafts: list[Draft] = store.drafts()
        if any(text in str(d.payload.get("text")) for d in drafts):
            return drafts
        time.sleep(0.1)
    raise AssertionError(f"no draft holding {text!r} was written")


def test_sigkill_while_typing_loses_nothing_saved_and_keeps_the_draft(
    demo_db: Path, tmp_path: Path
) -> None:
    case_id, before = first_case(demo_db)
    with tmux_session(demo_db, tmp_path) as tmux:
        tmux.open_first_case(before)
        # One piece saved ...
        tmux.start_evidence("SW2")
        tmux.type("Saved before the crash.")
        tmux.wait_for("Saved before the crash.")
        tmux.send("C-s")
        tmux.wait_for(f"Evidence ({before + 1})")
        # ... and one being typed when the process dies.
        tmux.start_evidence("QP3")
        tmux.type(TYPED)
        tmux.wait_for("saw the child twice")
        _wait_for_draft(demo_db, TYPED)
        os.kill(tmux.pid(), signal.SIGKILL)
        tmux.wait_dead()

    with Store.open(demo_db) as store:
        assert store.check().integrity == "ok"
        texts = [e.text for e in store.evidence_for_case(case_id)]
        assert len(texts) == before + 1 and "Saved before the crash." in texts
        drafts = store.drafts()
        assert len(drafts) == 1
        assert drafts[0].payload["form"]["text"] == TYPED
        assert drafts[0].payload["form"]["criteria"] == ["QP3"]

    # The next start offers the draft back; restoring and saving keeps it for good.
    with tmux_session(demo_db, tmp_path) as tmux:
        tmux.wait_for("Unsaved work found")
        tmux.send("Enter")
        tmux.wait_for("restored draft")
        tmux.wait_for("saw the child twice")
        tmux.send("C-s")
        tmux.wait_for("Evidence saved")
        tmux.send("C-q")
        tmux.wait_dead()
    with Store.open(demo_db) as store:
        texts = [e.text for e in store.evidence_for_case(case_id)]
        assert TYPED in texts and len(texts) == before + 2
        assert store.drafts() == []
        assert store.check().integrity == "ok"
