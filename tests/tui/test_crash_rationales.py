"""Crash test for the other free-text fields (#17): the real process is killed with
SIGKILL while the inspector types a grade's rationale, the lead types a judgement's
rationale, or an inspector types the child's own words; the next start offers each
back, and every character typed is saved once restored.

Driven in a real terminal (tmux) on the hand-written inspection, issued to its lead."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from store.models import CaseFilter, Draft
from store.store import Store
from tests.tui.tmux import TIMEOUT, TmuxSession, needs_tmux

pytestmark = [pytest.mark.tmux, needs_tmux]


@pytest.fixture(autouse=True)
def _quick_autosave(tmp_path: Path) -> None:
    """The real process keeps its draft every 0.1 s (as the Pilot tests' apps do), not
    every second: each test waits for the draft before the kill, whatever the interval,
    so a shorter one only waits less.  (tmux.py reads the config from `tmp_path`.)"""
    (tmp_path / "config.toml").write_text("autosave_seconds = 0.1\n", encoding="utf-8")


RATIONALE = 'Seen twice: once at school (alone); wishes "home, with Nan" & 100% clear.'
JUDGEMENT = "Managers check plans monthly; two drift cases were caught late (see B-7)."
WORDS = ["I want to live with Nan.", "She walks me to football on Saturdays!"]


def _wait_for_draft(db: Path, kind: str, holds: Callable[[dict[str, Any]], bool]) -> Draft:
    deadline = time.monotonic() + TIMEOUT
    drafts: list[Draft] = []
    while time.monotonic() < deadline:
        with Store.open(db) as store:
            drafts = store.drafts()
        for d in drafts:
            if d.payload.get("kind", "evidence") == kind and holds(d.payload):
                return d
        time.sleep(0.1)
    seen = [d.payload for d in drafts]
    raise AssertionError(f"no {kind} draft holding what was typed was written: {seen}")


def _kill(tmux: TmuxSession) -> None:
    os.kill(tmux.pid(), signal.SIGKILL)
    tmux.wait_dead()


def _first_case(db: Path) -> tuple[str, str]:
    with Store.open(db) as store:
        row = store.case_rows(CaseFilter(), 0, 1)[0]
        return row.id, row.ref


def _open_first_case(tmux: TmuxSession, ref: str) -> None:
    tmux.wait_for("You are")
    tmux.send("c")
    tmux.wait_for("sorted by")
    tmux.send("Enter")
    tmux.wait_for(f"Case {ref}")
    tmux.wait_for("Grading (")


def test_a_grade_s_rationale_survives_sigkill(handwritten_db: Path, tmp_path: Path) -> None:
    case_id, ref = _first_case(handwritten_db)
    with Store.open(handwritten_db) as store:
        first = store.framework.criteria[0].id
        before = store.gradings_for_case(case_id).get(first)
    assert before is None, (
        "the hand-written inspection's first case has its first criterion ungraded"
    )
    tmux = TmuxSession(handwritten_db, tmp_path)
    try:
        _open_first_case(tmux, ref)
        tmux.send("t")
        tmux.wait_for("Not graded yet")
        tmux.send("g")
        tmux.wait_for("1-6 pick")
        tmux.send("2")  # Good; the rationale box takes the keys typed straight after
        tmux.type(RATIONALE)
        tmux.wait_for('"home, with Nan"')
        draft = _wait_for_draft(handwritten_db, "grading", lambda p: p["rationale"] == RATIONALE)
        assert draft.payload["case_id"] == case_id and draft.payload["criterion_id"] == first
        _kill(tmux)
    finally:
        tmux.close()
    with Store.open(handwritten_db) as store:
        assert first not in store.gradings_for_case(case_id)  # nothing saved

    tmux = TmuxSession(handwritten_db, tmp_path)
    try:
        tmux.wait_for("Unsaved work found")
        tmux.send("Enter")
        tmux.wait_for('"home, with Nan"')  # the grade dialog, as it was
        tmux.send("C-s")
        tmux.wait_for(f"{first}: Good")
        tmux.send("C-q")
        tmux.wait_dead()
    finally:
        tmux.close()
    with Store.open(handwritten_db) as store:
        grading = store.gradings_for_case(case_id)[first]
        assert (grading.grade, grading.rationale) == ("good", RATIONALE)
        assert store.drafts() == []


def test_a_judgement_s_rationale_survives_sigkill(handwritten_db: Path, tmp_path: Path) -> None:
    tmux = TmuxSession(handwritten_db, tmp_path)
    try:
        tmux.wait_for("You are")
        tmux.send("C-p")
        tmux.wait_for("Search for commands")
        tmux.type("Judgements")
        tmux.wait_still()  # the palette's matches settled: Judgements first
        tmux.send("Enter")
        tmux.wait_for("Rationale")
        tmux.send("C-t")  # the end of the rationale
        time.sleep(0.2)
        tmux.type(" " + JUDGEMENT)
        tmux.wait_for("caught late")
        draft = _wait_for_draft(
            handwritten_db, "judgement", lambda p: str(p["rationale"]).endswith(JUDGEMENT)
        )
        _kill(tmux)
    finally:
        tmux.close()
    expected = str(draft.payload["rationale"])
    judgement_id, area = str(draft.payload["judgement_id"]), draft.payload["area_code"]
    with Store.open(handwritten_db) as store:
        saved = store.judgement(judgement_id, area)
        assert saved is None or not saved.rationale.endswith(JUDGEMENT)

    tmux = TmuxSession(handwritten_db, tmp_path)
    try:
        tmux.wait_for("Unsaved work found")
        tmux.send("Enter")
        tmux.wait_for("caught late")
        tmux.send("C-s")
        tmux.wait_for("Judgement saved")
        tmux.send("C-q")
        tmux.wait_dead()
    finally:
        tmux.close()
    with Store.open(handwritten_db) as store:
        saved = store.judgement(judgement_id, area)
        assert saved is not None and saved.rationale == expected
        assert store.drafts() == []


def test_the_child_s_own_words_survive_sigkill(handwritten_db: Path, tmp_path: Path) -> None:
    case_id, ref = _first_case(handwritten_db)
    tmux = TmuxSession(handwritten_db, tmp_path)
    try:
        _open_first_case(tmux, ref)
        tmux.send("n")
        tmux.wait_for("New evidence")
        tmux.type("QP3")
        tmux.send("Enter")
        tmux.wait_for("Chosen: QP3")
        tmux.choose_finding()
        tmux.focus_text()
        tmux.type("Direct work at the foster home; she chose the words below.")
        tmux.wait_for("the words below.")  # the cursor is still, then
        tmux.move_focus("Tab")  # into the child's own words
        tmux.type(WORDS[0])
        tmux.send("Enter")
        tmux.type(WORDS[1])
        tmux.wait_for("on Saturdays!")
        _wait_for_draft(
            handwritten_db,
            "evidence",
            lambda p: p.get("form", {}).get("child_words") == "\n".join(WORDS),
        )
        _kill(tmux)
    finally:
        tmux.close()

    tmux = TmuxSession(handwritten_db, tmp_path)
    try:
        tmux.wait_for("Unsaved work found")
        tmux.send("Enter")
        tmux.wait_for("restored draft")
        tmux.wait_for("on Saturdays!")
        tmux.send("C-s")
        tmux.wait_for("Evidence saved")
        tmux.send("C-q")
        tmux.wait_dead()
    finally:
        tmux.close()
    with Store.open(handwritten_db) as store:
        words = [e.child_words for e in store.evidence_for_case(case_id)]
        assert "\n".join(WORDS) in words
        assert store.drafts() == []
