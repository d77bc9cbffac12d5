"""Fixtures for the export tests: the fixed inspection of `fixture_data`, built once, and
the hand-written inspections, each built and drafted once per test run."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from exporters.draft import draft_area, draft_report, load
from exporters.model import ReportModel
from store.store import Store
from tests.conftest import _private_copy, demo600, shared_template, shared_value
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
    """Each of `INSPECTIONS` drafted once per test run (`shared_value`), by name; the
    tests that take it only read the drafts."""

    def draft_all(_folder: Path) -> dict[str, ReportModel]:
        drafts = {}
        for name in INSPECTIONS:
            with Store.open(inspection_copy(tmp_path_factory, name)) as store:
                drafts[name] = draft_report(load(store))
        return drafts

    return shared_value(tmp_path_factory, "export-drafts.pickle", draft_all)


@pytest.fixture(scope="session")
def demo_drafts(
    _demo_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[ReportModel, ReportModel]:
    """The 150-case demo's whole report and its first visited area's export, drafted once
    per test run (`shared_value`) from a copy of the template every `demo_db` copies (so
    with the same ids); the tests that take them only read them.  Each draft of the
    demo is nearly two seconds of CPU, and an area's export drafts the whole report to
    take its section."""

    def draft(_folder: Path) -> tuple[ReportModel, ReportModel]:
        db = _private_copy(_demo_template, tmp_path_factory.mktemp("demo-drafts"), "demo.db")
        with Store.open(db) as store:
            data = load(store)
            first = next(a for a in data.areas if a.visited)
            return draft_report(data), draft_area(data, first.code)

    return shared_value(tmp_path_factory, "export-demo-drafts.pickle", draft)


def demo600_report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    """`demo600`'s whole report, drafted once per test run (`shared_value`: about four
    CPU-seconds) for the tests that only read it."""

    def draft(_folder: Path) -> ReportModel:
        copy = tmp_path_factory.mktemp("demo600") / "demo.db"
        shutil.copyfile(demo600(tmp_path_factory), copy)
        with Store.open(copy) as store:
            return draft_report(load(store))

    return shared_value(tmp_path_factory, "demo600-report.pickle", draft)
