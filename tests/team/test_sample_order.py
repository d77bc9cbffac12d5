"""The same case list and seed give the same sample in any inspection (issue 13): the
order comes from the organisation's case numbers, not from anything an inspection makes.
Compared through what the lead sees on each master (`cases match`: the organisation's
case numbers beside the references), on the test's own messy list, never the demo's."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.team.helpers import refused, run, unchanged
from tests.team.messy_list import write_messy_list


def _inspection(path: Path, title: str, start: str, end: str, lead: str) -> Path:
    run("new", path, "--framework", "cafcass-2018", "--title", title, "--lead", lead,
        "--start", start, "--end", end)  # fmt: skip
    return path


def _sampled(db: Path, listing: Path) -> dict[str, str]:
    """Case number and child id -> sample mark, of the rows in the sample."""
    rows = json.loads(run("cases", "match", db, listing, "--sampled", "--json").output)
    return {f"{r['case_number']}/{r['child_id']}": r["sample"] for r in rows}


def _ref_of(db: Path, listing: Path, number: str) -> str:
    rows = json.loads(run("cases", "match", db, listing, "--json").output)
    return str(next(r["ref"] for r in rows if f"{r['case_number']}/{r['child_id']}" == number))


def test_the_same_list_and_seed_give_the_same_children_in_two_inspections(
    tmp_path: Path,
) -> None:
    listing, _, _ = write_messy_list(tmp_path / "list.csv", n=700)
    a = _inspection(tmp_path / "a.db", "Spring inspection", "2026-03-02", "2026-03-27",
                    "Ruth Okafor")  # fmt: skip
    b = _inspection(tmp_path / "b.db", "A later look", "2026-05-11", "2026-06-05",
                    "Sam Idowu")  # fmt: skip
    for db in (a, b):
        run("cases", "import", db, listing)
        run("areas", "visit", db, "6", "Area 15a", "9")
        run("sample", db, "--per-area", "9", "--seed", "2026")
    first = _sampled(a, listing)
    assert len(first) == 27 and set(first.values()) == {"area-sampled"}
    assert _sampled(b, listing) == first
    refs_a = {r["ref"] for r in json.loads(run("cases", "list", a, "--sampled", "--json").output)}
    refs_b = {r["ref"] for r in json.loads(run("cases", "list", b, "--sampled", "--json").output)}
    assert refs_a.isdisjoint(refs_b)  # each inspection's references are its own

    # Another seed, another sample; the first seed again, the first sample again.
    run("sample", b, "--redraw", "--seed", "7", "--per-area", "9")
    other = _sampled(b, listing)
    assert len(other) == 27 and len(set(other) & set(first)) < 20
    run("sample", b, "--redraw", "--seed", "2026", "--per-area", "9")
    assert _sampled(b, listing) == first

    # More beside it, and a substitution of the same child: the same in both.
    for db in (a, b):
        run("sample", db, "--areas", "6", "--add", "4", "--seed", "31")
    grown = _sampled(a, listing)
    assert set(first) < set(grown) and len(grown) == 31 and _sampled(b, listing) == grown
    child = sorted(first)[0]
    for db in (a, b):
        run("sample", db, "--substitute", _ref_of(a if db == a else b, listing, child),
            "--reason", "the family moved abroad")  # fmt: skip
    after = _sampled(a, listing)
    assert after == _sampled(b, listing) and child not in after
    (new,) = [n for n, mark in after.items() if mark == "substitute"]
    assert new not in grown
    marks = {f"{r['case_number']}/{r['child_id']}": r["sample"]
             for r in json.loads(run("cases", "match", a, listing, "--json").output)}  # fmt: skip
    assert marks[child] == "replaced"


def _as_before_order_keys(db: Path) -> None:
    """Make `db` what a master made before order keys were kept looks like when a new
    Fieldwork opens it: the step not applied, so it runs and leaves no keys."""
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("DROP TABLE case_order")
        conn.execute("DELETE FROM _sqlite_migrations "
                     "WHERE name IN ('0004_case_order', '0015_case_family')")  # fmt: skip
        conn.execute("PRAGMA user_version = 3")
    conn.close()


def test_a_master_from_before_order_keys_says_to_import_the_list_again(tmp_path: Path) -> None:
    listing, _, _ = write_messy_list(tmp_path / "list.csv", n=300)
    old = _inspection(tmp_path / "old.db", "Older master", "2026-03-02", "2026-03-27",
                      "Ruth Okafor")  # fmt: skip
    run("cases", "import", old, listing)
    run("areas", "visit", old, "6")
    _as_before_order_keys(old)
    with unchanged(old):
        said = refused("sample", old, "--seed", "4")
    assert "import the same list here again" in said and "cases of area 6" in said
    refs = run("cases", "list", old, "--json").output
    out = run("cases", "import", old, listing).output
    assert "Imported 0 cases (300 already present" in out
    assert "The sample order of 300 cases already present was filled in" in out
    assert "gave no stage" not in out  # no case was added, so none was given a stage
    assert run("cases", "list", old, "--json").output == refs  # no reference changed
    run("sample", old, "--seed", "4")
    fresh = _inspection(tmp_path / "fresh.db", "Fresh master", "2026-04-06", "2026-05-01",
                        "Ruth Okafor")  # fmt: skip
    run("cases", "import", fresh, listing)
    run("areas", "visit", fresh, "6")
    run("sample", fresh, "--seed", "4")
    assert _sampled(old, listing) == _sampled(fresh, listing)


def test_cases_match_is_refused_where_there_is_no_key(tmp_path: Path) -> None:
    listing, _, _ = write_messy_list(tmp_path / "list.csv", n=40)
    db = _inspection(tmp_path / "m.db", "Empty", "2026-03-02", "2026-03-27", "Ruth Okafor")
    with unchanged(db):
        assert run("cases", "match", db, listing).output.endswith("40 rows, 40 not in this file.\n")
        assert "There is no case list at" in refused("cases", "match", db, tmp_path / "no.csv")
    run("cases", "import", db, listing)
    run("team", "add", db, "Priti Sandhu", "--initials", "PS")
    run("issue", db, "--inspector", "PS", "-o", tmp_path / "ps.db")
    with unchanged(tmp_path / "ps.db"):
        assert "issued to a team member; use the master" in refused(
            "cases", "match", tmp_path / "ps.db", listing
        )
    text = run("cases", "match", db, listing).output
    assert text.endswith("40 rows.\n") and "not in this file" not in text
