"""Sampling and allocation rules: an area's sample is not redrawn by accident; --add and
--redraw say what they do; substitutes and the cases they replace are marked; assigning
an area gives out its sampled cases only, --all every case."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import _private_copy, private_home
from tests.team.helpers import new_inspection, refused, run, unchanged
from tests.team.messy_list import write_messy_list


@pytest.fixture(scope="module")
def _imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The inspection every test starts from, made once for the module (importing the
    list is most of a test's work): 600 children, two areas visited, one inspector."""
    folder = tmp_path_factory.mktemp("sampling")
    path = folder / "master.db"
    with private_home(folder / "home"):
        new_inspection(path)
        run("cases", "import", path, write_messy_list(folder / "list.csv", n=600)[0])
        run("areas", "visit", path, "6", "Area 15a")
        run("team", "add", path, "Alice Able", "--initials", "AA")
    return path


@pytest.fixture
def db(_imported: Path, tmp_path: Path) -> Path:
    """A private copy of `_imported` for one test to change."""
    return _private_copy(_imported, tmp_path, "master.db")


def listed(db: Path, *args: str) -> list[dict[str, object]]:
    return list(json.loads(run("cases", "list", db, *args, "--json").output))


def test_a_second_draw_is_refused_unless_add_or_redraw(db: Path) -> None:
    out = run("sample", db, "--per-area", "8", "--seed", "5").output
    assert "Area 6: 8 cases" in out and "Area 15a: 8 cases" in out
    first = {c["ref"] for c in listed(db, "--sampled")}
    assert len(first) == 16
    with unchanged(db):
        said = refused("sample", db, "--per-area", "8")
    assert "Area 6 already has a sample of 8 cases; pass --add N" in said
    run("areas", "visit", db, "9")  # a new area, visited later, can be sampled on its own
    with unchanged(db):
        said = refused("sample", db, "--per-area", "8")
    assert "(or --areas 9 to sample only the areas without one)" in said
    run("areas", "unvisit", db, "9")
    run("sample", db, "--areas", "Area 6", "--add", "3", "--seed", "9")
    after_add = {c["ref"] for c in listed(db, "--sampled")}
    assert first < after_add and len(after_add) == 19
    out = run("sample", db, "--areas", "6", "--redraw", "--per-area", "5", "--seed", "7").output
    assert "Area 6: the new sample replaces the 11 cases sampled before." in out
    assert Counter(c["area"] for c in listed(db, "--sampled")) == Counter({"6": 5, "15a": 8})


def test_substitutes_and_replaced_cases_are_marked(db: Path) -> None:
    run("sample", db, "--per-area", "6")
    run("assign", db, "--inspector", "Alice", "--area", "6")
    ref = listed(db, "--sampled", "--area", "6")[0]["ref"]
    out = run("sample", db, "--substitute", str(ref), "--reason", "case transferred").output
    new_ref = out.split(" replaced by ")[1].split(" ")[0]
    assert f"{new_ref} goes to Alice Able (AA), who had {ref}." in out
    cases = {c["ref"]: c for c in listed(db)}
    assert cases[ref]["sample"] == "replaced" and cases[new_ref]["sample"] == "substitute"
    assert cases[new_ref]["inspector"] == cases[ref]["inspector"]
    assert new_ref in {c["ref"] for c in listed(db, "--inspector", "Alice Able")}
    assert ref not in {c["ref"] for c in listed(db, "--sampled")}
    counts = json.loads(run("check", db, "--json").output)["counts"]
    assert (counts["substitute_cases"], counts["replaced_cases"]) == (1, 1)
    assert counts["sampled_cases"] == 11
    with unchanged(db):
        said = refused("sample", db, "--substitute", str(ref), "--reason", "again")
    assert f"{ref} was already replaced by {new_ref}" in said and "(case transferred)" in said
    assert f"substitute {new_ref}" in said and "not in the sample" not in said
    never = next(r for r, c in cases.items() if c["sample"] not in ("area-sampled", "substitute",
                                                                    "replaced"))  # fmt: skip
    with unchanged(db):
        assert "is not in the sample" in refused(
            "sample", db, "--substitute", str(never), "--reason", "again"
        )
    # A sampled case nobody has yet: its substitute has nobody either, and the output says so.
    other = listed(db, "--sampled", "--area", "15a")[0]["ref"]
    out = run("sample", db, "--substitute", str(other), "--reason", "family moved away").output
    assert "is not assigned to anyone, as" in out and "fieldwork assign" in out


def test_assign_by_area_gives_the_sampled_cases_only(db: Path) -> None:
    with unchanged(db):
        assert "draw the sample first" in refused("assign", db, "--inspector", "AA", "--area", "6")
    run("sample", db, "--per-area", "7")
    out = run("assign", db, "--inspector", "Alice", "--area", "Area 6").output
    assert "Assigning 7 cases (the sampled cases of area 6) to Alice Able." in out
    mine = listed(db, "--inspector", "Alice Able")
    assert len(mine) == 7 and {c["sample"] for c in mine} == {"area-sampled"}
    area_6 = len(listed(db, "--area", "6"))
    out = run("assign", db, "--inspector", "AA", "--area", "6", "--all").output
    assert f"Assigning {area_6} cases (every case of area 6)" in out
    assert len(listed(db, "--inspector", "AA")) == area_6
    with unchanged(db):
        assert "give --case REF on its own" in refused(
            "assign", db, "--inspector", "AA", "--all", "--case", "C-0000-AA"
        )
        assert "Unknown area '99'" in refused("assign", db, "--inspector", "AA", "--area", "99")
