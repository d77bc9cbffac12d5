"""A first case list that writes one area three ways, 'Area 3 South West' on some rows,
'South West' or 'SW' on others (tester 15, F2: 197 of 355 rows refused, 24 map lines
written by hand): the rows giving the number teach the name, so the rows giving the
name or its initials alone are read as that area, and the import says which it read so.
A name two areas share, or initials two names share, is still refused.  The lists are
written here by hand."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from tests.team.helpers import new_inspection, run, unchanged

HEADER = "Case Reference,Service Area,Law,Order sought,Current stage\n"


def rows(*areas: str) -> str:
    return "".join(f"SW/26/{n:04d},{a},Private,Child arrangements,1st hrg\n"
                   for n, a in enumerate(areas, 1))  # fmt: skip


def test_names_and_initials_are_read_by_the_numbered_rows(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db")
    listed = tmp_path / "list.csv"
    listed.write_text(HEADER + rows(
        "Area 3 South West", "Area 3 South West", "South West", "SW", "SW",
        "Area 7 West Midlands", "West Midlands", "WM", "Area 12 North East", "Area 12 North East",
        "North East", "NE",
    ), encoding="utf-8")  # fmt: skip
    out = run("cases", "import", db, listed).output
    assert "Imported 12 cases" in out, out
    assert ("Read as an area named another way (by the number other rows give it, its "
            "initials, or its name's words shortened): 'NE' (1 row) as "
            "area 12; 'North East' (1 row) as area 12; 'SW' (2 rows) as area 3; 'South West' "
            "(1 row) as area 3; 'WM' (1 row) as area 7; 'West Midlands' (1 row) as area 7; "
            "check these") in out  # fmt: skip
    cases = json.loads(run("cases", "list", db, "--json").output)
    assert Counter(c["area"] for c in cases) == {"3": 5, "7": 3, "12": 4}
    areas = run("areas", "list", db).output
    assert "South West" in areas and "West Midlands" in areas


def test_initials_two_areas_share_are_still_refused(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db")
    listed = tmp_path / "list.csv"
    listed.write_text(HEADER + rows(
        "Area 3 South West", "Area 3 South West", "Area 9 South Wales", "Area 9 South Wales",
        "SW",
    ), encoding="utf-8")  # fmt: skip
    with unchanged(db):
        said = run("cases", "import", db, listed, code=2).output
    assert "1 row (line 6): no service area number in 'SW'" in said


def test_shortened_names_are_read_where_one_area_fits(tmp_path: Path) -> None:
    """'Yorks' and 'W Mids' name one area each; 'Mids' fits both Midlands and 'E' is a
    letter alone: those two are refused, with their rows, and nothing is imported (tester
    15: 'Yorks', 'Mids' and 'E' needed a map)."""
    db = new_inspection(tmp_path / "master.db")
    listed = tmp_path / "list.csv"
    numbered = ("Area 12 Yorkshire and the Humber", "Area 7 West Midlands",
                "Area 8 East Midlands", "Area 5 East of England")  # fmt: skip
    listed.write_text(HEADER + rows(*numbered, "Yorks", "Yorks", "W Mids", "Mids", "E"),
                      encoding="utf-8")  # fmt: skip
    with unchanged(db):
        said = run("cases", "import", db, listed, code=2).output
    assert "2 rows (lines 9, 10): no service area number in 'Mids', 'E'" in said, said
    assert "Yorks" not in said and "W Mids" not in said
    listed.write_text(HEADER + rows(*numbered, "Yorks", "Yorks", "W Mids"), encoding="utf-8")
    out = run("cases", "import", db, listed).output
    assert "'W Mids' (1 row) as area 7; 'Yorks' (2 rows) as area 12; check these" in out, out
    cases = json.loads(run("cases", "list", db, "--json").output)
    assert Counter(c["area"] for c in cases) == {"12": 3, "7": 2, "8": 1, "5": 1}


def test_a_later_list_reads_a_shortened_name_of_an_area_already_named(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db")
    run("areas", "add", db, "4", "--name", "Gloucestershire and Wiltshire", "--visited")
    run("areas", "add", db, "6", "--name", "Nottinghamshire", "--visited")
    listed = tmp_path / "list.csv"
    listed.write_text(HEADER + rows("Glos & Wilts", "Notts", "Area 4"), encoding="utf-8")
    out = run("cases", "import", db, listed).output
    assert "'Glos & Wilts' (1 row) as area 4; 'Notts' (1 row) as area 6" in out, out
    cases = json.loads(run("cases", "list", db, "--json").output)
    assert Counter(c["area"] for c in cases) == {"4": 2, "6": 1}


def test_the_area_every_word_of_the_cell_names_is_taken(tmp_path: Path) -> None:
    """'Mids' beside areas named Midlands and West Midlands is Midlands (the cell gives
    all its words); 'E' beside East is East (a letter alone, for a name of one word)."""
    db = new_inspection(tmp_path / "master.db")
    listed = tmp_path / "list.csv"
    listed.write_text(HEADER + rows(
        "Area 4 Midlands", "Area 10 West Midlands", "Area 5 East", "Area 1 North East",
        "Mids", "E", "W Mids",
    ), encoding="utf-8")  # fmt: skip
    out = run("cases", "import", db, listed).output
    assert "'E' (1 row) as area 5; 'Mids' (1 row) as area 4; 'W Mids' (1 row) as area 10" in out
    cases = json.loads(run("cases", "list", db, "--json").output)
    assert Counter(c["area"] for c in cases) == {"4": 2, "10": 2, "5": 2, "1": 1}
