"""Fixtures for the export tests: the fixed inspection of `fixture_data`, built once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.export import fixture_data


@pytest.fixture(scope="session")
def _fixture_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fixture_data.build(tmp_path_factory.mktemp("fixture") / "fixture.db")


@pytest.fixture
def fx_db(_fixture_template: Path, tmp_path: Path) -> Path:
    """A private copy of the fixed export inspection (two visited areas, 24 cases)."""
    path = tmp_path / "fixture.db"
    shutil.copy2(_fixture_template, path)
    return path
