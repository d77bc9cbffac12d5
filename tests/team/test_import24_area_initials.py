"""Staff's initials for an area whose name has "of" in it, the "of" written small ("EoE"
for East of England, "H&IoW" for Hampshire and Isle of Wight), name that area, on the
first list and on a later one (tester 24, F3: "EoE" was refused though the same list
spelt "Area 8 - East of England").  Written by hand."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tests.team.helpers import new_inspection, run

HEADER = "Case ref,Service area,Law type,Application,Stage,Notes\r\n"
ROWS = (
    "KB-7001,Area 8 - East of England,Private,Child arrangements,FHDRA,\r\n"
    "KB-7002,EoE,Public,Care order,IRH,\r\n"
    "KB-7003,Area 10 - Hampshire and Isle of Wight,Private,Specific issue,WAFH,\r\n"
    "KB-7004,H&IoW,Public,Supervision order,CMH,\r\n"
    "KB-7005,Area 8 - East of England,Private,Child arrangements,FHDRA,\r\n"
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return new_inspection(tmp_path / "master.db", start="2026-11-02", end="2026-11-27")


def _areas(db: Path) -> Counter[str]:
    return Counter(c["area"] for c in json.loads(run("cases", "list", db, "--json").output))


def test_initials_with_of_written_small_name_the_area(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes((HEADER + ROWS).encode("cp1252"))
    out = run("cases", "import", db, path).output
    assert "Imported 5 cases" in out, out
    assert "'EoE' (1 row) as area 8" in out and "'H&IoW' (1 row) as area 10" in out, out
    assert _areas(db) == {"8": 3, "10": 2}
    later = tmp_path / "later.csv"
    later.write_bytes((HEADER + "KB-7010,EOE,Private,Prohibited steps,FHDRA,\r\n").encode("cp1252"))
    out = run("cases", "import", db, later).output
    assert "Imported 1 case (" in out, out
    assert _areas(db) == {"8": 4, "10": 2}
