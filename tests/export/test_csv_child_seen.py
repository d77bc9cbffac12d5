"""The analyst's cases.csv says "unknown" where a case's child-seen is not recorded, as
its seen_alone column does for the same state (tester 16, F11: child_seen was empty
beside seen_alone "unknown").  A list written here by hand."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.team.helpers import listed_file, run

LIST = (
    "Case number,Service area,Law type,Case type,Stage,Child seen\n"
    "NE/26/0201,Area 2,Private,Child arrangements,First hearing,Y\n"
    "NE/26/0202,Area 2,Private,Child arrangements,First hearing,N\n"
    "NE/26/0203,Area 2,Private,Child arrangements,First hearing,\n"
)


def test_child_seen_not_recorded_is_unknown(tmp_path: Path) -> None:
    db = listed_file(tmp_path, LIST)
    run("export", "csv", db, "-o", tmp_path / "csv")
    with (tmp_path / "csv" / "cases.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert sorted(r["child_seen"] for r in rows) == ["no", "unknown", "yes"]
    assert {r["seen_alone"] for r in rows} == {"unknown"}
