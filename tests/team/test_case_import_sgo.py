"""A special guardianship order on the case list (tester 11): made in care proceedings or
applied for on its own, it is public or private law, and no framework names it.  It
is imported as an "Other application" under the law its row gives, and sampled with
the cases of that law; a file written before "Other application" fitted every law type
takes the new fit when it opens.  The lists are written by hand here."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from store.framework import builtin_frameworks, load_framework
from store.store import Store
from tests.team.helpers import new_inspection, run, unchanged

HEADER = "Case Ref;Region;Proceedings;Application;Current Stage\r\n"
ROWS = (
    "LN/26/0401;Area 7;Public law;SGO;Case Mgmt Hearing\r\n",
    "LN/26/0402;Area 7;PUBLIC;Special guardianship order;IRH\r\n",
    "LN/26/0403;Area 7;Private;SGO;1st hrg\r\n",
    "LN/26/0404;Area 7;Public law;S31 care;IRH\r\n",
    "LN/26/0405;Area 7;Public law;S31 care;Case Mgmt Hearing\r\n",
    "LN/26/0406;Area 7;PRIVATE;s.8 C100;1st hrg\r\n",
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = new_inspection(tmp_path / "master.db", start="2026-11-09", end="2026-12-04")
    run("areas", "add", path, "7", "--name", "Enfield and Barnet")
    return path


def _kinds(db: Path) -> Counter[tuple[str, str]]:
    cases = json.loads(run("cases", "list", db, "--json").output)
    return Counter((c["law_type"], c["case_type"]) for c in cases)


def test_every_built_in_framework_lets_other_application_fit_every_law() -> None:
    for fw in builtin_frameworks():
        other = next(ct for ct in fw.case_types if ct.code == "OTHER")
        assert sorted(other.law_types) == sorted(lt.code for lt in fw.law_types), fw.id


def test_a_public_and_a_private_law_sgo_are_imported_under_their_own_law(
    db: Path, tmp_path: Path
) -> None:
    listed = tmp_path / "caselist.csv"
    listed.write_bytes((HEADER + "".join(ROWS)).encode("cp1252"))
    out = run("cases", "import", db, listed).output
    assert "Imported 6 cases" in out
    assert _kinds(db) == Counter({("PUBLIC", "OTHER"): 2, ("PRIVATE", "OTHER"): 1,
                                  ("PUBLIC", "S31"): 2, ("PRIVATE", "CAO"): 1})  # fmt: skip
    # sampled with its own law's cases, in a stratum of its own, not among the care cases
    sampled = run("sample", db, "--areas", "7", "--per-area", "6", "--seed", "2026").output
    assert "public law: Care or supervision application (s31) 2, Other application 2" in sampled
    assert "private law: Child arrangements order 1, Other application 1" in sampled


def test_the_teams_map_of_sgo_to_other_works_under_public_law(db: Path, tmp_path: Path) -> None:
    listed = tmp_path / "caselist.csv"
    listed.write_text(HEADER + "LN/26/0410;Area 7;Public law;S.G.O. (kinship);IRH\r\n",
                      encoding="utf-8")  # fmt: skip
    mapping = tmp_path / "map.csv"
    mapping.write_text("case_type,S.G.O. (kinship),OTHER\n", encoding="utf-8")
    out = run("cases", "import", db, listed, "--map", mapping).output
    assert "Imported 1 case" in out and "does not fit" not in out
    assert _kinds(db) == Counter({("PUBLIC", "OTHER"): 1})


def test_an_sgo_whose_law_is_written_for_either_law_is_refused(db: Path, tmp_path: Path) -> None:
    listed = tmp_path / "caselist.csv"
    listed.write_text(HEADER + "LN/26/0420;Area 7;PL;SGO;IRH\r\n", encoding="utf-8")
    with unchanged(db):
        out = run("cases", "import", db, listed, code=2).output
    assert "law type 'PL' may mean public law or private law, and the case type does not " \
           "say which" in out  # fmt: skip


def _as_before(path: Path) -> None:
    """Put back the fit "Other application" had, and the schema step, in a file written
    before session 11."""
    conn = sqlite3.connect(path)
    with conn:
        body = json.loads(conn.execute("SELECT body FROM framework").fetchone()[0])
        for ct in body["case_types"]:
            if ct["code"] == "OTHER":
                ct["law_types"] = ["OTHER"]
        conn.execute("UPDATE framework SET body = ?", (json.dumps(body),))
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0011_other_application_any_law'")
    conn.close()


def test_a_file_written_before_takes_the_new_fit_and_keeps_its_cases(
    db: Path, tmp_path: Path
) -> None:
    listed = tmp_path / "caselist.csv"
    listed.write_text(HEADER + ROWS[3] + ROWS[5], encoding="utf-8")
    run("cases", "import", db, listed)
    _as_before(db)
    with Store.open(db) as store:
        other = next(ct for ct in store.framework.case_types if ct.code == "OTHER")
        assert other.law_types == load_framework("cafcass-2018").case_types[-1].law_types
        assert "PUBLIC" in other.law_types
    assert _kinds(db) == Counter({("PUBLIC", "S31"): 1, ("PRIVATE", "CAO"): 1})
    listed.write_text(HEADER + ROWS[0], encoding="utf-8")
    assert "Imported 1 case" in run("cases", "import", db, listed).output
    assert _kinds(db)[("PUBLIC", "OTHER")] == 1


def test_a_framework_of_a_teams_own_keeps_its_fit(tmp_path: Path) -> None:
    own = tmp_path / "ours.toml"
    text = (Path(__file__).parents[2] / "templates/frameworks/cafcass-2018.toml").read_text()
    text = text.replace('id = "cafcass-2018"', 'id = "ours-2026"', 1)
    text = text.replace('law_types = ["PRIVATE", "PUBLIC", "ADOPTION", "OTHER"]',
                        'law_types = ["OTHER"]')  # fmt: skip
    own.write_text(text, encoding="utf-8")
    path = tmp_path / "own.db"
    run("new", path, "--framework", own, "--title", "Ours", "--lead", "Ruth Okafor",
        "--start", "2026-11-09", "--end", "2026-12-04")  # fmt: skip
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0011_other_application_any_law'")
    conn.close()
    with Store.open(path) as store:
        other = next(ct for ct in store.framework.case_types if ct.code == "OTHER")
        assert other.law_types == ["OTHER"]
