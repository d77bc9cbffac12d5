"""A case list's end dates are checked against the inspection's dates and the case's own
start date (tester 8: "3 Nov 26" and any end date were taken as they came, and the row
taken as closed): an end date after the inspection's last day, or before the case
started, is one grouped line per kind, as the other checks are; exit 2 and nothing
written, or the row skipped with --skip-bad.  The rows are written by hand here."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.models import CaseFilter
from store.store import Store
from tests.team.helpers import new_inspection, run, unchanged

HEADER = "Case number,Law type,Case type,Stage,Service area,Start date,End date\n"
ROWS = (
    "NE-501,Private,Child arrangements,,4,01/06/2025,10/04/2026",  # after the last day
    "NE-502,Private,Child arrangements,,4,2025-07-01,15 May 2026",  # after the last day
    "NE-503,Public,Care order,,4,2025-03-01,2025-01-10",  # before its start
    "NE-504,Private,Child arrangements,,4,9 Sep 2025,01/02/2025",  # before its start
    "NE-505,Private,Child arrangements,,4,2025-05-01,2026-02-01",  # closed, in order
    "NE-506,Private,Child arrangements,FHDRA,4,2025-11-20,",  # open
    "NE-507,Private,Child arrangements,,4,not known,2026-01-05",  # start unread: not checked
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = new_inspection(tmp_path / "master.db", start="2026-03-02", end="2026-03-27")
    run("areas", "add", path, "4", "--name", "North East")
    return path


def _list(path: Path, *rows: str) -> Path:
    path.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def test_end_dates_out_of_range_are_one_line_per_kind_and_nothing_is_written(
    db: Path, tmp_path: Path
) -> None:
    path = _list(tmp_path / "list.csv", *ROWS)
    with unchanged(db):
        result = run("cases", "import", db, path, code=2)
    lines = result.output.splitlines()
    assert lines == [
        f"{path}: 2 rows (lines 2, 3): end date after the inspection's last day (2026-03-27): "
        f"'10/04/2026', '15 May 2026'; check the date (case numbers NE-501, NE-502)",
        f"{path}: 2 rows (lines 4, 5): end date before the case's start date: "
        f"'2025-01-10, started 2025-03-01', '01/02/2025, started 9 Sep 2025'; check both dates "
        f"(case numbers NE-503, NE-504)",
        f"fieldwork: 4 of 7 rows in {path} have problems (listed above); nothing was imported: "
        f"correct them, map your spellings with --map, or pass --skip-bad.",
    ]


def test_skip_bad_leaves_those_rows_out(db: Path, tmp_path: Path) -> None:
    path = _list(tmp_path / "list.csv", *ROWS)
    run("cases", "import", db, path, "--skip-bad")
    with Store.open(db) as store:
        stages = sorted(r.stage for r in store.case_rows(CaseFilter(), 0, 100))
    assert stages == ["CLOSED", "CLOSED", "FHDRA"]  # NE-505, NE-507 closed; NE-506 open


def test_without_a_last_day_the_start_of_the_inspection_bounds_it(tmp_path: Path) -> None:
    """A list is drawn before the inspection: without its last day, an end date after
    its first is refused."""
    db = new_inspection(tmp_path / "master.db", start="2026-03-02", end="2026-03-27")
    run("inspection", "edit", db, "--end", "")
    run("areas", "add", db, "4", "--name", "North East")
    path = _list(tmp_path / "list.csv", "NE-601,Private,Child arrangements,,4,,2026-03-10",
                 "NE-602,Private,Child arrangements,,4,,2026-03-01")  # fmt: skip
    with unchanged(db):
        said = run("cases", "import", db, path, code=2).output.splitlines()
    assert said[0] == (f"{path}: 1 row (line 2): end date after the inspection's start "
                       f"(2026-03-02): '2026-03-10'; check the date (case number NE-601)")  # fmt: skip
