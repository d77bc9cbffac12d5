"""A lead adds the team as they know it, by name: initials come from the name unless
given, and initials someone has already are refused, with nothing changed."""

from __future__ import annotations

import json
from pathlib import Path

from tests.team.helpers import new_inspection, refused, run, unchanged


def _team(db: Path) -> dict[str, str]:
    return {p["name"]: p["initials"] for p in json.loads(run("team", "list", db, "--json").output)}


def test_initials_come_from_the_name_unless_given(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db")
    out = run("team", "add", db, "Priya Nair", "--role", "deputy").output
    assert out.startswith("Added Priya Nair (PN, "), out
    run("team", "add", db, "Mary-Jane O'Neill")
    run("team", "add", db, "Tomás de la Cruz Ybarra")
    run("team", "add", db, "Sean Doyle", "--initials", "sdo")
    team = _team(db)
    assert team["Priya Nair"] == "PN"
    assert team["Mary-Jane O'Neill"] == "MO"
    assert team["Tomás de la Cruz Ybarra"] == "TDLC"  # the first four words' letters
    assert team["Sean Doyle"] == "SDO"


def test_initials_taken_already_are_refused_and_nothing_changes(tmp_path: Path) -> None:
    db = new_inspection(tmp_path / "master.db")
    run("team", "add", db, "Nadia Patel")
    with unchanged(db):
        said = refused("team", "add", db, "Niall Price")
    assert "Nadia Patel already has the initials NP" in said, said
    run("team", "add", db, "Niall Price", "--initials", "NPR")
    assert _team(db)["Niall Price"] == "NPR"
