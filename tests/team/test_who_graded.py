"""Tester 20's F12: after the lead settled a grading conflict by keeping one inspector's
grade, `gradings.csv` named the lead as the one who graded, at the time of settling.
An analyst counting who graded what would credit the lead with grades never given.
Who graded is now whoever set the grade that stands (`Store.who_set`): a settled
conflict credits the side kept, and a later edit of the rationale alone changes nothing
of who graded; a grade changed by the lead is the lead's.  Judgements likewise.  The
case list and the grades are written for this test."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from store.store import Store
from tests.team.helpers import listed_file, run

CASES = """Case No,Child ID,Law type,Order sought,Area,Stage,Date of birth
HW/3101,1,Private,Child arrangements order,Area 6 - London South,WTFH,12/03/2016
HW/3102,1,Private,Child arrangements order,Area 6 - London South,FHDRA,04/07/2019
HW/3103,1,Public,Care order,Area 6 - London South,Issue,21/01/2015
HW/3104,1,Public,Care order,Area 6 - London South,IRH,02/09/2013
"""


def _rows(folder: Path, name: str) -> list[dict[str, str]]:
    with (folder / name).open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_who_graded_is_whoever_set_the_grade_that_stands(tmp_path: Path) -> None:
    db = listed_file(tmp_path, CASES)
    run("areas", "visit", db, "6")
    run("team", "add", db, "Priti Sandhu", "--initials", "PS")
    run("team", "add", db, "Colm Byrne", "--initials", "CB")
    run("team", "add", db, "Abena Mensah", "--initials", "AM", "--role", "deputy-lead")
    run("sample", db, "--per-area", "4")
    refs = [c["ref"] for c in json.loads(run("cases", "list", db, "--json").output)]
    first, second, third = refs[0], refs[1], refs[2]
    run("assign", db, "--inspector", "PS", "--area", "6")
    ps, cb = tmp_path / "ps.db", tmp_path / "cb.db"
    run("issue", db, "--inspector", "PS", "-o", ps)
    run("issue", db, "--inspector", "CB", "-o", cb)
    # Both grade the first case on SW1 differently: a conflict; Priti alone grades the
    # second and third.
    run("grade", ps, "--case", first, "--criterion", "SW1", "--grade", "good")
    run("grade", cb, "--case", first, "--criterion", "SW1", "--grade", "inadequate",
        "--rationale", "No visit for four months")  # fmt: skip
    run("grade", ps, "--case", second, "--criterion", "SW1", "--grade", "good")
    run("grade", ps, "--case", third, "--criterion", "SW1", "--grade", "good")
    run("merge", db, ps, cb)
    (conflict,) = json.loads(run("conflicts", db, "--json").output)
    run("resolve", db, conflict["record_id"], "--take", "CB")
    # The lead corrects the rationale of the second (Priti's grade stands) and changes
    # the grade of the third (the lead's grade now).
    run("grade", db, "--case", second, "--criterion", "SW1", "--grade", "good",
        "--rationale", "Seen twice at home")  # fmt: skip
    run("grade", db, "--case", third, "--criterion", "SW1", "--grade", "requires improvement")
    # The deputy judges the area; the lead then corrects the rationale only.
    run("judge", db, "--as", "AM", "--judgement", "J18-4A", "--area", "6", "--grade", "good",
        "--rationale", "Most work timely")  # fmt: skip
    run("judge", db, "--judgement", "J18-4A", "--area", "6", "--grade", "good",
        "--rationale", "Most work timely; a few late")  # fmt: skip
    run("export", "csv", db, "-o", tmp_path / "csv", "--omit-text")

    graded = {r["case_ref"]: r for r in _rows(tmp_path / "csv", "gradings.csv")}
    assert graded[first]["grade"] == "inadequate" and graded[first]["conflict"] == ""
    assert graded[first]["graded_by_name"] == "Colm Byrne"
    assert graded[second]["graded_by_name"] == "Priti Sandhu"
    assert graded[third]["graded_by_name"] == "Grace Whitfield"
    # When: the time the kept grade was written, before the lead's settling.
    assert graded[first]["graded_at"] < graded[third]["graded_at"]
    (judged,) = _rows(tmp_path / "csv", "judgements.csv")
    assert judged["judged_by_name"] == "Abena Mensah"
    # Who wrote the rationale that stands is said beside it (tester 26, F15: one
    # inspector's rationale stood under another's grade, under the other's name only).
    assert graded[second]["rationale_by_name"] == "Grace Whitfield"
    assert graded[first]["rationale_by_name"] == "Colm Byrne"
    assert judged["rationale_by_name"] == "Grace Whitfield"


def test_the_rationale_that_stands_is_credited_to_its_writer_after_a_field_merge(
    tmp_path: Path,
) -> None:
    """Tester 26, F15: Priti rewrote a grade's rationale; Colm changed the grade and put
    it back with the old words.  The merge keeps Priti's rationale and the grade (no
    conflict: Colm's net change is none): the rationale is Priti's.  (This shape was
    credited right before too; the shape of tester 26's master, which was not, is the
    test below, on that master where this machine has it.)"""
    db = listed_file(tmp_path, CASES)
    run("areas", "visit", db, "6")
    run("team", "add", db, "Priti Sandhu", "--initials", "PS")
    run("team", "add", db, "Colm Byrne", "--initials", "CB")
    run("sample", db, "--per-area", "4")
    first = json.loads(run("cases", "list", db, "--json").output)[0]["ref"]
    run("assign", db, "--inspector", "PS", "--case", first)
    run("grade", db, "--case", first, "--criterion", "SW1", "--grade", "requires improvement",
        "--rationale", "Checks came back late")  # fmt: skip
    ps, cb = tmp_path / "ps.db", tmp_path / "cb.db"
    run("issue", db, "--inspector", "PS", "-o", ps)
    run("issue", db, "--inspector", "CB", "-o", cb)
    run("grade", ps, "--case", first, "--criterion", "SW1", "--grade", "requires improvement",
        "--rationale", "On re-reading, the checks came back only after the first hearing")  # fmt: skip
    run("grade", cb, "--case", first, "--criterion", "SW1", "--grade", "good")
    run("grade", cb, "--case", first, "--criterion", "SW1", "--grade", "requires improvement",
        "--rationale", "Checks came back late")  # fmt: skip
    run("merge", db, ps, cb)
    assert json.loads(run("conflicts", db, "--json").output) == []
    run("export", "csv", db, "-o", tmp_path / "csv")
    (row,) = [r for r in _rows(tmp_path / "csv", "gradings.csv") if r["case_ref"] == first]
    assert row["rationale"].startswith("On re-reading"), row
    assert row["rationale_by_name"] == "Priti Sandhu", row


TESTER26 = Path("/work/tester26/frozen/master_after_merge3.db")


@pytest.mark.skipif(not TESTER26.exists(), reason="tester 26's master is not on this machine")
def test_tester26_rationale_is_credited_to_the_inspector_who_wrote_it(tmp_path: Path) -> None:
    """On tester 26's master, C-1704-VU's QP2 rationale is Gillian Pryor's (her version
    alone holds it) beside Hamish Reid's later grade: the heads merge field by field."""
    copy = tmp_path / "t26.db"
    shutil.copy2(TESTER26, copy)
    with Store.open(copy) as store:
        grading = store.gradings_for_case(store.case_by_ref("C-1704-VU").id)["QP2"]
        names = {p.id: p.name for p in store.inspectors()}
        wrote = store.who_set("grading", "rationale")[grading.id].author
    assert grading.rationale.startswith("On re-reading, the police checks")
    assert names[wrote] == "Gillian Pryor"
