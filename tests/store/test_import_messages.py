"""What `cases import`, `cases list` and `cases match` tell a lead (a new lead's findings:
"date of birth is not a date" without the value; "3 rows gave no stage" where 14 were
blank, the others quietly taken as Closed; `cases match --json` saying `national` where
`cases list` says "not sampled").  The case list is written here by hand."""

from __future__ import annotations

import json
from pathlib import Path

from store.framework import load_framework
from store.store import Store
from tests.team.helpers import run

HEADER = "Case No,Child ID,First name,Surname,Mother,DOB,Law type,Order type,Area,Stage,End date"
ROWS = [
    "CAF-5001,CH1,Kayden,Whitlock,Joanne Whitlock,2012-03-04,private law,s7,Area 3,Final hearing,",
    "CAF-5002,CH2,Amira,Brennan,Stacey Brennan,2015-07-19,private,s7,Area 3,,21/10/2026",
    "CAF-5003,CH3,Tyler,Thwaite,Gemma Thwaite,2016-01-30,private law,s7,Area 3,,2026-09-01",
    "CAF-5004,CH4,Lacey,Dobbs,Nadia Dobbs,2013-11-02,public law,care order,Area 3,,",
    "CAF-5005,CH5,Rhys,Garside,Kim Garside,2011-05-05,private law,s7,Area 3,WAFH,",
]
BAD_DOB = "CAF-5006,CH6,Maisie,Lister,Jo Lister,31/02/2015,public law,care order,Area 3,,"


def _new(tmp_path: Path) -> Path:
    db = tmp_path / "lead.db"
    Store.create(db, load_framework("cafcass-2018"), title="Fenland visit",
                 lead="Helen Marsh", start_date="2026-11-30").close()  # fmt: skip
    return db


def _list(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "cases.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def test_a_bad_date_of_birth_is_shown_with_its_row(tmp_path: Path) -> None:
    db = _new(tmp_path)
    out = run("cases", "import", db, _list(tmp_path, [*ROWS, BAD_DOB]), code=2).output
    assert "1 row (line 7): date of birth is not a date: '31/02/2015'" in out


def test_rows_without_a_stage_are_counted_with_what_was_assumed(tmp_path: Path) -> None:
    db = _new(tmp_path)
    out = run("cases", "import", db, _list(tmp_path, ROWS)).output
    assert (
        "3 rows gave no stage: 2 with an end date were taken as Closed and 1 without one "
        "starts at its law type's first stage"
    ) in out
    stages = sorted(c["stage"] for c in json.loads(run("cases", "list", db, "--json").output))
    assert stages.count("CLOSED") == 2


def test_sample_marks_read_alike_in_list_and_match(tmp_path: Path) -> None:
    db = _new(tmp_path)
    csv = _list(tmp_path, ROWS)
    run("cases", "import", db, csv)
    listed = json.loads(run("cases", "list", db, "--json").output)
    matched = json.loads(run("cases", "match", db, csv, "--json").output)
    assert {(c["sample"], c["sample_label"]) for c in listed} == {("national", "not sampled")}
    assert {(r["sample"], r["sample_label"]) for r in matched} == {("national", "not sampled")}
    table = run("cases", "list", db).output
    text = run("cases", "match", db, csv).output
    assert table.count("not sampled") == 5 and text.count("not sampled") == 5
    assert "national" not in table and "national" not in text
