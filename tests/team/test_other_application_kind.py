"""Tester 16's F13: special guardianship and enforcement cases, which the import reads as
"Other application" (no framework names them), were sampled and read, but the draft's
"Information about this inspection" never said so, because only the inspectors' notes
could place such a case in a kind of rarer work, and theirs did not name it.  The import
now keeps what the case list named an Other application (`CaseFile.application`): the
draft, `cases list` and `cases.csv` say it, and a later list naming it fills it in for a
case imported before.  The case lists and notes are written for these tests.
"""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import docx

from tests.team.helpers import listed_file, run

HEADER = "Case No,Child ID,Law type,Order sought,Area,Stage,Date of birth\n"
ROWS = {
    "MK/2201": "Public,Care order,Area 6 - London South,Issue,12/03/2016",
    "MK/2202": "Public,SGO,Area 6 - London South,IRH,04/07/2019",
    "MK/2203": "Private,Special Guardianship Order,Area 6 - London South,FHDRA,21/01/2015",
    "MK/2204": "Private,Enforcement,Area 6 - London South,WTFH,02/09/2013",
    "MK/2205": "Private,C79 breach of CAO,Area 6 - London South,WTFH,17/05/2012",
    "MK/2206": "Private,Other,Area 6 - London South,WTFH,30/10/2017",
    "MK/2207": "Private,Child arrangements order,Area 6 - London South,FHDRA,08/02/2018",
    "MK/2208": "Private,Parental responsibility,Area 6 - London South,WTFH,11/11/2011",
}
NOTE = "Analysis weighed each adult's account and set the risks out plainly for the court."


def _list(rows: dict[str, str]) -> str:
    return HEADER + "".join(f"{number},1,{cells}\n" for number, cells in rows.items())


def _kinds(db: Path) -> dict[str, tuple[str, str | None]]:
    """Each case's case type and kind of Other application, by the order sought."""
    with sqlite3.connect(db) as conn:
        got = conn.execute("SELECT law_type, case_type, application FROM cases").fetchall()
    return {f"{law}/{ctype}/{kind}": (ctype, kind) for law, ctype, kind in got}


def test_the_import_keeps_what_the_list_named_an_other_application(tmp_path: Path) -> None:
    db = listed_file(tmp_path, _list(ROWS))
    with sqlite3.connect(db) as conn:
        kinds = sorted((r[0] or "") for r in conn.execute(
            "SELECT application FROM cases WHERE case_type = 'OTHER'"))  # fmt: skip
    # SGO twice (public and private law), enforcement twice (one said as a breach),
    # parental responsibility once, and a bare "Other" with no kind.
    assert kinds == ["", "ENFORCEMENT", "ENFORCEMENT", "PR", "SGO", "SGO"]
    listed = run("cases", "list", db).output
    assert listed.count("Other application (special guardianship)") == 2
    assert listed.count("Other application (enforcement)") == 2
    assert "Other application (parental responsibility)" in listed
    assert "Care or supervision application (s31)" in listed  # other types as before


