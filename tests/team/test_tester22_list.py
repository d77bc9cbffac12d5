"""Tester 22's case list (an old Windows system's CSV export, Windows-1252): a region's
label set off before the area ("NORTH: Area 11 Greater Manchester") is no part of the
area's name (F1); the stages and case types staff write ("Work after FHDRA", "Issued",
"Withdrawn", "Sec 7", "Spec Issue") and the heading "Seen by FCA" are read (F2, F4).  The list is written for these tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.team.helpers import empty_file, run

HEADER = "Case Number,Child No,Proceedings,Application,Team / Region,Status,D.O.B.,Seen by FCA\r\n"
ROWS = [
    "GM/26/0101,1,Private,Spec Issue,NORTH: Area 11 Greater Manchester,Work after FHDRA,03/04/2016,Y",
    "GM/26/0102,1,Private,Child arrangements,NORTH: Area 11 Greater Manchester,Withdrawn,3-Apr-19,Y",
    "GM/26/0103,1,Public,Care order,NORTH: Area 11 Greater Manchester,Issued,2021-07-30,Y",
    "GM/26/0104,1,Private,Child arrangements,Area 11 - Greater Manchester,Sec 7,,Y",
    "GM/26/0105,1,Private,Child arrangements,Area 11 Greater Manchester,FHDRA,12/12/2012,Y",
    "YH/26/0201,1,Private,Child arrangements,NORTH: Area 4 Yorkshire,FHDRA,01/05/2015,Y",
    "YH/26/0202,1,Private,Child arrangements,NORTH: Area 4 Yorkshire,FHDRA,01/06/2015,Y",
    "YH/26/0203,1,Public,Supervision order,NORTH: Area 4 Yorkshire,IRH,01/07/2020,Y",
]


def _imported(tmp_path: Path) -> Path:
    db = empty_file(tmp_path / "lead.db", "cafcass-2013", "Northern visit")
    text = HEADER + "".join(r + "\r\n" for r in ROWS) + "Exported by CaseBook on 02/11/2026\r\n"
    (tmp_path / "caselist.csv").write_bytes(text.encode("cp1252"))
    out = run("cases", "import", db, tmp_path / "caselist.csv").output
    assert "Imported 8 cases" in out, out
    return db


def test_a_regions_label_before_the_area_is_no_part_of_its_name(tmp_path: Path) -> None:
    db = _imported(tmp_path)
    with sqlite3.connect(db) as conn:
        names = dict(conn.execute("SELECT code, name FROM areas").fetchall())
    # Three of area 11's five rows carry the region's label: the name is the area's own.
    assert names == {"11": "Greater Manchester", "4": "Yorkshire"}


def test_the_stages_and_case_types_staff_write_are_read(tmp_path: Path) -> None:
    db = _imported(tmp_path)
    with sqlite3.connect(db) as conn:  # "Seen by FCA" is the child seen column
        assert conn.execute("SELECT DISTINCT child_seen FROM cases").fetchall() == [(1,)]
    with sqlite3.connect(db) as conn:
        got = dict(conn.execute(
            "SELECT c.stage || '/' || c.case_type, 1 FROM cases c WHERE area_code = '11'"
        ).fetchall())  # fmt: skip
    assert set(got) == {
        "WAFH/SIO_PSO",  # Work after FHDRA, Spec Issue
        "CLOSED/CAO",  # Withdrawn
        "ISSUE/S31",  # Issued
        "WAFH/CAO",  # Sec 7
        "FHDRA/CAO",
    }
