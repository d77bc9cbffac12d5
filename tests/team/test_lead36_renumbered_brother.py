"""A later list's new child who shares a case's surname, or even its whole name, is not
that case re-numbered (tester 36, F1: a younger brother's new application, "Johnny
LOVELL" born 2017, was read as "Tommy Lovell"'s case, born 2025, and `--update` then gave
the sampled case the brother's order and age).  A surname alone is a family's, and a
date of birth in an age band two or more away is another child.  The lists are written
here by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.store import Store
from tests.team.helpers import listed_file, refused, run, unchanged

FIRST = """Case number,First name,Surname,Date of birth,Law type,Case type,Service area
PL-6101,Archie,Pellow,11/03/2022,Private,Child arrangements order,Area 4
PL-6102,Lowenna,Tregear,05/06/2015,Private,Prohibited steps order,Area 4
PL-6103,Jago,Penrose,21/10/2012,Private,Child arrangements order,Area 4
"""


def _case(db: Path, name: str) -> tuple[str, str]:
    with Store.open(db) as s:
        case = next(s.case(p.case_id) for p in s.protected_names() if p.name == name and p.case_id)
        return case.ref, case.age_band


@pytest.mark.parametrize(
    "newcomer",
    [
        # A brother: the same surname, another given name and age.
        "PL-7707,Kenver,PELLOW,02/02/2016,Private,Child arrangements order,Area 4",
        # A child of the same whole name born ten years earlier.
        "PL-7707,Archie,Pellow,14/01/2012,Private,Child arrangements order,Area 4",
    ],
)
def test_another_child_of_the_family_is_a_new_case(tmp_path: Path, newcomer: str) -> None:
    db = listed_file(tmp_path, FIRST)
    archie, band = _case(db, "Archie Pellow")
    second = tmp_path / "second.csv"
    second.write_text(
        FIRST.replace(
            "PL-6101,Archie,Pellow,11/03/2022,Private,Child arrangements order,Area 4\n", ""
        )
        + newcomer
        + "\n",
        encoding="utf-8",
    )
    said = " ".join(run("cases", "import", db, second, "--update", "--include-held").stdout.split())
    assert "gives a new case number" not in said, said
    assert said.startswith("Imported 1 case"), said
    with Store.open(db) as s:
        assert s.count_cases() == 4
        kept = s.case_by_ref(archie)
        assert (kept.age_band, kept.case_type) == (band, "CAO")
    rows = json.loads(run("cases", "match", db, second, "--json").stdout)
    assert all(r.get("ref") != archie for r in rows), rows


def test_the_same_child_a_birthday_later_is_still_read_as_its_case(tmp_path: Path) -> None:
    db = listed_file(tmp_path, FIRST)
    lowenna, _ = _case(db, "Lowenna Tregear")
    second = tmp_path / "second.csv"
    second.write_text(FIRST.replace("PL-6102,", "PL-8802,"), encoding="utf-8")
    said = " ".join(run("cases", "import", db, second).stdout.split())
    assert f"gives a new case number for {lowenna}'s child" in said, said


def test_a_brother_an_earlier_list_gave_is_never_offered_as_made_again(tmp_path: Path) -> None:
    """Two children of one surname on the first list (tester 36's F1 re-test: 'C-4050-NW
    may be the same child as C-4780-YB ... join --renumbered', and the join deleted the
    brother's case): a later list leaving one out offers no join, and the join itself
    refuses two children of the family."""
    first = FIRST + "PL-6104,Kenver,Pellow,02/02/2016,Private,Child arrangements order,Area 4\n"
    db = listed_file(tmp_path, first)
    archie, _ = _case(db, "Archie Pellow")
    kenver, _ = _case(db, "Kenver Pellow")
    second = tmp_path / "second.csv"
    second.write_text(
        first.replace(
            "PL-6101,Archie,Pellow,11/03/2022,Private,Child arrangements order,Area 4\n", ""
        ),
        encoding="utf-8",
    )
    said = " ".join(run("cases", "import", db, second).stdout.split())
    assert "may be the same child" not in said, said
    with unchanged(db):
        line = refused("cases", "join", db, archie, kenver, "--renumbered")
    assert "list no child's name in common" in line