def test_the_draft_says_the_rarer_work_the_list_named_though_no_note_names_it(
    tmp_path: Path,
) -> None:
    db = listed_file(tmp_path, _list(ROWS))
    run("areas", "visit", db, "6")
    run("sample", db, "--areas", "6", "--per-area", "8")
    with sqlite3.connect(db) as conn:
        refs = [r[0] for r in conn.execute("SELECT ref FROM cases WHERE sample != 'national'")]
    assert len(refs) == 8
    for ref in refs:  # one note on each case, none naming the kind of application
        run("evidence", "add", db, "--case", ref, "--criteria", "QPN4", "--source",
            "CASE_FILE", "--polarity", "strength", "--text", NOTE)  # fmt: skip
    run("export", "report", db, "-o", tmp_path / "r.docx")
    said = [p.text for p in docx.Document(str(tmp_path / "r.docx")).paragraphs]
    sampled = next(t for t in said if "The sample included" in t)
    assert "two special guardianship applications" in sampled
    assert "two enforcement applications" in sampled
    run("export", "csv", db, "-o", tmp_path / "csv")
    with (tmp_path / "csv" / "cases.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    named = sorted(r["other_application"] for r in rows if r["case_type"] == "OTHER")
    assert named == ["", "enforcement", "enforcement", "parental responsibility",
                     "special guardianship", "special guardianship"]  # fmt: skip
    assert {r["other_application"] for r in rows if r["case_type"] != "OTHER"} == {""}


def test_a_later_list_naming_the_kind_fills_it_in_with_update(tmp_path: Path) -> None:
    """A case first listed as a bare "Other" (as every case imported before this
    version is stored) is named by a later list: the import says so, and `--update`
    writes it; a list saying only "Other" again changes nothing."""
    first = dict(ROWS, **{"MK/2202": "Public,Other,Area 6 - London South,IRH,04/07/2019"})
    db = listed_file(tmp_path, _list(first))
    later = tmp_path / "later.csv"
    later.write_text(_list(ROWS), encoding="utf-8")
    said = run("cases", "import", db, later).output
    assert "differs from 1 of the 8 cases already present (kind of other application 1)" in said
    assert "PUBLIC/OTHER/None" in _kinds(db)  # reported only: nothing written
    said = run("cases", "import", db, later, "--update").output
    assert "kind of other application (1): " in said
    assert "not recorded → special guardianship" in said
    assert "PUBLIC/OTHER/SGO" in _kinds(db)
    (tmp_path / "again.csv").write_text(_list(first), encoding="utf-8")
    run("cases", "import", db, tmp_path / "again.csv", "--update")
    assert "PUBLIC/OTHER/SGO" in _kinds(db)  # "Other" alone names no kind: kept


def test_the_kind_reaches_a_held_case_without_a_conflict(tmp_path: Path) -> None:
    """The kind is the list's word alone (no inspector records it), so `--update`
    fills it in on a case an inspector holds, and their stage change made meanwhile
    merges beside it with no conflict."""
    first = dict(ROWS, **{"MK/2204": "Private,Other,Area 6 - London South,WTFH,02/09/2013"})
    db = listed_file(tmp_path, _list(first))
    run("areas", "visit", db, "6")
    run("sample", db, "--areas", "6", "--per-area", "8")
    run("team", "add", db, "Owen Price", "--initials", "OP")
    run("assign", db, "--inspector", "Owen Price", "--area", "6")
    run("issue", db, "--inspector", "Owen Price", "-o", tmp_path / "owen.db")
    with sqlite3.connect(db) as conn:
        bare = [r[0] for r in conn.execute(
            "SELECT ref FROM cases WHERE case_type = 'OTHER' AND application IS NULL")]  # fmt: skip
    assert len(bare) == 2  # MK/2204 and MK/2206, both at work to first hearing
    for ref in bare:
        run("case", "edit", tmp_path / "owen.db", ref, "--stage", "FHDRA")
    later = tmp_path / "later.csv"
    later.write_text(_list(ROWS), encoding="utf-8")
    said = run("cases", "import", db, later, "--update").output
    assert "not recorded → enforcement" in said
    merged = run("merge", db, tmp_path / "owen.db").output
    assert "2 changed, 0 deleted, 0 new conflicts" in merged
    with sqlite3.connect(db) as conn:
        got = sorted(conn.execute(
            "SELECT stage, ifnull(application, ''), conflict FROM cases WHERE ref IN (?, ?)",
            bare))  # fmt: skip
    # MK/2204, named enforcement by the later list; MK/2206, still a bare "Other".
    assert got == [("FHDRA", "", 0), ("FHDRA", "ENFORCEMENT", 0)]
    assert run("conflicts", db).output.strip() == "No conflicts."
