"""Keys typed on the Judgements screen before it is ready, or straight after Ctrl+T,
act as typed: held while the list loads and sent on once it is there; after Ctrl+T
they reach the rationale, not the list (on the hand-written inspection)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.widget import Widget
from textual.widgets import DataTable, Select, TextArea

from store.store import Store
from tests.tui.helpers import paste, settle, top
from tui.app import make_app
from tui.screens.judgements import JudgementsScreen
from tui.settings import Settings

SIZE = (120, 40)


def focused(screen: JudgementsScreen) -> Widget | None:
    """The widget with the focus now (read afresh: keys move it between asserts)."""
    return screen.focused


def expanded(select: Select[Any]) -> bool:
    """Whether the grade's list of choices is open now (read afresh, as `focused`)."""
    return select.expanded


def current_key(screen: JudgementsScreen) -> str | None:
    """The key of the judgement in the form now."""
    return screen.current.key if screen.current is not None else None


def _gated(store: Store) -> threading.Event:
    """Hold the screen's list read (`Store.judgements`) until the event is set, as a
    busy file does: keys typed meanwhile arrive while the screen is loading."""
    gate = threading.Event()
    read = store.judgements

    def slow() -> Any:
        gate.wait(timeout=30)
        return read()

    store.judgements = slow  # type: ignore[method-assign]
    return gate


async def _open_loading(pilot: Any) -> JudgementsScreen:
    """Open Judgements from the palette without waiting for it to load."""
    await settle(pilot)
    await pilot.press("ctrl+p")
    await pilot.pause()
    await paste(pilot, "Judgements")
    await pilot.press("enter")
    for _ in range(200):
        await pilot.pause(0.01)
        if isinstance(top(pilot.app), JudgementsScreen):
            break
    screen = top(pilot.app)
    assert isinstance(screen, JudgementsScreen)
    return screen


@pytest.mark.asyncio
async def test_down_down_enter_typed_while_the_list_loads(handwritten_db: Path) -> None:
    """Down, Down, Enter typed before the list is read: once it is, the cursor is on the
    third judgement, the form shows it and Enter has moved to its grade."""
    store = Store.open(handwritten_db)
    gate = _gated(store)
    app = make_app(store, Settings(autosave_seconds=0.1))
    try:
        async with app.run_test(size=SIZE) as pilot:
            screen = await _open_loading(pilot)
            await pilot.press("down", "down", "enter")
            table: DataTable[Any] = screen.query_one("#judgements-table", DataTable)
            assert table.row_count == 0 and current_key(screen) is None  # still loading
            gate.set()
            await settle(pilot)
            third = list(screen.rows)[2]
            assert table.cursor_row == 2
            assert current_key(screen) == third
            grade = focused(screen)
            assert isinstance(grade, Select) and grade.id == "judgements-grade"
    finally:
        gate.set()
        store.close()


@pytest.mark.asyncio
async def test_ctrl_t_and_words_typed_while_the_list_loads(handwritten_db: Path) -> None:
    """Ctrl+T and a sentence typed before the list is read end up in the first
    judgement's rationale, after what it held."""
    store = Store.open(handwritten_db)
    gate = _gated(store)
    app = make_app(store, Settings(autosave_seconds=0.1))
    try:
        async with app.run_test(size=SIZE) as pilot:
            screen = await _open_loading(pilot)
            await pilot.press("ctrl+t", *" Seen early.")
            gate.set()
            await settle(pilot)
            first = next(iter(screen.rows.values()))
            text = screen.query_one("#judgements-rationale", TextArea)
            assert focused(screen) is text
            assert text.text == first.rationale + " Seen early."
            assert current_key(screen) == first.key
    finally:
        gate.set()
        store.close()


@pytest.mark.asyncio
async def test_keys_straight_after_ctrl_t_reach_the_rationale(handwritten_db: Path) -> None:
    """On the loaded screen, with the list focused: Ctrl+T, Down, Down, Enter and words,
    all sent at once (as a fast typist or a paste does, no pause between them), move
    and type in the rationale; the list stays on the judgement it was on."""
    store = Store.open(handwritten_db)
    app = make_app(store, Settings(autosave_seconds=0.1))
    try:
        async with app.run_test(size=SIZE) as pilot:
            screen = await _open_loading(pilot)
            await settle(pilot)
            table: DataTable[Any] = screen.query_one("#judgements-table", DataTable)
            assert focused(screen) is table and table.cursor_row == 0
            first = next(iter(screen.rows.values()))
            keys = [("ctrl+t", None), ("down", None), ("down", None), ("enter", "\r")]
            keys += [(c if c != " " else "space", c) for c in "Checked again."]
            for key, character in keys:
                app.post_message(events.Key(key, character))
            await settle(pilot)
            text = screen.query_one("#judgements-rationale", TextArea)
            assert focused(screen) is text
            assert text.text == first.rationale + "\nChecked again."
            assert table.cursor_row == 0 and current_key(screen) == first.key
            # And with Pilot's own presses, straight after Ctrl+T with no settle between.
            await pilot.press("escape")
            assert focused(screen) is table
            await pilot.press("ctrl+t", *" Twice.")
            assert text.text == first.rationale + "\nChecked again. Twice."
    finally:
        store.close()


@pytest.mark.asyncio
async def test_down_straight_after_enter_reaches_the_grade(handwritten_db: Path) -> None:
    """On the loaded screen, with the list focused: Enter and Down sent at once (as a
    fast typist does) open the judgement's grade and then act in it (Down opens the
    grade's choices); the list stays on the judgement Enter was pressed on.  Escape
    closes the choices, then goes back to the list (not out of the screen).  And Enter
    and Down again with Pilot's presses, on the second judgement."""
    store = Store.open(handwritten_db)
    app = make_app(store, Settings(autosave_seconds=0.1))
    try:
        async with app.run_test(size=SIZE) as pilot:
            screen = await _open_loading(pilot)
            await settle(pilot)
            table: DataTable[Any] = screen.query_one("#judgements-table", DataTable)
            grade = screen.query_one("#judgements-grade", Select)
            assert focused(screen) is table and table.cursor_row == 0
            first, second = list(screen.rows)[:2]
            for key, character in (("enter", "\r"), ("down", None)):
                app.post_message(events.Key(key, character))
            await settle(pilot)
            assert table.cursor_row == 0 and current_key(screen) == first
            assert expanded(grade)  # the Down went to the grade
            await pilot.press("escape")  # closes the choices
            await settle(pilot)
            assert not expanded(grade) and focused(screen) is grade
            await pilot.press("escape")  # from the grade, back to the list
            await settle(pilot)
            assert top(app) is screen and focused(screen) is table
            assert current_key(screen) == first
            await pilot.press("down")
            await settle(pilot)
            assert current_key(screen) == second
            await pilot.press("enter", "down")
            await settle(pilot)
            assert table.cursor_row == 1 and current_key(screen) == second
            assert expanded(grade)
    finally:
        store.close()
