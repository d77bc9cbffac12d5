"""Shared fixtures.  Data and config folders always point into tmp_path."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, settings

from store.framework import load_framework
from store.store import Store

# Hypothesis: a modest default for every run, and `slow` for the big run
# (HYPOTHESIS_PROFILE=slow pytest ...).  Tests scale their example counts from the
# loaded profile's max_examples, so one switch makes every property test bigger.
_COMMON = {
    "deadline": None,
    "database": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
}
settings.register_profile("default", max_examples=25, **_COMMON)  # type: ignore[arg-type]
settings.register_profile("slow", max_examples=250, **_COMMON)  # type: ignore[arg-type]
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

if TYPE_CHECKING:
    from tests.fixtures.handwritten import Fixture


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user data or config folders."""
    monkeypatch.setenv("FIELDWORK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("FIELDWORK_CONFIG_FILE", str(tmp_path / "config" / "config.toml"))


@pytest.fixture
def empty_db(tmp_path: Path) -> Path:
    """A new inspection with no areas or cases, issued to its lead."""
    path = tmp_path / "empty.db"
    Store.create(
        path, load_framework("cafcass-2018"), title="Test inspection", lead="Ruth Okafor"
    ).close()
    return path


@pytest.fixture
def empty_store(empty_db: Path) -> Iterator[Store]:
    store = Store.open(empty_db)
    yield store
    store.close()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default-seed demo with 150 cases, written once per test session."""
    from demo import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    write_demo(path, cases=150, inspectors=10, seed=2018)
    return path


@pytest.fixture
def demo_db(_demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database for one test."""
    path = tmp_path / "demo.db"
    shutil.copy2(_demo_template, path)
    return path


@pytest.fixture
def demo_store(demo_db: Path) -> Iterator[Store]:
    store = Store.open(demo_db)
    yield store
    store.close()


# Inspections written by hand (tests/fixtures/), independent of the demo generator ------


@pytest.fixture(scope="session")
def handwritten() -> Fixture:
    """The hand-written inspection as data: the ground truth to compare a database with."""
    from tests.fixtures.handwritten import HANDWRITTEN, read_fixture

    return read_fixture(HANDWRITTEN)


@pytest.fixture(scope="session")
def _handwritten_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.fixtures.handwritten import HANDWRITTEN, build

    path = tmp_path_factory.mktemp("handwritten") / "handwritten.db"
    build(path, HANDWRITTEN)
    return path


@pytest.fixture
def handwritten_db(_handwritten_template: Path, tmp_path: Path) -> Path:
    """A private copy of the hand-written inspection: three visited areas (8 outstanding,
    3 good, 12 requires improvement), 44 cases, 300 evidence notes."""
    path = tmp_path / "handwritten.db"
    shutil.copy2(_handwritten_template, path)
    return path


@pytest.fixture
def handwritten_store(handwritten_db: Path) -> Iterator[Store]:
    store = Store.open(handwritten_db)
    yield store
    store.close()


@pytest.fixture(scope="session")
def _snapshot_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.fixtures.handwritten import SNAPSHOT, build

    path = tmp_path_factory.mktemp("snapshot") / "snapshot.db"
    build(path, SNAPSHOT)
    return path


@pytest.fixture
def snapshot_db(_snapshot_template: Path, tmp_path: Path) -> Path:
    """A private copy of the tiny fixed inspection for SVG snapshots (6 cases, 11 notes)."""
    path = tmp_path / "snapshot.db"
    shutil.copy2(_snapshot_template, path)
    return path


@pytest.fixture
def snapshot_store(snapshot_db: Path) -> Iterator[Store]:
    store = Store.open(snapshot_db)
    yield store
    store.close()
