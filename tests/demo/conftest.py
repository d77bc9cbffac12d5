"""Fixtures for the demo generator's tests."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from demo import DemoStats, write_demo
from tests.conftest import shared_template


@pytest.fixture(scope="session")
def big_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, DemoStats]]:
    """One 600-case demo (the default size, about 20,000 evidence items) for the session.
    Tests only read it."""

    def build(path: Path) -> None:
        stats = write_demo(path, cases=600, seed=7)
        (path.parent / "demo600-stats.json").write_text(json.dumps(dataclasses.asdict(stats)))

    path = shared_template(tmp_path_factory, "demo600.db", build)
    stats = DemoStats(**json.loads((path.parent / "demo600-stats.json").read_text()))
    yield path, stats
