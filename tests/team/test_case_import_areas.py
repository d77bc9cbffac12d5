"""How organisations write the service area in a case list, as they really do: the
number before or after the name, in brackets, behind a region's initials, with a
leading zero; a later list naming the area only by its name; a map for the rest.  One
area is one area, however it is spelt: a split area would split its sample."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest

from store.caseareas import area_in
from tests.team.helpers import new_inspection, run, unchanged

HEADER = "Case No,Law,Type of case,Stage,Area\n"
FIRST = [  # one organisation's first list: each area spelt several ways
    ("NE/2291", "Private", "Child arrangements", "Issue & allocation", "Area 03 - South West"),
    ("NE/2292", "Private", "s.7", "FHDRA", "SW / Area 3"),
    ("NE/2293", "Public", "Care order (s31)", "Issue and allocation", "3"),
    ("NE/2294", "Public", "Section 31 Care Order", "IRH", "Greater London North (Area 15b)"),
    ("NE/2295", "Private", "Section 7 Report", "WTFH", "15B"),
    ("NE/2296", "Private", "Specific Issue / Prohibited Steps", "", "Service Area 08: Yorkshire"),
    ("NE/2297", "Public", "Emergency Protection Order", "", "Yorkshire (8)"),
]


def _write(path: Path, rows: Sequence[tuple[str, ...]]) -> Path:
    path.write_text(HEADER + "".join(",".join(f'"{c}"' for c in r) + "\n" for r in rows),
                    encoding="utf-8")  # fmt: skip
    return path


@pytest.mark.parametrize(("cell", "code", "name"), [
    ("Area 6 - London South", "6", "London South"),
    ("Greater London North (Area 15b)", "15b", "Greater London North"),
    ("SW / Area 3", "3", "SW"),
    ("Area 03 - South West", "3", "South West"),
    ("06", "6", ""),
    ("London South 6", "6", "London South"),
    ("London South (6)", "6", "London South"),
    ("Region 4 North East", "4", "North East"),
    ("Service area no. 12: Yorkshire and Humber", "12", "Yorkshire and Humber"),
])  # fmt: skip
def test_an_area_cell_gives_its_number_and_name(cell: str, code: str, name: str) -> None:
    assert area_in(cell) == (code, name)


@pytest.mark.parametrize("cell", ["South West", "", "n/a"])
def test_a_cell_without_a_number_gives_none(cell: str) -> None:
    assert area_in(cell) is None


def test_each_area_is_one_area_however_it_is_spelt(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db")
    out = run("cases", "import", db, _write(tmp_path / "first.csv", FIRST)).output
    assert "Imported 7 cases" in out, out
    assert "new areas 3 (South West), 8 (Yorkshire), 15b (Greater London North)" in out, out
    areas = {a["code"]: a["name"] for a in json.loads(run("areas", "list", db, "--json").output)}
    assert areas == {"3": "South West", "8": "Yorkshire", "15b": "Greater London North"}
    listed = json.loads(run("cases", "list", db, "--json").output)
    assert Counter(c["area"] for c in listed) == {"3": 3, "15b": 2, "8": 2}
    assert Counter(c["stage"] for c in listed)["ISSUE"] == 2  # "&" is "and"
    table = run("cases", "list", db).output.splitlines()[:-1]
    assert len(table) == 7 and all(" not sampled " in line for line in table), table

    # A later list: the same areas with a leading zero, by name only, by initials (read
    # on any list as on the first: tester 20, F4), and said.
    later = [
        ("NE/2301", "Private", "s7", "FHDRA", "Area 08"),
        ("NE/2302", "Private", "s7", "FHDRA", "greater london north"),
        ("NE/2303", "Private", "s7", "FHDRA", "SW"),
    ]
    path = _write(tmp_path / "later.csv", later)
    said = run("cases", "import", db, path).output
    assert "Imported 3 cases" in said, said
    assert "its name's words shortened): 'SW' (1 row) as area 3;" in said, said
    assert "Area 08" not in said and "greater london north" not in said
    listed = json.loads(run("cases", "list", db, "--json").output)
    assert Counter(c["area"] for c in listed) == {"3": 4, "15b": 3, "8": 3}
    # The command line reads an area as the import does: "Area 08" is area 8.
    assert "visited now: 8" in run("areas", "visit", db, "Area 08").output
    assert {a["code"] for a in json.loads(run("areas", "list", db, "--json").output)} == {
        "3", "8", "15b"
    }  # fmt: skip


def test_an_area_the_master_does_not_know_is_refused_by_its_number(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db")
    run("cases", "import", db, _write(tmp_path / "first.csv", FIRST[:3]))
    path = _write(tmp_path / "next.csv", [("NE/2400", "Private", "s7", "", "Area 011 - Wessex")])
    with unchanged(db):
        said = run("cases", "import", db, path, code=2).output
    assert "1 row (line 2): unknown area '11' (the areas are 3;" in said
    assert "1 of 1 row in" in said and "has problems" in said


def _rows(prefix: str, area_cells: Sequence[str]) -> list[tuple[str, ...]]:
    return [(f"{prefix}/{n:04d}", "Private", "s.7", "FHDRA", cell)
            for n, cell in enumerate(area_cells)]  # fmt: skip


def test_an_area_is_named_as_most_rows_name_it_and_a_lone_area_is_refused(
    tmp_path: Path,
) -> None:
    """The first list names the areas: each takes the name most of its rows give it, in
    capitals only where every row shouts; an area one row alone names, where the others
    have several, is a typing slip until the lead says otherwise."""
    cells = (
        ["SW / Area 3"] + ["Devon and Cornwall (Area 3)"] * 5
        + ["Area 06 - LONDON SOUTH"] + ["Area 6 - London South"] * 4 + ["6"]
        + ["Cheshire & Merseyside (Area 9)"] * 6
        + ["Area 22 - Nowhere"]
    )  # fmt: skip
    db = new_inspection(tmp_path / "master.db")
    path = _write(tmp_path / "list.csv", _rows("CM", cells))
    with unchanged(db):
        said = run("cases", "import", db, path, code=2).output
    assert "1 row (line 20): area 22 is named by this row only" in said, said
    assert "'fieldwork areas add'" in said
    out = run("cases", "import", db, path, "--skip-bad").output
    assert "Imported 18 cases" in out, out
    assert "new areas 3 (Devon and Cornwall), 6 (London South), 9 (Cheshire & Merseyside)" in out
    areas = {a["code"]: a["name"] for a in json.loads(run("areas", "list", db, "--json").output)}
    assert areas == {"3": "Devon and Cornwall", "6": "London South", "9": "Cheshire & Merseyside"}
    # Added first, the same area is a known one and its row is taken.
    run("areas", "add", db, "22", "--name", "Wessex")
    assert "Imported 1 case (18 already present)" in run("cases", "import", db, path).output


def test_a_small_list_keeps_an_area_with_one_case(tmp_path: Path) -> None:
    """A list of a few cases per area may well have an area with one: nothing refused."""
    cells = ["Area 3 - South West", "Area 3 - South West", "Area 8 - Yorkshire", "Area 11 - Wessex"]
    db = new_inspection(tmp_path / "master.db")
    out = run("cases", "import", db, _write(tmp_path / "list.csv", _rows("SM", cells))).output
    assert "new areas 3 (South West), 8 (Yorkshire), 11 (Wessex)" in out, out
