"""Fixtures for the export tests: the fixed inspection of `fixture_data`, built once."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import _private_copy, shared_template
from tests.export import fixture_data


@pytest.fixture(scope="session")
def _fixture_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shared_template(tmp_path_factory, "fixture.db", fixture_data.build)


@pytest.fixture
def fx_db(_fixture_template: Path, tmp_path: Path) -> Path:
    """A private copy of the fixed export inspection (two visited areas, 24 cases)."""
    return _private_copy(_fixture_template, tmp_path, "fixture.db")
