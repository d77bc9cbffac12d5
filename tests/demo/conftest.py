"""Fixtures for the demo generator's tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from demo import DemoStats, write_demo


@pytest.fixture(scope="session")
def big_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, DemoStats]]:
    """One 600-case demo (the default size, about 20,000 evidence items) for the session.
    Tests only read it."""
    path = tmp_path_factory.mktemp("big") / "demo600.db"
    stats = write_demo(path, cases=600, seed=7)
    yield path, stats
