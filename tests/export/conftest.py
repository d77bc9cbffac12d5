"""Fixtures for the export tests: the fixed inspection of `fixture_data`, built once, and
the hand-written inspections, each built and drafted once per test run."""

from __future__ import annotations

import pickle
import shutil
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


def inspection_copy(tmp_path_factory: pytest.TempPathFactory, name: str) -> Path:
    """A private copy of `INSPECTIONS[name]`, built once per test run and shared by the
    parallel workers: every copy (and the drafts of `handwritten_reports`) has the same
    ids, so a module may read a copy against the session's draft of it."""
    template = shared_template(
        tmp_path_factory, f"export-{name}.db", lambda path: build(path, INSPECTIONS[name])
    )
    path = tmp_path_factory.mktemp(name) / f"{name}.db"
    shutil.copy2(template, path)
    return path


@pytest.fixture(scope="session")
def handwritten_reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ReportModel]:
    """Each of `INSPECTIONS` drafted once per test run, by name (the drafts are pickled
    beside the templates for the other parallel workers); the tests that take it only
    read the drafts."""

    def draft_all(out: Path) -> None:
        drafts = {}
        for name in INSPECTIONS:
            with Store.open(inspection_copy(tmp_path_factory, name)) as store:
                drafts[name] = draft_report(load(store))
        out.write_bytes(pickle.dumps(drafts))

    path = shared_template(tmp_path_factory, "export-drafts.pickle", draft_all)
    drafts: dict[str, ReportModel] = pickle.loads(path.read_bytes())
    return drafts
