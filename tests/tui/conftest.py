"""Fixtures for the TUI tests: apps on a private copy of an inspection.

`make_small` (the tiny fixed inspection of tests/fixtures/snapshot) for behaviour that
does not need scale, `make_hw` (the hand-written inspection, 44 cases) where a test needs
several areas or a lead's data, `make_fw` (the 150-case demo) only where a test needs
more rows than a screen shows or the demo's own content."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from store.store import Store
from tests.tui import cssmemo, frames, stylememo
from tui.app import FieldworkApp, make_app
from tui.settings import Settings

cssmemo.install()  # one parse of each piece of CSS for all the apps of a test process
stylememo.install()  # one styling of each node (by all it depends on) for those apps
frames.install()  # only the frames a Pilot waits for are drawn

AppFactory = Callable[..., FieldworkApp]


def _app_factory(db: Path) -> Iterator[AppFactory]:
    """Build apps on `db` (settings as keyword arguments, autosave quick by default);
    every store opened is closed afterwards."""
    stores: list[Store] = []

    def factory(**settings: object) -> FieldworkApp:
        store = Store.open(db)
        stores.append(store)
        values: dict[str, object] = {"autosave_seconds": 0.1}
        values.update(settings)
        app = make_app(store, Settings.model_validate(values))
        # A toast stays until the test has read it: on a loaded machine the keys and
        # settles between a notice and its check outlasted a toast's five seconds, and
        # tests failed with the notice shown and gone (no test asserts a toast's expiry).
        app.NOTIFICATION_TIMEOUT = 600  # type: ignore[misc]
        return app

    yield factory
    for store in stores:
        store.close()


@pytest.fixture
def make_fw(demo_db: Path) -> Iterator[AppFactory]:
    """Apps on the 150-case demo."""
    yield from _app_factory(demo_db)


@pytest.fixture
def make_hw(handwritten_db: Path) -> Iterator[AppFactory]:
    """Apps on the hand-written inspection (tests/fixtures/handwritten), issued to its
    lead."""
    yield from _app_factory(handwritten_db)


@pytest.fixture
def make_small(snapshot_db: Path) -> Iterator[AppFactory]:
    """Apps on the tiny fixed inspection (tests/fixtures/snapshot: 6 cases, 11 notes)."""
    yield from _app_factory(snapshot_db)
