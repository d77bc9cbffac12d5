"""Fixtures for the TUI tests: an app on a private copy of the demo inspection."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from store.store import Store
from tui.app import FieldworkApp, make_app
from tui.settings import Settings

AppFactory = Callable[..., FieldworkApp]


@pytest.fixture
def make_fw(demo_db: Path) -> Iterator[AppFactory]:
    """Build apps on the demo database; every store opened is closed afterwards."""
    stores: list[Store] = []

    def factory(**settings: object) -> FieldworkApp:
        store = Store.open(demo_db)
        stores.append(store)
        values: dict[str, object] = {"autosave_seconds": 0.1}
        values.update(settings)
        return make_app(store, Settings.model_validate(values))

    yield factory
    for store in stores:
        store.close()


@pytest.fixture
def make_hw(handwritten_db: Path) -> Iterator[AppFactory]:
    """Build apps on the hand-written inspection (tests/fixtures/handwritten), issued to
    its lead; every store opened is closed afterwards."""
    stores: list[Store] = []

    def factory(**settings: object) -> FieldworkApp:
        store = Store.open(handwritten_db)
        stores.append(store)
        values: dict[str, object] = {"autosave_seconds": 0.1}
        values.update(settings)
        return make_app(store, Settings.model_validate(values))

    yield factory
    for store in stores:
        store.close()
