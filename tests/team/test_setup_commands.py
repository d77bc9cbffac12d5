"""Setting up an inspection from an empty file through the CLI: dates, the team, the
areas, the inspection's details; and bad input on each: one sentence, exit 2, nothing
changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.team.helpers import new_inspection, refused, run, unchanged


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return new_inspection(tmp_path / "master.db")


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        (["--start", "02/03/2026"], "is not a date; write it as YYYY-MM-DD"),
        (["--start", "2026-02-30"], "is not a day of the calendar"),
        (["--start", "2026-03-10", "--end", "2026-03-01"], "is before the start date"),
        (["--title", "  "], "The title is empty"),
        (["--lead", ""], "The lead's name is empty"),
    ],
)
def test_new_refuses_bad_dates_and_empty_names_and_creates_nothing(
    tmp_path: Path, extra: list[str], says: str
) -> None:
    path = tmp_path / "x.db"
    base = {"--title": "T", "--lead": "Ruth Okafor"}
    for flag, value in zip(extra[::2], extra[1::2], strict=True):
        base[flag] = value
    args = [a for pair in base.items() for a in pair]
    extra_dates = [a for f, v in zip(extra[::2], extra[1::2], strict=True)
                   if f in ("--start", "--end") for a in (f, v)]  # fmt: skip
    out = refused("new", path, "--framework", "cafcass-2018", *args, *extra_dates)
    assert says in out
    assert not path.exists()


def test_team_add_list_edit_remove(db: Path) -> None:
    run("team", "add", db, "Alice Able", "--initials", "aa", "--role", "deputy")
    run("team", "add", db, "Bob Brown", "--initials", "BB")
    run("team", "add", db, "Cara Quinn", "--initials", "CQ", "--role", "Senior data analyst")
    team = {p["name"]: p for p in json.loads(run("team", "list", db, "--json").output)}
    assert team["Alice Able"]["role"] == "deputy-lead" and team["Alice Able"]["initials"] == "AA"
    assert team["Bob Brown"]["role"] == "team-inspector"
    assert team["Cara Quinn"]["role"] == "data-analyst"
    assert team["Ruth Okafor"]["role"] == "lead" and team["Ruth Okafor"]["this_file_is_theirs"]
    run("team", "edit", db, "bob", "--name", "Robert Brown", "--initials", "RB", "--role", "qa")
    team = {p["name"]: p for p in json.loads(run("team", "list", db, "--json").output)}
    assert "Bob Brown" not in team
    assert team["Robert Brown"]["initials"] == "RB"
    assert team["Robert Brown"]["role"] == "quality-assurance"
    run("team", "remove", db, "RB")
    listed = run("team", "list", db).output
    assert "Robert Brown" not in listed and "Alice Able" in listed
    assert "[removed]" in run("team", "list", db, "--all").output


def test_team_bad_input_is_one_sentence_and_changes_nothing(db: Path) -> None:
    run("team", "add", db, "Alice Able", "--initials", "AA")
    with unchanged(db):
        assert "already has the initials AA" in refused(
            "team", "add", db, "Al Ive", "--initials", "aa"
        )
        assert "already on the team" in refused("team", "add", db, "alice able", "--initials", "XY")
        out = refused("team", "add", db, "Dan Dee", "--initials", "DD", "--role", "lede")
        assert "Unknown role 'lede' (did you mean lead?)" in out
        assert "one to four letters" in refused("team", "add", db, "Dan Dee", "--initials", "D.D.")
        assert "is empty" in refused("team", "add", db, " ", "--initials", "DD")
        assert "no inspector called 'Zed'" in refused("team", "edit", db, "Zed", "--role", "qa")
        assert "give --name" in refused("team", "edit", db, "Alice Able")
        assert "issued to Ruth Okafor" in refused("team", "remove", db, "Ruth Okafor")


def test_team_remove_is_refused_while_they_hold_cases(db: Path, tmp_path: Path) -> None:
    run("team", "add", db, "Alice Able", "--initials", "AA")
    run("areas", "add", db, "6", "--name", "London South", "--visited")
    list_file = tmp_path / "cases.csv"
    list_file.write_text(
        "Case ID,Case Name,Date of Birth,Law Type,Case Type,Service Area\n"
        "PL-1001,Re Poppy Adeyemi,03/04/2019,Private,Section 7 Report,Area 6\n",
        encoding="utf-8",
    )
    run("cases", "import", db, list_file)
    run("assign", db, "--inspector", "Alice Able", "--all")
    with unchanged(db):
        out = refused("team", "remove", db, "Alice Able")
    assert "holds 1 case;" in out


def test_areas_add_rename_visit_unvisit(db: Path) -> None:
    assert "No areas yet" in run("areas", "list", db).output
    run("areas", "add", db, "6", "--name", "Hampshire, Isle of Wight and Dorset")
    run("areas", "add", db, "Area 15A", "--name", "London North")
    run("areas", "add", db, "15b", "--name", "London South", "--visited")
    run("areas", "visit", db, "Area 6", "london north")
    run("areas", "rename", db, "15a", "--name", "London North and Central")
    areas = {a["code"]: a for a in json.loads(run("areas", "list", db, "--json").output)}
    assert set(areas) == {"6", "15a", "15b"}
    assert all(a["visited"] for a in areas.values())
    assert areas["15a"]["name"] == "London North and Central"
    out = run("areas", "unvisit", db, "15b").output
    assert "visited now: 6, 15a" in out
    visited = json.loads(run("areas", "list", db, "--visited", "--json").output)
    assert [a["code"] for a in visited] == ["6", "15a"]


def test_areas_bad_input_is_one_sentence_and_changes_nothing(db: Path) -> None:
    run("areas", "add", db, "6", "--name", "Hampshire")
    with unchanged(db):
        assert "already exists" in refused("areas", "add", db, "6", "--name", "Again")
        assert "is not an area code" in refused("areas", "add", db, "six", "--name", "X")
        out = refused("areas", "visit", db, "6", "7")  # one unknown: none is marked
        assert "Unknown area '7'" in out and "give one of: 6 (" in out
        assert "name one or more areas" in refused("areas", "visit", db)
        assert "is empty" in refused("areas", "rename", db, "6", "--name", "")


def test_inspection_edit(db: Path) -> None:
    out = run("inspection", "edit", db, "--title", "Cafcass 2026", "--end", "2026-03-20").output
    assert "Cafcass 2026 (Cafcass), 2026-03-02 to 2026-03-20." in out
    with unchanged(db):
        assert "before the start date" in refused("inspection", "edit", db, "--end", "2026-03-01")
        assert "not a day" in refused("inspection", "edit", db, "--start", "2026-13-01")
        assert "The title is empty" in refused("inspection", "edit", db, "--title", "")
        assert "give --title" in refused("inspection", "edit", db)
