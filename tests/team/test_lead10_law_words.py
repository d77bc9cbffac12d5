"""A case list that writes "PL" for its law type, as some organisations do for public
law and others for private law: the case type settles it where it fits one law only,
a team's `--map` always wins over the built-in spellings, and a row nothing settles is
refused in one sentence that says what to do."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tests.team.helpers import new_inspection, run, unchanged

HEADER = "Case No,Law,Order type,Area,Stage\n"
ROWS = (
    'NW/2291,PL,"Care, s.31",Area 4,IRH\n'
    "NW/2292,PL,Interim care order,Area 4,CMH\n"
    "NW/2293,pl,Emergency protection order,Area 4,Issue\n"
    "NW/2294,PL,Child arrangements order,Area 4,FHDRA\n"
    "NW/2295,Private law,Section 7 report,Area 4,FHDRA\n"
    "NW/2296,Public Law,Placement order,Area 4,Final hearing\n"
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return new_inspection(tmp_path / "master.db")


def laws(db: Path) -> dict[str, str]:
    cases = json.loads(run("cases", "list", db, "--json").output)
    return {c["case_type"]: c["law_type"] for c in cases}


def test_pl_is_read_from_the_case_type_and_said(db: Path, tmp_path: Path) -> None:
    listed = tmp_path / "list.csv"
    listed.write_text(HEADER + ROWS, encoding="utf-8")
    out = run("cases", "import", db, listed).output
    assert "Imported 6 cases" in out
    assert "The law type of 4 new cases was written for either law ('PL')" in out
    got = json.loads(run("cases", "list", db, "--json").output)
    assert Counter(c["law_type"] for c in got) == Counter({"PUBLIC": 4, "PRIVATE": 2})
    by_type = laws(db)
    assert by_type["S31"] == "PUBLIC" and by_type["EPO_CAO"] == "PUBLIC"
    assert (
        by_type["CAO"] == "PRIVATE"
    )  # a child arrangements order is private law whatever "PL" meant


def test_a_teams_map_wins_over_the_built_in_spellings(db: Path, tmp_path: Path) -> None:
    listed = tmp_path / "list.csv"
    listed.write_text(HEADER + "NW/3001,PL,Other application,Area 4,Issue\n"
                      "NW/3002,Priv,Other application,Area 4,Issue\n", encoding="utf-8")  # fmt: skip
    mapping = tmp_path / "map.csv"
    mapping.write_text("field,their value,our code\nlaw_type,PL,PUBLIC\nlaw_type,Priv,OTHER\n",
                       encoding="utf-8")  # fmt: skip
    out = run("cases", "import", db, listed, "--map", mapping).output
    assert "Imported 2 cases" in out and "either law" not in out
    got = json.loads(run("cases", "list", db, "--json").output)
    # "PL" mapped to public law ("Other application" fits any law: the map, not the case
    # type, decides); "Priv", built in as private law, is the team's OTHER.
    assert sorted(c["law_type"] for c in got) == ["OTHER", "PUBLIC"]


def test_pl_that_nothing_settles_is_refused_and_nothing_changes(db: Path, tmp_path: Path) -> None:
    listed = tmp_path / "list.csv"
    listed.write_text(HEADER + ROWS + "NW/2297,PL,Other application,Area 4,Issue\n",
                      encoding="utf-8")  # fmt: skip
    with unchanged(db):
        out = run("cases", "import", db, listed, code=2).output
    assert (
        "1 row (line 8): law type 'PL' may mean public law or private law, and the case "
        "type does not say which: write the law type in full, or map it with --map "
        "(law_type,PL,PUBLIC)" in out
    )
