"""A case list as an older case management system saves it (Windows-1252, CRLF): no law
type column but a "Case Category" of "Private Law - CAO", the children of a case in one
cell ("SMITH, Zoë; SMITH, Lukasz") with their dates of birth in another, the parties
likewise, a "Service Area" column with staff's shortenings ("N'hampton"), and a "Received"
date.  Each is read, and said; nothing needs a map.  Written by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.store import Store
from tests.team.helpers import run

HEADER = "Ref No,Service Area,Case Category,Child(ren),DOB(s),Worker,Local Authority,Other Parties,Received,Closed\r\n"
ROWS = (
    '40211/25,Northants,Private Law - CAO,"SMITH, Zoë; SMITH, Lukasz","11/09/22; 03/04/15",'
    'J. Patel,,"Mr Dale Smith (F); Ms Kerry Jones (M)",14/02/25,\r\n'
    "40212/25,N'hampton,Public Law - Care,\"O'BRIEN, Siân\",22/12/21,A Kowalski,"
    "West Northamptonshire Council,Harrison Clarke LLP,01/03/25,30/09/25\r\n"
    '40213/25,Leics,Private law: S8,"PRICE, Tyler",07/07/12,J. Patel,,'
    '"PRICE, Anne-Marie (Mother); PRICE, Brian (Father); Hughes & Co Solicitors",05/05/25,\r\n'
    '40214/25,Rutland,PLO - Supervision,"NOWAK, Amelia",30/01/24,A Kowalski,'
    "North Northamptonshire Council,,12/06/25,\r\n"
    '40215/25,Northants,Care order,"HUSSAIN, Idris",15/10/19,R Begum,'
    "North Northamptonshire Council,,02/07/25,\r\n"
)
TOTALS = ",,,,,,,,,\r\nTotal: 5 cases,,,,,,,,,\r\n"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "master.db"
    run("new", path, "--framework", "cafcass-2013", "--title", "Midlands visit",
        "--lead", "Lee Anders", "--start", "2026-11-30", "--end", "2026-12-18")  # fmt: skip
    run("areas", "add", path, "4", "--name", "Northamptonshire")
    run("areas", "add", path, "5", "--name", "Leicestershire and Rutland")
    return path


def _listed(tmp_path: Path, rows: str = ROWS) -> Path:
    path = tmp_path / "open_cases.csv"
    path.write_bytes((HEADER + rows + TOTALS).encode("cp1252"))
    return path


def test_law_type_from_the_category_and_every_child_of_a_row_protected(
    db: Path, tmp_path: Path
) -> None:
    out = run("cases", "import", db, _listed(tmp_path)).output
    assert "Imported 6 cases" in out, out
    assert "No column is headed case type: 'Case Category' was read as the case type" in out
    assert "The law type of 6 new cases was read from the case type, as its row gives none" in out
    assert "'Northants' (3 rows) as area 4" in out and '"N\'hampton" (1 row) as area 4' in out
    assert "Received" not in out.split("Columns not read:")[-1], out  # read as the start date
    cases = json.loads(run("cases", "list", db, "--json").output)
    with Store.open(db) as store:
        names = {(p.name, p.category) for p in store.protected_names()}
    assert sorted(c["area"] for c in cases) == ["4", "4", "4", "4", "5", "5"]
    laws = sorted((c["law_type"], c["case_type"]) for c in cases)
    assert laws == [("PRIVATE", "CAO")] * 3 + [("PUBLIC", "S31")] * 3
    for child in ("Zoë Smith", "Lukasz Smith", "Siân O'Brien", "Tyler Price", "Idris Hussain"):
        assert (child, "child") in names, sorted(names)
    for parent in ("Mr Dale Smith", "Ms Kerry Jones", "Anne-Marie Price", "Brian Price"):
        assert (parent, "parent") in names, sorted(names)
    # A firm of solicitors is no person (tester 26, F14: "Co Solicitors" was a parent).
    assert not any("Hughes" in name or "Solicitors" in name for name, _ in names)
    assert not any(";" in name for name, _ in names), sorted(names)
    assert not any("Council" in name or "LLP" in name for name, _ in names)


def test_a_row_naming_several_children_gives_each_a_case_of_their_own(
    db: Path, tmp_path: Path
) -> None:
    """Lukasz (born September 2022) is listed before Zoë (born April 2015) in one row:
    each is a case of their own with their own age band, linked as one family, as a
    system writing a row per child would have given them (tester 26, F1)."""
    out = run("cases", "import", db, _listed(tmp_path)).output
    said = (
        "1 row named several children in one cell, with their dates of birth in the same "
        "order: each child was read as a row of its own"
    )
    assert said in " ".join(out.split()), out
    assert "1 case number is given to more than one child (2 children)" in out, out
    cases = json.loads(run("cases", "list", db, "--json").output)
    private = sorted(c["age_band"] for c in cases if c["law_type"] == "PRIVATE")
    assert private == ["10-13", "14-15", "2-4"]  # Zoë, Tyler Price (born 2012), Lukasz
    smiths = [c for c in cases if c["siblings"]]
    assert len(smiths) == 2 and {c["siblings"][0] for c in smiths} == {c["ref"] for c in smiths}


def test_a_problem_on_a_second_child_names_the_row_as_the_file_numbers_it(
    db: Path, tmp_path: Path
) -> None:
    rows = ROWS.replace('"11/09/22; 03/04/15"', '"11/09/22; 31/02/15"')
    out = run("cases", "import", db, _listed(tmp_path, rows), code=2).output
    assert "1 row (line 2): date of birth '31/02/15': no such day" in out, out
    # The file's five rows, not its six children; both children bad are still one row.
    assert f"1 of 5 rows in {tmp_path / 'open_cases.csv'} has problems" in out, out
    rows = ROWS.replace('"11/09/22; 03/04/15"', '"31/09/22; 31/02/15"')
    out = run("cases", "import", db, _listed(tmp_path, rows), code=2).output
    assert f"1 of 5 rows in {tmp_path / 'open_cases.csv'} has problems" in out, out


def test_a_row_whose_children_and_dates_do_not_match_is_left_whole_and_refused(
    db: Path, tmp_path: Path
) -> None:
    rows = ROWS.replace('"11/09/22; 03/04/15"', '"11/09/22; 03/04/15; 19/01/18"')
    out = run("cases", "import", db, _listed(tmp_path, rows), code=2).output
    assert "1 row (line 2): date of birth '11/09/22; 03/04/15; 19/01/18'" in out, out
    assert "nothing was imported" in out


def test_a_category_that_does_not_say_the_law_is_refused_with_what_to_write(
    db: Path, tmp_path: Path
) -> None:
    """Special guardianship is made in either law: with no law type anywhere on the row,
    the import cannot know it, and says so; nothing is imported."""
    rows = ROWS + '40216/25,Leics,Special guardianship,"LEE, Ava",01/01/20,R Begum,,,03/07/25,\r\n'
    said = run("cases", "import", db, _listed(tmp_path, rows), code=2).output
    assert (
        "no law type given, and case type Other application may be private law, public law, adoption or other"
        in said
    ), said
    assert "write the law type in a Law type column, or before the case type" in said, said
    assert "nothing was imported" in said
    with Store.open(db) as store:
        assert store.count_cases() == 0


def test_a_repeated_row_of_siblings_is_one_row_skipped(db: Path, tmp_path: Path) -> None:
    """A row naming two children, given twice: one row of the file repeats another, said
    once with its line (tester 26's re-test: 'lines 2760, 2760')."""
    first = ROWS.splitlines(keepends=True)[0]
    out = run("cases", "import", db, _listed(tmp_path, ROWS + first)).output
    assert "skipped 1 row that repeats an earlier row cell for cell (line 7)" in out, out
