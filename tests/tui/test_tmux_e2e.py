"""End to end: the real `fieldwork` command in tmux, driven by the keyboard alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.store import Store
from tests.tui.tmux import first_case, needs_tmux, tmux_session

pytestmark = [pytest.mark.tmux, needs_tmux]


def test_record_evidence_with_the_keyboard_alone(demo_db: Path, tmp_path: Path) -> None:
    case_id, before = first_case(demo_db)
    with tmux_session(demo_db, tmp_path) as tmux:
        tmux.open_first_case(before)
        tmux.start_evidence("QP1")
        tmux.type("Recorded in tmux: the plan was reviewed after the hearing.")
        tmux.wait_for("after the hearing.")
        tmux.send("C-s")
        tmux.wait_for(f"Evidence ({before + 1})")
        tmux.send("C-q")
        tmux.wait_dead()
    with Store.open(demo_db) as store:
        evidence = store.evidence_for_case(case_id)
        assert len(evidence) == before + 1
        new = [e for e in evidence if e.text.startswith("Recorded in tmux")]
        assert len(new) == 1
        assert new[0].criteria == ["QP1"] and new[0].source == "CASE_FILE"
        assert new[0].meta.created_by == store.me_id
        assert store.drafts() == []
        assert store.check().integrity == "ok"


def test_criteria_search_keeps_up_with_a_long_query(demo_db: Path, tmp_path: Path) -> None:
    """The query that once froze the editor for minutes shows as typed, and Down and
    Space sent at once after it tick the best match (no key lost).  Waiting is for what
    the screen shows, with the shared generous timeout: the matcher's cost is bounded
    as an algorithm in tests/tui/test_criteria_picker.py, not by a wall clock here."""
    _, before = first_case(demo_db)
    with tmux_session(demo_db, tmp_path) as tmux:
        tmux.open_first_case(before)
        tmux.send("n")
        tmux.wait_for("Chosen: none yet")
        tmux.type("children seen alone wishes")
        tmux.wait_for("children seen alone wishes")
        tmux.send("Down", "Space")  # at once, as a quick typist sends them
        screen = tmux.wait_for("Chosen: QP")
        assert "Chosen: none yet" not in screen
        tmux.send("C-q")
        tmux.wait_for("Save")  # a dirty editor asks before quitting
