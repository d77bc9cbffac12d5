"""Fixtures for the demo generator's tests."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from demo import DemoStats
from tests.conftest import demo600


@pytest.fixture(scope="session")
def big_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, DemoStats]]:
    """The 600-case demo `make run` writes (the default size and seed, about 20,000
    evidence items), once per test run.  Tests only read it."""

    path = demo600(tmp_path_factory)
    stats = DemoStats(**json.loads((path.parent / "demo600-stats.json").read_text()))
    yield path, stats
