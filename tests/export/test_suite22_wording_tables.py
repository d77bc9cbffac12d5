"""The wording data files are parsed in one place, once a process
(`exporters.draft.wording.wording_table`), and every reader of the draft shares the
tables: none may change a table it is handed, or the next reader (and the next draft
in the same process: a `fieldwork` TUI exporting twice) would read other words than
the file's."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from exporters.draft import draft_area, draft_report, load
from exporters.draft.wording import wording_dir, wording_table
from store.store import Store
from tests.export.conftest import inspection_copy

DRAFT = Path(__file__).resolve().parents[2] / "exporters" / "draft"


def test_no_module_of_the_draft_but_wording_parses_a_toml_file() -> None:
    parsing = [p.name for p in sorted(DRAFT.glob("*.py")) if "tomllib" in p.read_text("utf-8")]
    assert parsing == ["wording.py"]


def test_a_file_is_parsed_once_and_every_reader_gets_the_same_table() -> None:
    first = wording_table("voices.toml")
    assert wording_table("voices.toml") is first
    assert wording_table("voices.toml", wording_dir()) is first
    with (wording_dir() / "voices.toml").open("rb") as fh:
        assert first == tomllib.load(fh)


def test_drafting_changes_no_table_it_reads(
    fx_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Two inspections drafted whole and area by area (the fixed export inspection and
    the 44-case hand-written one), then every wording file's shared table is still what
    the file says."""
    for db in (fx_db, inspection_copy(tmp_path_factory, "handwritten")):
        with Store.open(db) as store:
            data = load(store)
            report = draft_report(data)
            visited = [a.code for a in data.areas if a.visited]
            areas = [draft_area(data, code) for code in visited]
        assert report.paragraphs() and all(a.paragraphs() for a in areas)
    files = sorted(wording_dir().glob("*.toml"))
    assert len(files) >= 14
    for path in files:
        with path.open("rb") as fh:
            assert wording_table(path.name) == tomllib.load(fh), path.name
