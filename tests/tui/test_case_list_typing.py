"""Tester finding 10 (#17), on the hand-written inspection: in the case list, typing a
filter then Down then Enter opens the case the filter finds, even when Enter comes
before the filtered rows do (never a row of the list they replace); and a case's
choices (stage, status, child seen, seen alone) never show values that are not the
case's while it loads.

The store is slowed where a loaded laptop is slow (a query waits until the test lets
it go), so what the user sees before the answer comes can be looked at; the screens
themselves are the real ones."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from textual import events
from textual.pilot import Pilot

from store.models import CaseFilter, StoredCase
from tests.tui.conftest import AppFactory
from tests.tui.helpers import case_list, screen_text, settle
from tui.screens.case import CaseScreen
from tui.screens.case_list import CaseListScreen

WAIT = 20.0
"""At most this long for the test to let a slowed query go (it always does sooner)."""


async def opened_case(pilot: Pilot[Any]) -> CaseScreen:
    """The case screen the keys opened, once it has read its case (a busy machine may
    need a few rounds of messages and workers); fails with the screen if none opened."""
    for _ in range(20):
        await settle(pilot)
        screen = pilot.app.screen
        if isinstance(screen, CaseScreen) and screen.case is not None:
            return screen
    raise AssertionError(screen_text(pilot.app))


@pytest.mark.asyncio
async def test_filter_then_down_then_enter_opens_the_case_the_filter_finds(
    make_hw: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_hw()
    release = threading.Event()
    real = app.store.case_rows

    def slowed(f: CaseFilter | None = None, offset: int = 0, limit: int = 100) -> Any:
        # The real method's signature: the case screen's check reads every case by
        # keyword (the identifiability scanner's inputs).
        if f is not None and f.text:  # the filtered rows come only when the test says so
            release.wait(WAIT)
        return real(f, offset, limit)

    monkeypatch.setattr(app.store, "case_rows", slowed)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        screen, table = await case_list(pilot)
        assert screen.selected_case_id() is not None  # the unfiltered list's first row
        await pilot.press("f", *"SM-07")  # typed, as fast as a terminal sends a burst
        await pilot.press("down")
        assert app.focused is table  # Down goes from the filter into the list
        await pilot.press("enter")
        await pilot.pause()
        # The rows on screen are still the old list's: Enter opens nothing from them.
        assert isinstance(app.screen, CaseListScreen)
        release.set()
        opened = await opened_case(pilot)
        assert opened.case is not None and opened.case.ref == "SM-07"


@pytest.mark.asyncio
async def test_down_and_enter_in_one_burst_open_the_case(make_hw: AppFactory) -> None:
    """Down and Enter arriving together, as a terminal delivers keys typed fast (the
    tester's tmux burst): the focus moves to the list after Enter has reached the
    filter; the case opens all the same, and the key after it is not a filter key."""
    app = make_hw()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await case_list(pilot)
        await pilot.press("f", *"SM-07")
        app.post_message(events.Key("down", None))  # one read from the terminal
        app.post_message(events.Key("enter", "\r"))
        opened = await opened_case(pilot)
        assert opened.case is not None and opened.case.ref == "SM-07"


@pytest.mark.asyncio
async def test_filter_down_enter_when_the_rows_are_already_there(make_hw: AppFactory) -> None:
    """The same keys on an unhindered store: the filtered case opens."""
    app = make_hw()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await case_list(pilot)
        await pilot.press("f", *"EC-04")
        await settle(pilot)
        await pilot.press("down", "enter")
        opened = await opened_case(pilot)
        assert opened.case is not None and opened.case.ref == "EC-04"


@pytest.mark.asyncio
async def test_a_case_never_shows_values_that_are_not_its_own_while_it_loads(
    make_hw: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """N-01 is closed, the child not seen, seen alone not appropriate: the first choice
    of every list (pre-proceedings, seen: yes, alone: yes) is none of those."""
    app = make_hw()
    release = threading.Event()
    real = app.store.case

    def slowed(case_id: str) -> StoredCase:
        release.wait(WAIT)
        return real(case_id)

    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await case_list(pilot)
        await pilot.press("f", *"N-01")
        await settle(pilot)
        monkeypatch.setattr(app.store, "case", slowed)
        await pilot.press("enter")  # one case matches: Enter in the filter opens it
        for _ in range(5):
            await pilot.pause()
        loading = app.screen
        assert isinstance(loading, CaseScreen) and loading.case is None
        shown = screen_text(app)
        assert "Loading…" in shown
        for wrong in ("Pre-proceedings", "Child seen", "Seen alone", "Not started"):
            assert wrong not in shown, shown
        release.set()
        await settle(pilot)
        shown = screen_text(app)
        assert "Case N-01" in shown
        for right in ("Closed", "Child seen: no", "Seen alone: not appropriate", "Complete"):
            assert right in shown, shown
