"""A case management system's export read as it comes (tester 12, F1, F3, F4): a law
type column headed "Case Category" is read by its cells and said (or named in the
refusal when it is not plain which column it is); areas named only by name on the first
list are refused with the way through (`areas add` first); enforcement, leave to remove
and other common private law applications are read as the framework's case types or as
Other application, and said.  The lists are written by hand here."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tests.team.helpers import new_inspection, refused, run, unchanged

HEADER = '"Case Number","Service Area","Case Category","Order Type","Child Name","Child DOB"'
ROWS = [
    '"CF-800101","Area 4","Public Law","Care Order (s31)","Riley Brennan-Hart","2015-09-11 00:00:00"',
    '"CF-800102","Area 4","Private Law","Child Arrangements Order","Amelia Fraser","2021-10-19 00:00:00"',
    '"CF-800103","Area 4","Private Law","Child Arrangements Order, Enforcement","Noah O\'Brien","2017-02-03 00:00:00"',
    '"CF-800104","Area 4","Private Law","Enforcement","Isla Kowalski","2016-07-08 00:00:00"',
    '"CF-800105","Area 4","Private Law","Temporary leave to remove from the UK","Ava Chen","2019-12-01 00:00:00"',
    '"CF-800106","Area 4","Private Law","Leave to remove","Jack Reid","2014-03-03 00:00:00"',
    '"CF-800107","Area 4","Private Law","Variation of Child Arrangements Order","Ben Osei","2013-01-20 00:00:00"',
    '"CF-800108","Area 4","Private Law","Parental Responsibility","Zara Khan","2020-05-05 00:00:00"',
    '"CF-800109","Area 4","Public Law","Special Guardianship Order","Lily Ward","2018-08-08 00:00:00"',
]  # fmt: skip


def write(path: Path, header: str, rows: list[str]) -> Path:
    path.write_bytes(("\ufeff" + "\r\n".join([header, *rows]) + "\r\n").encode("utf-8"))
    return path


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return new_inspection(tmp_path / "master.db")


def kinds(db: Path) -> Counter[tuple[str, str]]:
    cases = json.loads(run("cases", "list", db, "--json").output)
    return Counter((c["law_type"], c["case_type"]) for c in cases)


def test_a_case_category_of_law_types_is_read_and_said(db: Path, tmp_path: Path) -> None:
    out = run("cases", "import", db, write(tmp_path / "list.csv", HEADER, ROWS)).output
    assert "Imported 9 cases" in out
    assert ("No column is headed law type: 'Case Category' was read as the law type, as its "
            "cells are law types (rename it Law type to say so).") in out  # fmt: skip
    assert kinds(db) == Counter({
        ("PUBLIC", "S31"): 1, ("PRIVATE", "CAO"): 2, ("PRIVATE", "OTHER"): 3,
        ("PRIVATE", "LEAVE_REMOVE"): 2, ("PUBLIC", "OTHER"): 1,
    })  # fmt: skip
    assert ("Read as Other application, which fits every law type, as no case type of the "
            "framework names them: 'Child Arrangements Order, Enforcement' (1 row), "
            "'Enforcement' (1 row), 'Parental Responsibility' (1 row), 'Special Guardianship "
            "Order' (1 row); they are sampled with the cases of the law their rows give.") in out  # fmt: skip


def test_two_columns_of_law_types_are_named_not_guessed(db: Path, tmp_path: Path) -> None:
    header = HEADER.replace('"Order Type"', '"Jurisdiction","Order Type"')
    rows = [r.replace('Law","', 'Law","' + r.split('","')[2].split()[0] + '","') for r in ROWS]
    path = write(tmp_path / "list.csv", header, rows)
    with unchanged(db):
        said = refused("cases", "import", db, path)
    assert ("has no column for law type (a heading such as Law type or Proceedings); line 1 "
            "has: Case Number, Service Area, Case Category, Jurisdiction, Order Type, Child "
            "Name, Child DOB; 'Case Category' and 'Jurisdiction' each hold law types: rename "
            "the one the list means Law type.") in said  # fmt: skip


def test_a_column_mostly_of_law_types_is_named(db: Path, tmp_path: Path) -> None:
    rows = [*ROWS[:5], *(r.replace("Private Law", "C100") for r in ROWS[5:])]
    with unchanged(db):
        said = refused("cases", "import", db, write(tmp_path / "list.csv", HEADER, rows))
    assert "'Case Category' holds law types in 67% of its cells: rename it Law type and " \
           "correct the others." in said  # fmt: skip


def test_a_column_of_case_types_is_named_not_read(db: Path, tmp_path: Path) -> None:
    header = HEADER.replace('"Case Category"', '"Law type"').replace('"Order Type"', '"Outcome"')
    with unchanged(db):
        said = refused("cases", "import", db, write(tmp_path / "list.csv", header, ROWS))
    assert ("has no column for case type (a heading such as Case type, Order type or "
            "Application)") in said  # fmt: skip
    assert ("'Outcome' holds case types: if it gives the application the case is about (not "
            "an order made), map it with --map (a line 'column,Outcome,case type'), leaving the "
            "organisation's file as it is, or rename it Case type.") in said  # fmt: skip


def test_areas_by_name_on_the_first_list_say_to_add_them_first(db: Path, tmp_path: Path) -> None:
    rows = [r.replace("Area 4", "Avon & Somerset") for r in ROWS[:2]]
    rows.append(ROWS[2].replace("Area 4", "Yorkshire and Humber West"))
    path = write(tmp_path / "list.csv", HEADER, rows)
    with unchanged(db):
        out = run("cases", "import", db, path, code=2).output
    assert ("3 rows (lines 2, 3, 4): no service area number in 'Avon & Somerset', 'Yorkshire "
            "and Humber West' (write the area's number in the cell, map it with --map, or add "
            "the areas first with 'fieldwork areas add DB CODE --name NAME', so that their "
            "names are read)") in out  # fmt: skip
    run("areas", "add", db, "2", "--name", "Avon and Somerset")
    run("areas", "add", db, "5", "--name", "Yorkshire and Humber West")
    assert "Imported 3 cases" in run("cases", "import", db, path).output
    cases = json.loads(run("cases", "list", db, "--json").output)
    assert Counter(c["area"] for c in cases) == Counter({"2": 2, "5": 1})
