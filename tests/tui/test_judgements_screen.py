"""The judgements screen: the lead sets a grade and rationale beside the evidence balance;
unsaved changes ask before they are lost; a snapshot at 120x40.

The list and its balances are read on the demo (many areas) and on the hand-written
inspection; the lead's keys on the tiny fixed one (tests/fixtures/snapshot), whose area
8 is judged and area 12, the last row, is not."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Button, DataTable, Input, Select, Static, TextArea

from store.store import Store
from tests.tui.conftest import AppFactory
from tests.tui.helpers import paste, run_palette_command, settle, table_rows, top
from tui.app import make_app
from tui.modals.confirm import ConfirmModal
from tui.screens.judgement_rows import NOT_JUDGED, area_sample, balance_cells
from tui.screens.judgements import JudgementsScreen
from tui.settings import Settings

SIZE = (120, 40)
AREA = "13"
"""A visited area of the demo not yet judged."""
UNJUDGED = "12"
"""The tiny fixed inspection's visited area with no judgement (Eastern Counties)."""


async def open_judgements(pilot: Pilot[Any]) -> JudgementsScreen:
    """Open the screen from the command palette."""
    await run_palette_command(pilot, "Judgements")
    screen = top(pilot.app)
    assert isinstance(screen, JudgementsScreen)
    return screen


async def go_to(pilot: Pilot[Any], screen: JudgementsScreen, key: str) -> None:
    """Move the list's cursor to a judgement with the arrow keys."""
    table: DataTable[Any] = screen.query_one("#judgements-table", DataTable)
    table.focus()
    target = table.get_row_index(key)
    while table.cursor_row != target:
        await pilot.press("down" if table.cursor_row < target else "up")
    await settle(pilot)


def row_of(screen: JudgementsScreen, key: str) -> list[str]:
    table: DataTable[Any] = screen.query_one("#judgements-table", DataTable)
    return table_rows(table)[table.get_row_index(key)]


@pytest.mark.asyncio
async def test_lists_national_once_and_area_judgements_per_visited_area(
    make_fw: AppFactory,
) -> None:
    app = make_fw()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_judgements(pilot)
        fw = app.store.framework
        visited = [a.code for a in app.store.areas(visited_only=True)]
        expected = [
            f"{j.id}|{code}"
            for j in fw.judgements
            for code in (visited if j.scope == "area" else [""])
        ]
        assert list(screen.rows) == expected
        balance = app.store.area_holdings(area_sample())[AREA].evidence  # all it holds
        row = row_of(screen, f"J18-4A|{AREA}")
        assert row[1] == "not yet judged"
        neutral = balance.evidence - balance.strengths - balance.developments
        assert row[2:] == [str(balance.strengths), str(balance.developments), str(neutral),
                           str(balance.sources)]  # fmt: skip
        assert balance.evidence > 0 and balance.sources > 1


@pytest.mark.asyncio
async def test_set_area_judgement_grade_and_rationale(make_small: AppFactory) -> None:
    app = make_small()
    key = f"J18-4A|{UNJUDGED}"
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_judgements(pilot)
        await go_to(pilot, screen, key)
        assert screen.current is not None and screen.current.key == key
        heading = str(screen.query_one("#judgements-heading", Static).render())
        assert heading.endswith(
            f"{app.store.area(UNJUDGED).name} (Area {UNJUDGED}): not yet judged"
        )
        gradings = str(screen.query_one("#judgements-gradings", Static).render())
        # Every grading of the area's cases, in words (here one case graded inadequate).
        held = app.store.area_holdings(area_sample())[UNJUDGED].case_gradings
        assert held == {"inadequate": 1}
        assert gradings.endswith("(judged, not averaged): Inadequate 1")
        # The grade: open the list (it starts on "not yet judged", last) and go up to Good.
        await pilot.press("ctrl+g", "enter")
        await pilot.pause()
        await pilot.press("up", "up", "up", "enter")
        await pilot.pause()
        assert screen.query_one("#judgements-grade", Select).value == "good"
        await pilot.press("ctrl+t")
        await paste(pilot, "Leaders know their services well.")
        await pilot.pause()
        assert screen.dirty
        await pilot.press("ctrl+s")
        await settle(pilot)
        stored = app.store.judgement("J18-4A", UNJUDGED)
        assert stored is not None
        assert stored.grade == "good"
        assert stored.rationale == "Leaders know their services well."
        assert screen.baseline == ("good", stored.rationale)  # clean again
        assert row_of(screen, key)[1] == "Good"
        heading = str(screen.query_one("#judgements-heading", Static).render())
        assert heading.endswith(f"{app.store.area(UNJUDGED).name} (Area {UNJUDGED}): good")
        # Clearing the grade again ("not yet judged") keeps the rationale.
        screen.query_one("#judgements-grade", Select).value = NOT_JUDGED
        await pilot.press("ctrl+s")
        await settle(pilot)
        stored = app.store.judgement("J18-4A", UNJUDGED)
        assert stored is not None and stored.grade is None
        assert row_of(screen, key)[1] == "not yet judged"


