"""Area cells as one organisation's regions write them (tester 11): 'R3', 'Reg 6',
'Region 15a London North (Enfield)', 'SW / Area 3'.  The number is read, the name keeps
its brackets, a longer spelling wins over a bare abbreviation, and the import says
which names were taken and how to rename one.  The lists are written by hand here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.caseareas import area_in, area_name
from tests.team.helpers import new_inspection, run

HEADER = "Case Ref;Region;Proceedings;Application;Current Stage\r\n"


@pytest.mark.parametrize(("cell", "code", "name"), [
    ("R3", "3", ""),
    ("r12", "12", ""),
    ("R06 London South", "6", "London South"),
    ("Reg 3", "3", ""),
    ("Reg. 9 West Midlands", "9", "West Midlands"),
    ("Region 15a London North (Enfield)", "15a", "London North (Enfield)"),
    ("Region 15b - London North [Barnet]", "15b", "London North [Barnet]"),
    ("London North (Enfield) (Area 15a)", "15a", "London North (Enfield)"),
    ("Greater London North (Area 15b)", "15b", "Greater London North"),
])  # fmt: skip
def test_a_regions_cell_gives_its_number_and_a_name_with_its_brackets(
    cell: str, code: str, name: str
) -> None:
    assert area_in(cell) == (code, name)


def test_a_spelling_in_words_names_the_area_before_an_abbreviation() -> None:
    from collections import Counter

    assert area_name(Counter({"SW": 9, "South West": 1})) == "South West"
    assert area_name(Counter({"SW": 3})) == "SW"  # kept when no row spells it out
    assert area_name(Counter({"KENT": 2, "Kent": 1})) == "Kent"


def test_r_numbers_are_read_and_names_are_whole(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db", start="2026-11-09", end="2026-12-04")
    rows = [
        "LN/1;R3;Private;s.8 C100;1st hrg", "LN/2;SW / Area 3;Public law;S31 care;IRH",
        "LN/3;Region 15a London North (Enfield);Private;s.8 C100;1st hrg",
        "LN/4;Region 15a London North (Enfield);Public law;S31 care;IRH",
        "LN/5;Region 15b London North (Barnet);Private;s.8 C100;1st hrg",
        "LN/6;R6;Private;s.8 C100;1st hrg", "LN/7;Reg 6 London South;Public law;EPO;IRH",
        "LN/8;R12;Private;s.8 C100;1st hrg",
    ]  # fmt: skip
    listed = tmp_path / "caselist.csv"
    listed.write_bytes((HEADER + "\r\n".join(rows) + "\r\n").encode("cp1252"))
    out = run("cases", "import", db, listed).output
    assert "Imported 8 cases" in out, out
    areas = {a["code"]: a["name"] for a in json.loads(run("areas", "list", db, "--json").output)}
    assert areas == {"3": "SW", "6": "London South", "12": "Area 12",
                     "15a": "London North (Enfield)", "15b": "London North (Barnet)"}  # fmt: skip
    said = next(line for line in out.splitlines() if line.startswith("The new areas"))
    assert "3 ('SW') is named only by an abbreviation" in said
    assert "12 has no name in the list" in said
    assert f"fieldwork areas rename {db} AREA --name TEXT" in said
    run("areas", "rename", db, "3", "--name", "South West")  # the way it says works


def test_a_cell_with_a_number_not_read_is_not_said_to_have_none(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db")
    listed = tmp_path / "caselist.csv"
    listed.write_text(HEADER + "LN/1;Zone-3/North;Private;s.8 C100;1st hrg\r\n", encoding="utf-8")
    out = run("cases", "import", db, listed, code=2).output
    assert "no service area number" not in out
    assert "the area's number could not be read in 'Zone-3/North' (write it as Area 3, R3 or 3, " \
           "map it with --map, or add the areas first with 'fieldwork areas add" in out  # fmt: skip
