"""Two inspectors swap cases: the merge into each one's file names the case gained
(its names came, for the check) and the case given up (its names removed, and to
whom), not only a count of names withheld (tester 26, F8).  Written by hand."""

from __future__ import annotations

import json
from pathlib import Path

from store.store import Store
from tests.team.helpers import new_inspection, run

LIST = (
    "Case ref,Child ID,Forename,Surname,Date of birth,Law,Order type,Area,Stage\n"
    "NW-3101,K1,Maisie,Threlfall,2016-03-02,private law,s8,Area 11,Final hearing\n"
    "NW-3102,K2,Ayaan,Qureshi,2015-07-14,private law,s8,Area 11,Final hearing\n"
)


def _sampled(tmp_path: Path) -> tuple[Path, str, str]:
    """A master with the list imported, Gillian and Hamish on the team and both cases
    sampled: the master and the two cases' references."""
    master = new_inspection(tmp_path / "master.db")
    (tmp_path / "list.csv").write_text(LIST, encoding="utf-8")
    run("cases", "import", master, tmp_path / "list.csv")
    run("team", "add", master, "Gillian Pryor", "--initials", "GP")
    run("team", "add", master, "Hamish Reid", "--initials", "HR")
    run("areas", "visit", master, "11")
    run("sample", master, "--per-area", "2")
    first, second = sorted(
        c["ref"] for c in json.loads(run("cases", "list", master, "--json").output)
    )
    return master, first, second


def test_a_swap_says_which_case_came_and_which_went(tmp_path: Path) -> None:
    master, first, second = _sampled(tmp_path)
    run("assign", master, "--inspector", "GP", "--case", first)
    run("assign", master, "--inspector", "HR", "--case", second)
    for who in ("GP", "HR"):
        run("issue", master, "--inspector", who, "-o", tmp_path / f"{who}.db")
    run("assign", master, "--inspector", "HR", "--case", first)  # the lead swaps them
    run("assign", master, "--inspector", "GP", "--case", second)
    said = " ".join(run("merge", tmp_path / "HR.db", master).output.split())
    assert f"Case {first} is now yours: its children's and parties' names came" in said, said
    assert f"Case {second} went to Gillian Pryor: its names were removed" in said, said
    with Store.open(master) as store:
        gained = store.case_by_ref(first).id
        theirs = {p.name for p in store.protected_names() if p.case_id == gained}
    with Store.open(tmp_path / "HR.db") as store:
        assert {p.name for p in store.protected_names()} == theirs  # the case held now only


def test_names_that_came_are_counted_once_beside_a_case_that_went(tmp_path: Path) -> None:
    """The lead gives one of Hamish's cases to Gillian and imports a later list with a
    new family: merged into Hamish's file, the names withheld are the new family's, the
    same number in the counts and in the note; the case that went is said by itself
    (tester 28, F5: "protected names: 35 withheld", then "38 protected names of cases
    you do not hold came with this merge", the three of the case given away among them)."""
    master, first, second = _sampled(tmp_path)
    run("assign", master, "--inspector", "HR", "--case", first)
    run("assign", master, "--inspector", "HR", "--case", second)
    run("issue", master, "--inspector", "HR", "-o", tmp_path / "HR.db")
    later = LIST + (
        "NW-3103,K3,Oskar,Wiśniewski,2017-01-09,private law,s8,Area 11,Final hearing\n"
        "NW-3103,K4,Lena,Wiśniewska,2019-05-30,private law,s8,Area 11,Final hearing\n"
    )
    (tmp_path / "later.csv").write_text(later, encoding="utf-8")
    run("cases", "import", master, tmp_path / "later.csv")
    run("assign", master, "--inspector", "GP", "--case", second)
    with Store.open(master) as store:
        held = {store.case_by_ref(ref).id for ref in (first, second)}
        came = sum(p.case_id not in held for p in store.protected_names() if p.case_id)
    said = " ".join(run("merge", tmp_path / "HR.db", master).output.split())
    assert came >= 2  # the new family's two children at least
    assert f"protected names: {came} withheld" in said, said
    assert f"{came} protected names of cases you do not hold came with this merge" in said, said
    assert f"Case {second} went to Gillian Pryor: its names were removed" in said, said


def test_the_names_of_a_case_given_away_leave_the_backups_too(tmp_path: Path) -> None:
    """Tester 29, F16: the names of a case the lead gave another left the inspector's
    file, but its merge backups beside it still held them."""
    master, first, second = _sampled(tmp_path)
    run("assign", master, "--inspector", "HR", "--case", first)
    run("assign", master, "--inspector", "HR", "--case", second)
    mine = tmp_path / "HR.db"
    run("issue", master, "--inspector", "HR", "-o", mine)
    run("merge", mine, master)  # a backup beside the file, if the merge writes one
    run("assign", master, "--inspector", "GP", "--case", second)
    said = " ".join(run("merge", mine, master).output.split())
    backups = sorted(tmp_path.glob("HR.db.bak-*"))
    assert backups
    n = len(backups)
    assert f"withheld in the {n} merge backup{'s' if n != 1 else ''} beside this file" in said, said
    with Store.open(master) as store:  # the children's surnames, by case
        surname = {
            ref: next(p.name for p in store.protected_names()
                      if p.case_id == store.case_by_ref(ref).id and " " not in p.name)
            for ref in (first, second)
        }  # fmt: skip
    for path in (mine, *backups):
        assert surname[second].encode() not in path.read_bytes(), path  # the case given away
        assert surname[first].encode() in path.read_bytes(), path  # the case kept
