"""Headings an organisation's own export gives (tester 24, F1): "Cafcass Case No" ends
as "Case No" does and is the case number (a "Court case no" beside it is the court's,
never read as ours); "Unit" is the service area; and a heading no spelling of ours
names is read as a field by a `--map` line `column,THEIR HEADING,our field`, so the
lead imports the organisation's file as it came instead of re-saving it.  The lists
are written here by hand."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tests.team.helpers import new_inspection, refused, run, unchanged

UNIT_LIST = (
    "Cafcass Case No,Court case no,Unit,Proceedings,Application,Stage\r\n"
    "ZE41-0071,LV26C00112,Area 9 - Thames Valley,Public,Care order,CMH\r\n"
    "ZE41-0072,LV26C00119,Area 9 - Thames Valley,Private,Child arrangements,FHDRA\r\n"
    "ZE41-0073,LV26C00131,Area 12 - Cheshire and Merseyside,Private,Specific issue,WAFH\r\n"
)
TEAM_CODE_LIST = (
    "Ref,Team code,Office,Law,Order sought\n"
    "QT-881,Area 5 East Midlands,Derby,Private,Child arrangements\n"
    "QT-882,Area 5 East Midlands,Lincoln,Public,Supervision order\n"
    "QT-883,Area 7 South East,Crawley,Private,Prohibited steps\n"
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return new_inspection(tmp_path / "master.db", start="2026-11-02", end="2026-11-27")


def _areas(db: Path) -> Counter[str]:
    return Counter(c["area"] for c in json.loads(run("cases", "list", db, "--json").output))


def test_a_case_number_heading_with_the_organisations_name_and_a_unit_column(
    db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "extract.csv"
    path.write_bytes(UNIT_LIST.encode("cp1252"))
    out = run("cases", "import", db, path).output
    assert "Imported 3 cases" in out, out
    assert _areas(db) == {"9": 2, "12": 1}
    # The court's number is another body's: not read as the case number, and said unread.
    assert "Columns not read: Court case no" in out, out


def test_a_heading_mapped_with_a_column_line_is_read_as_that_field(
    db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "teams.csv"
    path.write_text(TEAM_CODE_LIST, encoding="utf-8")
    with unchanged(db):
        said = refused("cases", "import", db, path)
    assert "map its heading with --map (a line such as column,Unit,area)" in said, said
    mapping = tmp_path / "map.csv"
    mapping.write_text("column,Team code,area\n", encoding="utf-8")
    out = run("cases", "import", db, path, "--map", mapping).output
    assert "Imported 3 cases" in out, out
    assert _areas(db) == {"5": 2, "7": 1}
    assert "Columns not read: Office" in out, out


def test_a_column_line_naming_no_field_is_refused(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "teams.csv"
    path.write_text(TEAM_CODE_LIST, encoding="utf-8")
    mapping = tmp_path / "map.csv"
    mapping.write_text("area,Sth East,7\ncolumn,Team code,patch\n", encoding="utf-8")
    with unchanged(db):
        said = refused("cases", "import", db, path, "--map", mapping)
    assert f"{mapping} line 2: 'patch' is no field the case-list import reads" in said, said
