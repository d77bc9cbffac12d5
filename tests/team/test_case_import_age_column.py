"""A case list with an Age column as well as, or instead of, a date of birth (tester 31,
F18: "Columns not read: Age (names are read from a case name ...)" read as if the import
took the ages for names, and children whose row gave no date of birth had no age band
though the list said how old they were).  The age is read only where a row gives no date
of birth, for the age band; it is never stored.  The list is written here by hand, as a
performance team's export is: tab-separated, ages written "3 yrs", "14", "9 months"."""

from __future__ import annotations

from pathlib import Path

from store.models import CaseFilter
from store.store import Store
from tests.team.helpers import new_inspection, run

HEADER = ["CASE_NO", "CHILD_FORENAME", "CHILD_SURNAME", "DOB", "AGE", "PROCEEDINGS",
          "ORDER_TYPE", "SERVICE_AREA"]  # fmt: skip
ROWS = [
    ["HT-2201", "Idil", "Warsame", "2019-02-11T00:00:00", "7 yrs", "Public", "S31", "Newham"],
    ["HT-2202", "Kacper", "Nowak", "", "14", "Private", "CAO", "Newham"],
    ["HT-2203", "Tigist", "Haile", "", "9 months", "Public", "EPO", "Newham"],
    ["HT-2204", "Ayo", "Adeyemi-Cole", "", "3 yrs", "Private", "CAO", "Newham"],
    ["HT-2205", "Rahim", "Uddin", "", "", "Private", "CAO", "Newham"],
    ["HT-2206", "Elif", "Demir", "", "twelve", "Public", "S31", "Newham"],
]  # fmt: skip


def _list(path: Path) -> Path:
    lines = ["\t".join(HEADER), *("\t".join(r) for r in ROWS)]
    path.write_bytes(b"\xef\xbb\xbf" + ("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path


def test_an_age_column_gives_the_band_where_no_date_of_birth_does(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db", start="2026-11-16", end="2026-11-27")
    run("areas", "add", db, "3", "--name", "Newham", "--visited")
    out = " ".join(run("cases", "import", db, _list(tmp_path / "list.txt")).output.split())
    assert "Columns not read" not in out or "AGE" not in out.split("Columns not read")[1]
    assert "DOB, AGE only to work out each child's age band" in out
    with Store.open(db) as s:
        band = {c.id: s.case(c.id).age_band for c in s.case_rows(CaseFilter(), 0, 100)}
        bands = {
            n.name.split()[0]: band[n.case_id]
            for n in s.protected_names()
            if n.case_id and " " in n.name
        }
    assert bands == {
        "Idil": "5-9",  # from the date of birth: 7 at the start
        "Kacper": "14-15",
        "Tigist": "0-1",
        "Ayo": "2-4",
        "Rahim": "unknown",  # neither
        "Elif": "unknown",  # no age written in figures
    }
    stored = db.read_bytes()
    assert b"7 yrs" not in stored and b"9 months" not in stored  # read, never kept