@pytest.mark.asyncio
async def test_unsaved_changes_ask_before_moving_or_leaving(make_small: AppFactory) -> None:
    app = make_small()
    key = f"J18-4A|{UNJUDGED}"
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_judgements(pilot)
        await go_to(pilot, screen, key)
        await pilot.press("ctrl+t")
        await paste(pilot, "Draft view")
        await pilot.pause()
        assert screen.dirty
        # Escape from the rationale goes back to the list; moving on asks first.
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.focused, DataTable)
        await pilot.press("up")  # the area is the last row
        await settle(pilot)
        asked = top(app)
        assert isinstance(asked, ConfirmModal)
        assert isinstance(asked.focused, Button) and str(asked.focused.label) == "Keep editing"
        await pilot.press("n")  # keep editing
        await settle(pilot)
        assert top(app) is screen
        assert screen.current is not None and screen.current.key == key
        assert screen.query_one("#judgements-table", DataTable).cursor_row == (
            screen.query_one("#judgements-table", DataTable).get_row_index(key)
        )
        assert screen.dirty
        # Leaving asks too; discarding closes and nothing is stored.
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(top(app), ConfirmModal)
        await pilot.press("y")
        await settle(pilot)
        assert not isinstance(top(app), JudgementsScreen | ConfirmModal)
        assert app.store.judgement("J18-4A", UNJUDGED) is None


@pytest.mark.asyncio
async def test_discarding_moves_to_the_next_judgement_where_a_grade_needs_a_rationale(
    make_small: AppFactory,
) -> None:
    """Discarding a draft moves on to the next judgement, unjudged and clean; there (as
    on opening the screen at it) a grade saved without a rationale is refused."""
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_judgements(pilot)
        await go_to(pilot, screen, "J18-4A|8")  # judged; the next row (12) is not
        await pilot.press("ctrl+t")
        await paste(pilot, "Draft view")
        await pilot.press("escape", "down")
        await settle(pilot)
        assert isinstance(top(app), ConfirmModal), "discarding"
        await pilot.press("y")
        await settle(pilot)
        current = screen.current
        assert current is not None and current.key == f"J18-4A|{UNJUDGED}", "discarding"
        assert not screen.dirty, "discarding"
        assert screen.query_one("#judgements-rationale", TextArea).text == "", "discarding"
        # A grade needs a rationale.
        screen.query_one("#judgements-grade", Select).value = "inadequate"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.store.judgement("J18-4A", UNJUDGED) is None, "a grade needs a rationale"
        assert isinstance(app.focused, TextArea), "a grade needs a rationale"


# Snapshots ------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _no_cursor_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    """A blinking cursor would make screenshots differ from run to run."""
    monkeypatch.setattr(Input, "cursor_blink", False)
    monkeypatch.setattr(TextArea, "cursor_blink", False)


@pytest.fixture
def snap_store(snapshot_db: Path) -> Iterator[Store]:
    """The small fixed inspection (tests/fixtures/snapshot), not the demo."""
    store = Store.open(snapshot_db)
    yield store
    store.close()


async def _area_judgement(pilot: Pilot[Any]) -> None:
    await settle(pilot)
    screen = JudgementsScreen()
    await pilot.app.push_screen(screen)
    await settle(pilot)
    await go_to(pilot, screen, "J18-4A|8")
    pilot.app.clear_notifications()
    await pilot.pause()


