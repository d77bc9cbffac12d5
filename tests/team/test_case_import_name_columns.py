"""The children's names on a case list are protected whatever the column is called
(tester 15, F3: a list headed `Child` holding `Forename Surname` imported with "0 names
added to the protected list", said only as "Columns not read: Child").  `Child` and the
headings like it are read as names; a column of names under a heading that speaks of
a child or a name, which the import does not know, is refused with what to rename it
to, and nothing is imported; any other column of names (staff) is said, so a column of
parties under an odd heading shows.  The lists, as "Unicode Text" (UTF-16, tabs), are
written here by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.store import Store
from tests.team.helpers import new_inspection, refused, run, unchanged

ROWS = [
    ["WM/26/0412", "Maisie-Rose Atkinson", "Area 4 West Midlands", "Private", "C100", "Dev Patel", "Helen Ward"],
    ["WM/26/0413", "Oliver James Brennan", "Area 4 West Midlands", "Public", "S31 care", "Sue Wong", "Helen Ward"],
    ["WM/26/0414", "Zara O'Neill", "Area 4 West Midlands", "Private", "CAO", "Dev Patel", "Alan Price"],
    ["WM/26/0415", "Kai Whitmore-Lang", "Area 4 West Midlands", "Public", "EPO", "Ana Lima", "Alan Price"],
]  # fmt: skip
CHILDREN = {"Maisie-Rose Atkinson", "Oliver James Brennan", "Zara O'Neill", "Kai Whitmore-Lang"}


def write(path: Path, header: list[str], rows: list[list[str]] = ROWS) -> Path:
    text = "\r\n".join("\t".join(cells) for cells in [header, *rows]) + "\r\n"
    path.write_bytes(text.encode("utf-16"))
    return path


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = new_inspection(tmp_path / "master.db", start="2026-11-23", end="2026-12-18")
    run("areas", "add", path, "4", "--name", "West Midlands", "--visited")
    return path


def protected(db: Path) -> set[str]:
    with Store.open(db) as store:
        return {p.name for p in store.protected_names()}


def test_a_column_headed_child_is_read_as_the_childrens_names(db: Path, tmp_path: Path) -> None:
    header = ["Case Reference", "Child", "Service Area", "Law", "Order sought", "Allocated FCA",
              "Team manager"]  # fmt: skip
    out = run("cases", "import", db, write(tmp_path / "list.txt", header)).output
    assert "Imported 4 cases" in out, out
    assert "4 names added to the protected list" in out, out
    assert protected(db) >= CHILDREN
    assert "Child only into the protected-names list" in out
    assert "Read 'C100' (1 row) as a child arrangements order" in out
    # The practitioner is read as such (never protected); a manager's column is said.
    assert "Allocated FCA" not in out
    assert ("Column 'Team manager' holds people's names and was not read (staff are not "
            "protected)") in out  # fmt: skip
    assert not {"Dev Patel", "Helen Ward"} & protected(db)


def test_names_under_an_unknown_childs_heading_are_refused(db: Path, tmp_path: Path) -> None:
    header = ["Case Reference", "Name of young person", "Service Area", "Law", "Order sought",
              "Allocated FCA", "Team manager"]  # fmt: skip
    listed = write(tmp_path / "list.txt", header)
    with unchanged(db):
        line = refused("cases", "import", db, listed)
    assert "column 'Name of young person' holds people's names" in line
    assert "rename it 'Child name'" in line and "nothing was imported" in line


def test_a_list_with_no_names_at_all_imports_and_says_nothing_of_names(
    db: Path, tmp_path: Path
) -> None:
    header = ["Case Reference", "Service Area", "Law", "Order sought"]
    rows = [[r[0], r[2], r[3], r[4]] for r in ROWS]
    out = run("cases", "import", db, write(tmp_path / "list.txt", header, rows)).output
    assert "Imported 4 cases" in out and "holds people's names" not in out


def test_a_column_of_courts_is_no_column_of_names(db: Path, tmp_path: Path) -> None:
    header = ["Case Reference", "Child", "Service Area", "Law", "Order sought", "Name of venue"]
    courts = ["Birmingham Family Court", "Wolverhampton Family Court", "Coventry Combined Court",
              "Birmingham Family Court"]  # fmt: skip
    rows = [[*r[:5], c] for r, c in zip(ROWS, courts, strict=True)]
    out = run("cases", "import", db, write(tmp_path / "list.txt", header, rows)).output
    assert "Imported 4 cases" in out and "holds people's names" not in out, out


@pytest.mark.parametrize(
    ("cell", "code"),
    [("C100", "CAO"), ("c100 ", "CAO"), ("C100 Prohibited steps", "SIO_PSO"),
     ("Secure accomm.", "S25"), ("Sec 31", "S31"), ("S31 care", "S31"), ("Placement", "PLACEMENT"),
     ("Leave to remove", "LEAVE_REMOVE"), ("EPO", "EPO_CAO"), ("SGO", "OTHER")],
)  # fmt: skip
def test_case_types_as_practitioners_type_them(cell: str, code: str) -> None:
    from store.casevocab import Vocabulary
    from store.framework import load_framework

    assert Vocabulary.load(load_framework("cafcass-2021")).case_type(cell) == code
