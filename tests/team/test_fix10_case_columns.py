"""A case list with columns the organisation should not have sent (the child's name,
initials, date of birth, address, postcode, ethnicity), saved by Excel: a byte-order
mark, CRLF, quoted cells holding commas, a last row of empty cells, dates as Excel and
people write them ("3 Nov 2026", "03-Nov-26", "2026/11/03") and law types as lists
write them ("Public Law", "PL", "Private law (C100)", "S.31").  Nothing from the
personal columns is stored anywhere in the file; the import says which columns it
ignored and why, and what the name and date-of-birth columns were read for (session
10).  The list is written here by hand."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from store.store import Store
from tests.team.helpers import new_inspection, run

HEADER = ["Case ID", "Child ID", "Child's name", "Initials", "Date of birth", "Home address",
          "Postcode", "Ethnicity", "Law type", "Case type", "Stage", "Service area",
          "Start date", "End date"]  # fmt: skip
ROWS = [
    ["CF-10001", "K1", "Tyrone Bassett", "TB", "3 Nov 2016", "14 Ashdown Road, Penrith",
     "CA11 7QP", "White British", "Public Law", "S.31", "Final hearing",
     "Area 3 - North West", "2026/01/05", "2026/11/03"],
    ["CF-10002", "K2", "Maisie Crowther", "MC", "03-Nov-19", "Flat 2, 9 Kell Street, Carlisle",
     "CA1 2AB", "", "PL", "Care order (s31)", "IRH", "Area 3 - North West", "02-Feb-26", ""],
    ["CF-10003", "K3", "Oskar Lindqvist", "OL", "2018/06/21", "7 Mill Lane, Kendal", "LA9 4RT",
     "Mixed - White and Asian", "Private law (C100)", "Child arrangements", "FHDRA",
     "Area 3 - North West", "2026/03/11", ""],
    ["CF-10004", "K4", "Ruby-Jean Askew", "RA", "12 Jan 2015", '"The Old Forge", Brampton',
     "CA8 1TT", "", "Private law", "S.7", "WTFH", "Area 4 - North East", "2026/04/20", ""],
    ["CF-10005", "K5", "Dexter Ogunleye", "DO", "9 Sept 2020", "22 Lowther St, Workington",
     "CA14 2AA", "Black British", "S.31", "Care order", "CMH", "Area 4 - North East",
     "2026/05/01", ""],
    [""] * len(HEADER),  # Excel's last row of commas
]  # fmt: skip
PERSONAL = ["Ashdown Road", "Kell Street", "Old Forge", "Lowther St", "CA11 7QP",
            "CA14 2AA", "LA9 4RT", "White British", "Black British", "Mixed - White",
            "3 Nov 2016", "2016-11-03", "03-Nov-19", "2019-11-03", "2018/06/21", "2018-06-21",
            "CF-10001", "CF-10005"]  # fmt: skip


def _excel(path: Path, rows: list[list[str]]) -> Path:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    return path


@pytest.fixture
def imported(tmp_path: Path) -> tuple[Path, str]:
    db = new_inspection(tmp_path / "master.db", start="2026-11-16", end="2026-11-27")
    out = run("cases", "import", db, _excel(tmp_path / "list.csv", ROWS)).output
    return db, out


def _texts(db: Path) -> list[tuple[str, str]]:
    """Every text cell of every table (the versions' JSON included), with its table."""
    with Store.open(db):
        pass  # checkpointed on close: everything is in the main file
    conn = sqlite3.connect(db)
    out = []
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):  # noqa: S608 (our own names)
                out += [(table, v) for v in row if isinstance(v, str)]
    finally:
        conn.close()
    return out


def test_the_excel_list_imports_every_row(imported: tuple[Path, str]) -> None:
    db, out = imported
    assert "Imported 5 cases (0 already present)" in out
    cases = json.loads(run("cases", "list", db, "--json").output)
    laws = sorted(c["law_type_label"] for c in cases)
    assert laws == ["Private law", "Private law", "Public law", "Public law", "Public law"]
    assert sorted(c["case_type"] for c in cases) == ["CAO", "S31", "S31", "S31", "S7"]


def test_personal_columns_are_stored_nowhere(imported: tuple[Path, str]) -> None:
    db, _ = imported
    for table, text in _texts(db):
        for secret in PERSONAL:
            assert secret not in text, (secret, table)


def test_a_childs_name_is_kept_only_in_the_protected_names(imported: tuple[Path, str]) -> None:
    db, _ = imported
    where = {table for table, text in _texts(db) if "Bassett" in text}
    with Store.open(db) as store:
        names = {p.name for p in store.protected_names()}
    assert "Tyrone Bassett" in names
    assert where <= {"protected_names", "version"}  # the record and its version, nothing else
    cases = run("cases", "list", db, "--json").output
    assert "Bassett" not in cases and "Tyrone" not in cases


def test_the_import_names_the_columns_it_ignored_and_why(imported: tuple[Path, str]) -> None:
    _, out = imported
    assert (
        "Ignored, not stored: Initials, Home address, Postcode, Ethnicity (personal details a "
        "case list should not carry; a case holds a pseudonymous reference and an age band only)."
    ) in out
    assert (
        "Read, not stored with the case: Child's name only into the protected-names list the "
        "report check uses; Date of birth only to work out each child's age band."
    ) in out
    assert "Columns not read" not in out  # every column is accounted for


def test_pl_is_refused_where_the_case_type_does_not_say_which_law(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db", start="2026-11-16", end="2026-11-27")
    row = ["CF-10009", "K9", "", "", "", "", "", "", "PL", "Other", "", "Area 3", "", ""]
    out = run("cases", "import", db, _excel(tmp_path / "pl.csv", [row]), code=2).output
    assert "law type 'PL' may mean public law or private law" in out
    assert "nothing was imported" in out
