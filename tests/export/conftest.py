"""Fixtures for the export tests: the fixed inspection of `fixture_data`, built once, and
the drafts of the hand-written inspections, drafted once per test process."""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel
from store.store import Store
from tests.conftest import _private_copy, shared_template
from tests.export import fixture_data
from tests.fixtures.handwritten import HANDWRITTEN, build

HERE = Path(__file__).parent
INSPECTIONS = {
    "voice": HERE / "voice_inspection",
    "handwritten": HANDWRITTEN,
    "claims": HERE / "claims_inspection",
    "support": HERE / "support_inspection",
    "heldout": HERE / "heldout_inspection",
}
"""The hand-written inspections (none made by the demo generator), by name."""


@pytest.fixture(scope="session")
def _fixture_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shared_template(tmp_path_factory, "fixture.db", fixture_data.build)


@pytest.fixture
def fx_db(_fixture_template: Path, tmp_path: Path) -> Path:
    """A private copy of the fixed export inspection (two visited areas, 24 cases)."""
    return _private_copy(_fixture_template, tmp_path, "fixture.db")


@pytest.fixture(scope="session")
def handwritten_reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ReportModel]:
    """Each of `INSPECTIONS` built and drafted once per test process, by name; the tests
    that take it only read the drafts."""
    out = {}
    for name, folder in INSPECTIONS.items():
        path = tmp_path_factory.mktemp(name) / f"{name}.db"
        build(path, folder)
        with Store.open(path) as store:
            out[name] = draft_report(load(store))
    return out
