"""Sibling groups on a case list as a case management system exports it (tester 12, F2,
F5, F7): one row per child, the children of one set of proceedings sharing its case
number, no child ID column.  Each child is a case of its own, linked to its brothers and
sisters as one family; a row repeating a child is still a duplicate; a re-import finds
the same children in any row order; the sample draws one child of a family in an area
and says which siblings it passed over.  The lists are written by hand here, in the
style of such an export (a byte-order mark, every cell quoted, names with apostrophes
and hyphens, dates with a time), not by the demo nor the messy-list generator."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tests.team.helpers import new_inspection, refused, run, unchanged

HEADER = '"Case Number","Service Area","Law type","Order Type","Child Name","Child DOB","FCA"'
FAMILIES = [
    # three children, listed youngest first, one case number
    '"NE/2026/0311","Area 2","Public Law","Care Order (s31)","Finn O\'Neill","2019-11-23 00:00:00","Dev Patel"',
    '"NE/2026/0311","Area 2","Public Law","Care Order (s31)","Aoife O\'Neill","2016-04-02 00:00:00","Dev Patel"',
    '"NE/2026/0311","Area 2","Public Law","Care Order (s31)","Cara O\'Neill","2012-06-30 00:00:00","Dev Patel"',
    # twins: the same date of birth, told apart by their names
    '"NE/2026/0320","Area 2","Private Law","Specific Issue","Leo D\'Souza","1 Jan 2020","Sue Wong"',
    '"NE/2026/0320","Area 2","Private Law","Specific Issue","Maya D\'Souza","1 Jan 2020","Sue Wong"',
    # children alone on their case numbers
    '"NE/2026/0318","Area 2","Private Law","Child Arrangements Order","Mary-Jane Smith-Cole","14/02/2018","Sue Wong"',
    '"NE/2026/0321","Area 2","Private Law","Child Arrangements Order","Ella Ruiz","05/05/2013","Sue Wong"',
    '"NE/2026/0322","Area 2","Public Law","Care Order (s31)","Sam Ito","2011-05-05 00:00:00","Ana Lima"',
]  # fmt: skip
"""Line 2 onwards of the list: eight children, two sibling groups (3 and 2)."""


def write(path: Path, rows: list[str]) -> Path:
    path.write_bytes(("\ufeff" + "\r\n".join([HEADER, *rows]) + "\r\n").encode("utf-8"))
    return path


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = new_inspection(tmp_path / "master.db")
    run("areas", "add", path, "2", "--name", "North East", "--visited")
    return path


def cases(db: Path) -> list[dict[str, object]]:
    return list(json.loads(run("cases", "list", db, "--json").output))


def families(db: Path) -> list[set[str]]:
    """Each case's family (itself and its siblings), once per family."""
    found = {frozenset([str(c["ref"]), *map(str, c["siblings"])]) for c in cases(db)}  # type: ignore[call-overload]
    return sorted((set(f) for f in found), key=len)


def test_siblings_are_each_imported_and_linked_as_one_family(db: Path, tmp_path: Path) -> None:
    out = run("cases", "import", db, write(tmp_path / "list.csv", FAMILIES)).output
    assert "Imported 8 cases (0 already present)" in out
    assert ("2 case numbers are given to more than one child (5 children): brothers and "
            "sisters in one set of proceedings, each imported as a case of their own") in out  # fmt: skip
    assert "duplicate" not in out
    assert [len(f) for f in families(db)] == [1, 1, 1, 2, 3]
    three = families(db)[-1]
    listing = run("cases", "list", db).output.splitlines()
    for ref in three:  # the text listing names each case's brothers and sisters
        line = next(ln for ln in listing if ln.startswith(ref))
        assert line.endswith("siblings " + ", ".join(sorted(three - {ref})))
    # every child's name is protected; no name, date of birth nor case number is in the file
    names = run("check", db).output
    dumped = run("dump", db).output
    for text in ("O'Neill", "D'Souza", "2019-11-23", "NE/2026/0311", "Smith-Cole"):
        assert text not in dumped
    assert "cases 8," in names and "protected_names 8," in names


def test_a_reimport_in_another_order_finds_the_same_children(db: Path, tmp_path: Path) -> None:
    run("cases", "import", db, write(tmp_path / "list.csv", FAMILIES))
    before = {(c["ref"], c["age_band"]) for c in cases(db)}
    with unchanged(db):
        out = run("cases", "import", db, write(tmp_path / "again.csv", FAMILIES[::-1])).output
    assert "Imported 0 cases (8 already present)" in out
    assert "differs from none" in out
    assert {(c["ref"], c["age_band"]) for c in cases(db)} == before


def test_a_younger_sibling_on_a_later_list_joins_the_family(db: Path, tmp_path: Path) -> None:
    run("cases", "import", db, write(tmp_path / "list.csv", FAMILIES[3:]))  # no O'Neills yet
    run("cases", "import", db, write(tmp_path / "first.csv", FAMILIES[1:]))  # Aoife and Cara
    refs = {c["ref"] for c in cases(db)}
    out = run("cases", "import", db, write(tmp_path / "later.csv", FAMILIES)).output
    assert "Imported 1 case (7 already present)" in out
    assert "not in this list" not in out
    (new,) = {c["ref"] for c in cases(db)} - refs
    assert families(db)[-1] >= {str(new)} and len(families(db)[-1]) == 3