@pytest.mark.parametrize("size", [(120, 40)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_snapshot(snap_compare: Any, snap_store: Store, size: tuple[int, int]) -> None:
    app = make_app(snap_store, Settings())
    assert snap_compare(app, terminal_size=size, run_before=_area_judgement)


@pytest.mark.asyncio
@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=lambda s: f"{s[0]}x{s[1]}")
async def test_the_list_fits_the_terminal_in_words(
    handwritten_db: Path, size: tuple[int, int]
) -> None:
    """At 80x24 and 120x40 on the hand-written inspection, once the balances are in,
    every column of the list is on screen (no scrolling sideways) and says what it is in
    words: each judgement by its title or its area's name, never the framework's code,
    and its grade by its label.  A title is cut ("…") only if it does not fit, and
    then the form below names the judgement whole; the list fits again after a resize."""
    store = Store.open(handwritten_db)
    app = make_app(store, Settings(autosave_seconds=0.1))
    try:
        async with app.run_test(size=size) as pilot:
            screen = await open_judgements(pilot)
            await settle(pilot)
            assert screen.balances is not None
            table: DataTable[Any] = screen.query_one("#judgements-table", DataTable)
            for width in (size[0], 100, size[0]):
                await pilot.resize_terminal(width, size[1])
                await settle(pilot)
                assert table.virtual_size.width <= table.scrollable_content_region.width
                fw = store.framework
                labels = {fw.grade(code).label for code in fw.grade_codes()} | {"not yet judged"}
                for key, cells in zip(screen.rows, table_rows(table), strict=True):
                    row = screen.rows[key]
                    named = f"Area {row.area_code}: {row.area_name}" if row.area_code else row.title
                    assert cells[0] == named or (
                        cells[0].endswith("…") and named.startswith(cells[0][:-1])
                    ), (cells[0], named)
                    assert not any(j.id in cells[0] for j in fw.judgements)
                    assert cells[1] in labels and cells[2:] == list(balance_cells(row))
                await pilot.press("down")
                await settle(pilot)
                heading = str(screen.query_one("#judgements-heading", Static).render())
                now = screen.current
                assert now is not None
                assert (now.area_name if now.area_code else now.title).lower() in heading.lower()
                await pilot.press("up")
            if size[0] >= 120:  # room for every title whole
                assert not any(cells[0].endswith("…") for cells in table_rows(table))
    finally:
        store.close()


# Opening at any size ----------------------------------------------------------------------


def _statements(store: Store, run: Any) -> list[str]:
    """The SQL statements `run()` sends to the store's connection."""
    sent: list[str] = []
    store.conn.set_trace_callback(sent.append)
    try:
        run()
    finally:
        store.conn.set_trace_callback(None)
    return sent


def test_the_list_and_the_balances_each_take_a_fixed_number_of_reads(
    handwritten_store: Store,
) -> None:
    """Whatever the number of visited areas (rows in the list), the list is a fixed few
    reads and the balances one grouped pass: nothing runs per judgement, area or case."""
    from store.models import Area
    from tui.screens.judgement_rows import judgement_rows

    store = handwritten_store
    many_rows = judgement_rows(store)
    many = _statements(store, lambda: judgement_rows(store))
    many_balances = _statements(store, store.judgement_balances)
    for a in store.areas(visited_only=True)[1:]:  # now one visited area
        store.put_area(Area(code=a.code, name=a.name, region=a.region, visited=False))
    few_rows = judgement_rows(store)
    assert len(few_rows) < len(many_rows)
    assert len(_statements(store, lambda: judgement_rows(store))) == len(many) <= 4
    assert len(_statements(store, store.judgement_balances)) == len(many_balances) <= 2


@pytest.mark.asyncio
async def test_the_list_shows_before_the_evidence_balances_are_read(
    handwritten_db: Path,
) -> None:
    """The balances (a pass over every note, seconds at 6,000 cases) come after the list:
    while they are read, the judgements, grades and the form are there, marked "…"."""
    import threading

    from tui.screens.judgement_rows import practice_laws

    store = Store.open(handwritten_db)
    release = threading.Event()
    read_balances = store.judgement_balances
    laws = practice_laws(store)
    expected = {(b.judgement_id, b.area_code): b.evidence for b in read_balances(laws)}
    held = store.area_holdings(area_sample())  # a per-area judgement: all its area holds
    expected.update({(j.id, code): h.evidence for j in store.framework.judgements
                     if j.scope == "area" for code, h in held.items()})  # fmt: skip

    def slow(laws: dict[str, str] | None = None) -> Any:
        release.wait(timeout=30)
        return read_balances(laws)

    store.judgement_balances = slow  # type: ignore[method-assign]
    app = make_app(store, Settings(autosave_seconds=0.1))
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("ctrl+p")
            await pilot.pause()
            await paste(pilot, "Judgements")
            await pilot.press("enter")
            for _ in range(100):
                await pilot.pause(0.02)
                screen = top(app)
                if isinstance(screen, JudgementsScreen) and screen.rows:
                    break
            assert isinstance(screen, JudgementsScreen)
            table: DataTable[Any] = screen.query_one("#judgements-table", DataTable)
            first = table_rows(table)[0]
            assert first[0] == app.store.framework.judgements[0].title
            assert first[2:] == ["…", "…", "…", "…"]
            balance = str(screen.query_one("#judgements-balance", Static).render())
            assert "Reading the evidence" in balance or "No criterion" in balance
            assert not screen.query_one("#judgements-rationale", TextArea).disabled
            release.set()
            await settle(pilot)
            for key, row in screen.rows.items():
                jid, _, area = key.partition("|")
                assert row.balance == expected.get((jid, area or None), row.balance)
                cells = table_rows(table)[table.get_row_index(key)]
                assert cells[2] == str(row.balance.strengths if row.balance else "…")
    finally:
        release.set()
        store.close()
