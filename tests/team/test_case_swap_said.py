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


def test_a_swap_says_which_case_came_and_which_went(tmp_path: Path) -> None:
    master = new_inspection(tmp_path / "master.db")
    (tmp_path / "list.csv").write_text(LIST, encoding="utf-8")
    run("cases", "import", master, tmp_path / "list.csv")
    run("team", "add", master, "Gillian Pryor", "--initials", "GP")
    run("team", "add", master, "Hamish Reid", "--initials", "HR")
    run("areas", "visit", master, "11")
    run("sample", master, "--per-area", "2")
    refs = {c["ref"] for c in json.loads(run("cases", "list", master, "--json").output)}
    first, second = sorted(refs)
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