def test_a_child_listed_twice_is_still_a_duplicate(db: Path, tmp_path: Path) -> None:
    again = FAMILIES[1].replace("2016-04-02 00:00:00", "02/04/2016")  # the same day, written so
    path = write(tmp_path / "list.csv", [*FAMILIES, again])
    with unchanged(db):
        out = run("cases", "import", db, path, code=2).output
    assert ("1 row (line 10): the same case number, child's name and date of birth as an "
            "earlier row: a duplicate row") in out  # fmt: skip
    assert "1 of 9 rows" in out
    out = run("cases", "import", db, path, "--skip-bad").output
    assert "Imported 8 cases (0 already present, 1 bad row skipped)" in out


def test_rows_that_nothing_tells_apart_are_refused(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "bare.csv"
    path.write_text('"Case Number","Service Area","Law type","Order Type"\n'
                    '"LS-1001","Area 2","Private Law","Section 7 report"\n'
                    '"LS-1001","Area 2","Private Law","Section 7 report"\n', encoding="utf-8")  # fmt: skip
    with unchanged(db):
        out = run("cases", "import", db, path, code=2).output
    assert ("1 row (line 3): the same case number as an earlier row, and no child ID, child's "
            "name or date of birth to tell the children apart (add a Child ID column)") in out  # fmt: skip


def test_the_sample_draws_one_child_of_a_family(db: Path, tmp_path: Path) -> None:
    run("cases", "import", db, write(tmp_path / "list.csv", FAMILIES))
    out = run("sample", db, "--per-area", "10", "--seed", "3").output
    assert "Area 2: 5 cases" in out
    assert "Area 2: 3 siblings of the children drawn passed over (one child of a family is " \
           "drawn, as the family's file is read once)" in out  # fmt: skip
    assert "that is one child of every family the area has left" in out
    sampled = {c["ref"] for c in cases(db) if c["sample"] == "area-sampled"}
    assert all(len(f & sampled) == 1 for f in families(db))
    # a substitute is never a sibling of a child in the sample, nor of the child it replaces
    three = families(db)[-1]
    (drawn,) = three & sampled
    with unchanged(db):
        said = refused("sample", db, "--substitute", str(drawn), "--reason", "file lost")
    assert ("No unsampled case of the same law type is left in area 2 to substitute "
            "(2 siblings of children in the sample are not taken: a family's file is read "
            "once); name one of another law type with --with REF.") in said  # fmt: skip
    assert {c["ref"] for c in cases(db) if c["sample"] == "area-sampled"} == sampled


def test_more_drawn_beside_a_sample_skip_the_families_in_it(db: Path, tmp_path: Path) -> None:
    extra = [f'"NE/2026/04{n:02d}","Area 2","Public Law","Care Order (s31)","Zed Ames",'
             f'"2014-0{n % 9 + 1}-11 00:00:00","Ana Lima"' for n in range(6)]  # fmt: skip
    run("cases", "import", db, write(tmp_path / "list.csv", FAMILIES + extra))
    run("sample", db, "--per-area", "4", "--seed", "8")
    run("sample", db, "--add", "20", "--seed", "8")
    sampled = {c["ref"] for c in cases(db) if c["sample"] == "area-sampled"}
    assert len(sampled) == 11
    assert all(len(f & sampled) == 1 for f in families(db))


def test_cases_match_gives_each_sibling_row_its_own_reference(db: Path, tmp_path: Path) -> None:
    path = write(tmp_path / "list.csv", FAMILIES)
    run("cases", "import", db, path)
    matched = json.loads(run("cases", "match", db, path, "--json").output)
    assert [m["case_number"] for m in matched][:3] == ["NE/2026/0311"] * 3
    assert len({m["ref"] for m in matched}) == 8 and None not in {m["ref"] for m in matched}
    assert {m["ref"] for m in matched[:3]} == families(db)[-1]
    # the lead asks for the case number, and says which of its children: Finn is the youngest
    assert [(m["birth_order"], m["children_by_birth"]) for m in matched[:3]] == [
        (3, 3), (2, 3), (1, 3)]  # fmt: skip
    # Each names its brothers and sisters, as `cases list` does (tester 21, F13).
    assert all(len(m["siblings"]) == 2 and m["ref"] not in m["siblings"] for m in matched[:3])
    said = run("cases", "match", db, path).output.splitlines()
    assert said[0].startswith("line 2: NE/2026/0311 (child 3 of 3 by date of birth, eldest "
                              "first): C-")  # fmt: skip
    assert said[5].startswith("line 7: NE/2026/0318: C-")


def test_siblings_with_child_ids_are_linked_and_earlier_ones_too(db: Path, tmp_path: Path) -> None:
    header = '"Case Number","Child ID","Service Area","Law type","Order Type","Child DOB"'
    rows = ['"LN-7001","P-11","Area 2","Private","C100 Child arrangements","2015-01-02"',
            '"LN-7001","P-12","Area 2","Private","C100 Child arrangements","2017-03-04"',
            '"LN-7002","P-13","Area 2","Private","C100 Child arrangements","2012-05-06"']  # fmt: skip
    first = tmp_path / "first.csv"
    first.write_text("\n".join([header, rows[0], rows[2]]) + "\n", encoding="utf-8")
    run("cases", "import", db, first)
    assert [len(f) for f in families(db)] == [1, 1]
    later = tmp_path / "later.csv"
    later.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    out = run("cases", "import", db, later).output
    assert "Imported 1 case (2 already present)" in out
    assert "1 case already present was linked to its brothers and sisters" in out
    assert [len(f) for f in families(db)] == [1, 2]
    assert Counter(c["case_type"] for c in cases(db)) == Counter({"CAO": 3})
