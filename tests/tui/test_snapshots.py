"""SVG snapshots of every screen, rendered from the tiny fixed inspection in
`tests/fixtures/snapshot/` (so a change to the demo's text never re-blesses them).

Each screen at 120x40; three at 80x24 too (home, the case list and the case, the
screens an inspector spends the day in; #18 keeps it to three).  Regenerate with `make snapshots` only after
looking at what changed.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from store.store import Store
from tests.tui.helpers import paste, settle
from tui.app import FieldworkApp, make_app
from tui.screens.evidence_editor import EvidenceEditorScreen
from tui.settings import Settings

Steps = Callable[[Pilot[Any]], Awaitable[None]]
WIDE = (120, 40)
NARROW = (80, 24)


@pytest.fixture(autouse=True)
def _fixed_dates(snapshot_db: Path) -> None:
    """The fixture is built now, so its notes carry today's date; the pictures show a
    fixed one (the working rows and the versions, as a fixed clock would have written
    them)."""
    with sqlite3.connect(snapshot_db) as conn:
        conn.execute(
            "UPDATE evidence SET created_at = '2019-10-02T10:15:00.000Z', "
            "updated_at = '2019-10-02T10:15:00.000Z'"
        )
        # The versions too (the note view's history): the same minute, in their order.
        conn.execute("UPDATE version SET hlc = printf('1570011300000.%04d', seq)")
    conn.close()


@pytest.fixture(autouse=True)
def _no_cursor_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    """A blinking cursor would make screenshots differ from run to run."""
    monkeypatch.setattr(Input, "cursor_blink", False)
    monkeypatch.setattr(TextArea, "cursor_blink", False)


def _steps(*keys: str) -> Steps:
    async def run(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        pilot.app.clear_notifications()
        await pilot.pause()

    return run


async def _typed_search(pilot: Pilot[Any]) -> None:
    await settle(pilot)
    await pilot.press("slash")
    await settle(pilot)
    await paste(pilot, "report")
    await pilot.press("enter")
    await settle(pilot)


async def _editor_with_text(pilot: Pilot[Any]) -> None:
    await _steps("c", "enter", "n")(pilot)
    await paste(pilot, "QP1")
    await pilot.press("enter", "ctrl+t")
    await paste(pilot, "Plan reviewed after the hearing.")
    await settle(pilot)


async def _leave_prompt(pilot: Pilot[Any]) -> None:
    await _editor_with_text(pilot)
    await pilot.press("escape")
    await settle(pilot)


SCREENS: dict[str, Steps] = {
    "home": _steps(),
    "case_list": _steps("c"),
    "case_evidence": _steps("c", "enter"),
    "case_grading": _steps("c", "enter", "t"),
    # QP7: graded, with a strength; the pane shows the rationale and the excerpt.
    "case_grading_evidence": _steps("c", "enter", "t", *["down"] * 10),
    "note_view": _steps("c", "enter", "enter"),
    "grade_modal": _steps("c", "enter", "g"),  # the first note's criterion, its evidence in view
    "editor_new": _steps("c", "enter", "n"),
    "editor_typed": _editor_with_text,
    "leave_prompt": _leave_prompt,
    "search": _typed_search,
    "coverage": _steps("v"),
    "help": _steps("question_mark"),
}


BOTH_SIZES = ("home", "case_list", "case_evidence")
"""The three screens pictured at 80x24 too (#18); the editor's fit at 80x24 is asserted
in tests/tui/test_narrow.py."""
CASES = [(screen, WIDE) for screen in SCREENS] + [(screen, NARROW) for screen in BOTH_SIZES]


@pytest.mark.parametrize(
    ("screen", "size"), CASES, ids=[f"{name}-{w}x{h}" for name, (w, h) in CASES]
)
def test_screen(
    snap_compare: Any, snapshot_store: Store, screen: str, size: tuple[int, int]
) -> None:
    app = make_app(snapshot_store, Settings())
    assert snap_compare(app, terminal_size=size, run_before=SCREENS[screen])


def test_light_theme(snap_compare: Any, snapshot_store: Store) -> None:
    app = make_app(snapshot_store, Settings(theme="textual-light"))
    assert snap_compare(app, terminal_size=(120, 40), run_before=_steps("c", "enter"))


def test_draft_recovery_offered_at_start(snap_compare: Any, snapshot_db: Path) -> None:
    """The modal a restart shows after an editor was left with unsaved text."""

    async def type_and_stop(app: FieldworkApp) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await _editor_with_text(pilot)
            editor = app.screen
            assert isinstance(editor, EvidenceEditorScreen)
            editor.write_draft_now()
            await settle(pilot)  # the app then stops without saving

    first = Store.open(snapshot_db)
    asyncio.run(type_and_stop(make_app(first, Settings())))
    first.close()
    with sqlite3.connect(snapshot_db) as conn:  # a fixed time, so the picture is the same
        conn.execute("UPDATE drafts SET updated_at = '2026-11-23T16:42:07.000Z'")
    conn.close()
    store = Store.open(snapshot_db)
    try:
        assert len(store.drafts()) == 1
        app = make_app(store, Settings())
        assert snap_compare(app, terminal_size=(120, 40), run_before=_steps())
    finally:
        store.close()
