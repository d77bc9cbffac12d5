"""A name two cases share (a first name, a surname) is protected in the file of whoever
holds either case: tester 14, F7 (three of four inspectors' files held no protected
names at all, because each name was one record tied to the first case that gave it, and
an issued file keeps the names of its holder's cases only).  The list is hand-written:
two children called Ivy, two called Khan, in cases held by different inspectors."""

from __future__ import annotations

from pathlib import Path

from store.store import Store
from tests.team.helpers import new_inspection, run

LIST = (
    "Case ref,Child ID,Forename,Surname,Date of birth,Law,Order type,Area,Stage\n"
    "FW-5101,K1,Ivy,Ashdown,2016-03-02,private law,s8,Area 3,Final hearing\n"
    "FW-5102,K2,Ivy,Khan,2015-07-14,private law,s8,Area 3,Final hearing\n"
    "FW-5103,K3,Zain,Khan,2013-11-30,public law,care order,Area 3,Final hearing\n"
)


def _names(db: Path) -> set[str]:
    with Store.open(db) as store:
        return {p.name for p in store.protected_names()}


def test_each_holder_keeps_the_names_of_their_own_cases(tmp_path: Path) -> None:
    master = new_inspection(tmp_path / "master.db")
    (tmp_path / "list.csv").write_text(LIST, encoding="utf-8")
    run("cases", "import", master, tmp_path / "list.csv")
    run("team", "add", master, "Priti Sandhu", "--initials", "PS")
    run("team", "add", master, "Owen Rhys", "--initials", "OR")
    with Store.open(master) as store:
        refs = {c.id: c.ref for c in store.case_facts()}
        child = {p.name: refs[p.case_id or ""] for p in store.protected_names() if " " in p.name}
    run("areas", "visit", master, "3")
    run("sample", master, "--per-area", "3")
    run("assign", master, "--inspector", "PS", "--case", child["Ivy Ashdown"])
    run("assign", master, "--inspector", "OR", "--case", child["Ivy Khan"],
        "--case", child["Zain Khan"])  # fmt: skip
    for who in ("PS", "OR"):
        run("issue", master, "--inspector", who, "-o", tmp_path / f"{who}.db")
    ps, orr = _names(tmp_path / "PS.db"), _names(tmp_path / "OR.db")
    assert {"Ivy Ashdown", "Ivy", "Ashdown"} <= ps
    assert {"Ivy Khan", "Zain Khan", "Ivy", "Khan", "Zain"} <= orr
    assert not {"Ivy Khan", "Zain", "Khan"} & ps  # nor more than their own cases'
    assert not {"Ivy Ashdown", "Ashdown"} & orr
