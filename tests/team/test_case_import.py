"""`fieldwork cases import` on lists written for these tests (a hand-written one and a
messy one of about 2,000 children): what organisations send is accepted, what is really
wrong is refused, grouped by problem, and nothing changes until the file is clean."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from store.models import CaseFilter
from store.store import Store
from tests.team.helpers import new_inspection, refused, run, unchanged
from tests.team.messy_list import AREAS, BAD_KINDS, write_messy_list

SMALL = Path(__file__).parent / "data" / "small_list.csv"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return new_inspection(tmp_path / "master.db")


def cases_by_ref(db: Path) -> dict[str, dict[str, object]]:
    return {c["ref"]: c for c in json.loads(run("cases", "list", db, "--json").output)}


def test_the_hand_written_list(db: Path) -> None:
    out = run("cases", "import", db, SMALL).output
    assert "Imported 7 cases (0 already present); " in out
    assert "new areas 6 (London South), 15a (London North)" in out
    with Store.open(db) as store:
        cases = [store.case(r.id) for r in store.case_rows(CaseFilter(), 0, 100)]
        names = {p.name for p in store.protected_names()}
        areas = {a.code: a.name for a in store.areas()}
        text = store.dump()
    assert areas == {"6": "London South", "15a": "London North"}
    assert Counter(c.case_type for c in cases) == Counter(
        {"S7": 2, "SIO_PSO": 1, "S31": 1, "EPO_CAO": 1, "S25": 1, "R16_4": 1}
    )
    assert Counter(c.law_type for c in cases) == Counter({"PRIVATE": 4, "PUBLIC": 3})
    stages = Counter(c.stage for c in cases)
    assert stages["FHDRA"] == 2 and stages["IRH"] == 1 and stages["CLOSED"] == 1
    assert stages["FINAL"] == 2  # "Final hearing" and "Final"
    assert Counter(c.child_seen for c in cases) == Counter({True: 4, False: 2, None: 1})
    assert Counter(c.age_band for c in cases)["5-9"] >= 2  # 44210 is 14 January 2021
    # People are protected; councils, boroughs and "Another" are not.
    assert {"Poppy Adeyemi", "Jacob Adeyemi", "Okonkwo", "Lindqvist", "Farrelly",
            "Hosseini", "Castellanos"} <= names  # fmt: skip
    assert not any(w in n for n in names for w in ("Croydon", "Borough", "Kent", "Council",
                                                  "London", "Another"))  # fmt: skip
    for secret in ("PL-20931", "03/04/2019", "44210", "Adeyemi"):
        assert secret not in json.dumps([c.model_dump() for c in cases])
    assert "PL-20931" not in text  # the case number is nowhere in the database's content


@pytest.mark.slow
def test_the_messy_list_of_two_thousand_children(db: Path, tmp_path: Path) -> None:
    path, children, _ = write_messy_list(tmp_path / "list.csv")
    out = run("cases", "import", db, path).output
    assert f"Imported {len(children)} cases (0 already present)" in out
    listed = cases_by_ref(db)
    assert len(listed) == len(children) == 2000
    assert Counter(c["area"] for c in listed.values()) == Counter(c.area for c in children)
    assert Counter((c["law_type"], c["case_type"]) for c in listed.values()) == Counter(
        (c.law, c.case_type) for c in children
    )
    with_stage = Counter(c.stage for c in children if c.stage)
    got = Counter(c["stage"] for c in listed.values())
    assert all(got[s] >= n for s, n in with_stage.items())
    with Store.open(db) as store:
        names = {p.name for p in store.protected_names()}
        assert {a.code: a.name for a in store.areas()} == AREAS
    people = {n for c in children for n in c.names}
    assert people <= names
    assert not names & {o for c in children for o in c.organisations}
    # Importing it again adds nothing and changes no reference.
    with unchanged(db):
        again = run("cases", "import", db, path).output
    assert "Imported 0 cases (2000 already present)" in again


def test_bad_rows_are_grouped_and_nothing_is_imported(db: Path, tmp_path: Path) -> None:
    """The areas added before the first list do not make it a later list: an area the
    list names that was not added (area 23, in three rows) is a new area, as on any
    first list (tester 20, F1); an unknown area on a later list is refused
    (test_case_import_areas.py)."""
    for code, name in AREAS.items():
        run("areas", "add", db, code, "--name", name)
    bad = dict.fromkeys(BAD_KINDS, 3)
    path, children, lines = write_messy_list(tmp_path / "list.csv", n=400, bad=bad)
    with unchanged(db):
        result = run("cases", "import", db, path, code=2)
        report = json.loads(run("cases", "import", db, path, "--json", code=2).output)
    assert not report["applied"] and report["imported"] == 0
    assert report["bad_rows"] == 12 and report["rows"] == 400
    by_problem = {p["problem"]: p for p in report["problems"]}
    for kind, says in BAD_KINDS.items():
        if kind == "unknown-area":
            assert not [p for text, p in by_problem.items() if says in text]
            continue
        (problem,) = [p for text, p in by_problem.items() if says in text]
        assert problem["lines"] == sorted(lines[kind])
        assert (
            f"3 rows (spreadsheet rows {', '.join(map(str, sorted(lines[kind])))})" in result.output
        )
    assert any("S7 (Section 7 welfare report)" in a for a in by_problem[
        next(t for t in by_problem if "Jelly" in t)]["accepted"])  # fmt: skip
    assert result.output.rstrip().endswith("or pass --skip-bad.")
    ok = run("cases", "import", db, path, "--skip-bad").output
    assert "Imported 388 cases" in ok and "12 bad rows skipped" in ok
    assert "new areas 23 (Nowhere)" in ok, ok


def test_a_map_file_adds_the_organisations_spellings(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        SMALL.read_text(encoding="utf-8")
        + "PL-30001,1,Re Ida Marsh,2017-05-05,Private,Letter to court (welfare checks),,6,N\n",
        encoding="utf-8",
    )
    with unchanged(db):
        out = run("cases", "import", db, path, code=2).output
    assert "case type 'Letter to court (welfare checks)' not recognised" in out
    mapping = tmp_path / "map.csv"
    mapping.write_text(
        "field,their value,our code\ncase_type,Letter to court (welfare checks),SGL_ONLY\n",
        encoding="utf-8",
    )
    assert "Imported 8 cases" in run("cases", "import", db, path, "--map", mapping).output
    toml_map = tmp_path / "map.toml"
    toml_map.write_text('[case_types]\n"Letter to court (welfare checks)" = "SGL_ONLY"\n')
    assert "(8 already present)" in run("cases", "import", db, path, "--map", toml_map).output
    assert "SGL_ONLY" in {c["case_type"] for c in cases_by_ref(db).values()}
    plural = tmp_path / "plural.csv"  # the field as the TOML map spells it, any case
    plural.write_text("Case Types,Letter to court (welfare checks),SGL_ONLY\n", encoding="utf-8")
    assert "(8 already present)" in run("cases", "import", db, path, "--map", plural).output
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("court,Family Court,X\n", encoding="utf-8")
    with unchanged(db):
        assert "line 1: write field,their value,our code" in refused(
            "cases", "import", db, path, "--map", wrong
        )


def test_two_files_importing_the_same_list_make_one_record_per_child(
    db: Path, tmp_path: Path
) -> None:
    """The lead imports on the master and, before merging, on a second file issued to
    them: one record per child, and the references agree."""
    path, children, _ = write_messy_list(tmp_path / "list.csv", n=300)
    second = tmp_path / "second.db"
    run("issue", db, "--inspector", "Ruth Okafor", "-o", second)
    run("cases", "import", db, path)
    run("cases", "import", second, path)
    run("merge", db, second)
    run("merge", second, db)
    assert len(cases_by_ref(db)) == 300
    assert cases_by_ref(db).keys() == cases_by_ref(second).keys()
    assert json.loads(run("conflicts", db, "--json").output) == []
