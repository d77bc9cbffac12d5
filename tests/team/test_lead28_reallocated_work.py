"""Work by a case's former holder after the lead gave the case to a colleague (tester
28, F9): grading it in her own file says the case is now her colleague's, and the merge
names the grading even when it lands in conflict with the new holder's (it said nothing
of a changed grading; only a new note was named).  Written by hand."""

from __future__ import annotations

import json
from pathlib import Path

from tests.team.helpers import new_inspection, run

LIST = (
    "Case ref,Child ID,Forename,Surname,Date of birth,Law,Order type,Area,Stage\n"
    "NE-2201,K1,Isla,Dunmore,2015-04-11,private law,s8,Area 1,Final hearing\n"
    "NE-2202,K2,Zayn,Kapoor,2013-10-02,private law,s8,Area 1,Final hearing\n"
)


def test_a_former_holders_grading_is_said_when_given_and_when_merged(tmp_path: Path) -> None:
    master = new_inspection(tmp_path / "master.db")
    (tmp_path / "list.csv").write_text(LIST, encoding="utf-8")
    run("cases", "import", master, tmp_path / "list.csv")
    run("team", "add", master, "Aisha Khan", "--initials", "AK")
    run("team", "add", master, "Tom Fletcher", "--initials", "TF")
    run("areas", "visit", master, "1")
    run("sample", master, "--per-area", "2")
    ref = sorted(c["ref"] for c in json.loads(run("cases", "list", master, "--json").output))[0]
    run("assign", master, "--inspector", "AK", "--case", ref)
    ak, tf = tmp_path / "AK.db", tmp_path / "TF.db"
    run("issue", master, "--inspector", "AK", "-o", ak)
    run("issue", master, "--inspector", "TF", "-o", tf)
    grade = ("grade", "--case", ref, "--criterion", "QP7", "--grade")
    said = run(grade[0], ak, *grade[1:], "good", "--rationale", "Clear analysis.").output
    assert "now held by" not in said, said  # still hers
    run("merge", master, ak)
    run("assign", master, "--inspector", "TF", "--case", ref)  # the lead reallocates
    run("merge", ak, master)
    run("merge", tf, master)
    said = run(grade[0], ak, *grade[1:], "outstanding", "--rationale", "Exceptional.").output
    assert f"Case {ref} is now held by Tom Fletcher" in said, said
    run(grade[0], tf, *grade[1:], "good", "--rationale", "Sound, not exceptional.")
    said = " ".join(run("merge", master, ak, tf).output.split())
    assert "1 new conflict" in said, said
    assert f"1 grading by Aisha Khan on {ref}, now held by Tom Fletcher" in said, said
