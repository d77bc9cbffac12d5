"""What `cases import`, `cases list`, `cases match`, `grade` and `evidence add` tell a
lead or an inspector (a new lead's findings: "date of birth is not a date" without the
value; "3 rows gave no stage" where 14 were blank, the others quietly taken as Closed;
`cases match --json` saying `national` where `cases list` says "not sampled"; graded
cases still "Not started" with nothing saying who sets it).  The case list is written
here by hand."""

from __future__ import annotations

import json
from pathlib import Path

from store.framework import load_framework
from store.store import Store
from tests.team.helpers import run

HEADER = "Case No,Child ID,First name,Surname,Mother,DOB,Law type,Order type,Area,Stage,End date"
ROWS = [
    "CAF-5001,CH1,Kayden,Whitlock,Joanne Whitlock,2012-03-04,private law,s7,Area 3,Final hearing,",
    "CAF-5002,CH2,Amira,Brennan,Stacey Brennan,2015-07-19,private,s7,Area 3,,21/10/2026",
    "CAF-5003,CH3,Tyler,Thwaite,Gemma Thwaite,2016-01-30,private law,s7,Area 3,,2026-09-01",
    "CAF-5004,CH4,Lacey,Dobbs,Nadia Dobbs,2013-11-02,public law,care order,Area 3,,",
    "CAF-5005,CH5,Rhys,Garside,Kim Garside,2011-05-05,private law,s7,Area 3,WAFH,",
]
BAD_DOB = "CAF-5006,CH6,Maisie,Lister,Jo Lister,31/02/2015,public law,care order,Area 3,,"


def _new(tmp_path: Path) -> Path:
    db = tmp_path / "lead.db"
    Store.create(db, load_framework("cafcass-2018"), title="Fenland visit",
                 lead="Helen Marsh", start_date="2026-11-30").close()  # fmt: skip
    return db


def _list(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "cases.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def test_a_bad_date_of_birth_is_shown_with_its_row(tmp_path: Path) -> None:
    db = _new(tmp_path)
    out = run("cases", "import", db, _list(tmp_path, [*ROWS, BAD_DOB]), code=2).output
    assert "1 row (line 7): date of birth '31/02/2015': no such day" in out


def test_rows_without_a_stage_are_counted_with_what_was_assumed(tmp_path: Path) -> None:
    db = _new(tmp_path)
    out = run("cases", "import", db, _list(tmp_path, ROWS)).output
    assert (
        "3 rows gave no stage: 2 with an end date were taken as Closed and 1 without one "
        "starts at its law type's first stage"
    ) in out
    stages = sorted(c["stage"] for c in json.loads(run("cases", "list", db, "--json").output))
    assert stages.count("CLOSED") == 2


def test_sample_marks_read_alike_in_list_and_match(tmp_path: Path) -> None:
    db = _new(tmp_path)
    csv = _list(tmp_path, ROWS)
    run("cases", "import", db, csv)
    listed = json.loads(run("cases", "list", db, "--json").output)
    matched = json.loads(run("cases", "match", db, csv, "--json").output)
    # The code too: `national` read to an analyst as a national sample (tester 32, F12).
    assert {(c["sample"], c["sample_label"]) for c in listed} == {("not-sampled", "not sampled")}
    assert {(r["sample"], r["sample_label"]) for r in matched} == {("not-sampled", "not sampled")}
    table = run("cases", "list", db).output
    text = run("cases", "match", db, csv).output
    assert table.count("not sampled") == 5 and text.count("not sampled") == 5
    assert "national" not in table and "national" not in text


def _on_a_terminal(*args: str | Path) -> tuple[str, str]:
    """Run `fieldwork ARGS` with stderr on a pseudo-terminal, as an inspector at a
    laptop has it: (stdout, what the terminal showed)."""
    import os
    import pty
    import subprocess
    import sys

    master, slave = pty.openpty()
    done = subprocess.run([sys.executable, "-m", "cli", *map(str, args)], stdout=subprocess.PIPE,
                          stderr=slave, text=True, check=True)  # fmt: skip
    os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    return done.stdout, " ".join(shown.decode().split())


def test_grading_a_case_still_not_started_says_its_status_is_the_inspectors(
    tmp_path: Path,
) -> None:
    """Status is set by the inspector, never by Fieldwork; work recorded on a case still
    marked Not started reminds them how to set it (at a terminal: a script's output is
    unchanged), and stops once the case is in progress."""
    db = _new(tmp_path)
    run("cases", "import", db, _list(tmp_path, ROWS))
    ref = json.loads(run("cases", "list", db, "--json").output)[0]["ref"]
    out, shown = _on_a_terminal("grade", db, "--case", ref, "--criterion", "QP1",
                                "--grade", "good", "--rationale", "Filed on time.")  # fmt: skip
    assert len(out.split()) == 1  # the grading's id alone on stdout
    assert (f"Case {ref} is still marked Not started: its status is yours to set "
            f"('fieldwork case edit {db} {ref} --status in-progress'") in shown  # fmt: skip
    _, shown = _on_a_terminal("evidence", "add", db, "--case", ref, "--criteria", "QP1",
                              "--source", "CASE_FILE", "--polarity", "strength",
                              "--text", "Report filed on time.")  # fmt: skip
    assert "still marked Not started" in shown
    run("case", "edit", db, ref, "--status", "in-progress")
    _, shown = _on_a_terminal("grade", db, "--case", ref, "--criterion", "QP7",
                              "--grade", "good", "--rationale", "Analysis clear.")  # fmt: skip
    assert "Not started" not in shown


def test_editing_a_name_out_says_the_earlier_version_holds_it_and_how_to_erase_it(
    tmp_path: Path,
) -> None:
    """Following the advice leaves no trace of the name in the file's history."""
    db = _new(tmp_path)
    run("cases", "import", db, _list(tmp_path, ROWS))
    ref = json.loads(run("cases", "list", db, "--json").output)[0]["ref"]
    note = run("evidence", "add", db, "--case", ref, "--criteria", "QP9", "--source",
               "INT_CHILD", "--polarity", "strength", "--text",
               "Met Kayden Whitlock at school with the FCA; he knew why she had come.",
               ).output.split()[0]  # fmt: skip
    out = run("evidence", "edit", db, note, "--text",
              "Met the child at school with the FCA; he knew why she had come.").output  # fmt: skip
    assert (f"The earlier version of {note} still holds protected name ‘Kayden Whitlock’ "
            f"in its history") in out  # fmt: skip
    assert f"run 'fieldwork redact {db} {note} --field text --keep-current --reason" in out
    # the redaction erases only the field that held the name, in the earlier versions
    assert "the corrected wording and the note's other fields keep their words" in out
    assert "--quote" not in out
    assert _versions_holding(db, "Whitlock") == 1  # the earlier version
    # A second edit that changes nothing identifying says nothing of it.
    again = run("evidence", "edit", db, note, "--polarity", "neutral").output
    assert "earlier version" not in again
    run("redact", db, note, "--field", "text", "--keep-current",
        "--reason", "a child's name in an earlier version")  # fmt: skip
    assert _versions_holding(db, "Whitlock") == 0
    e = next(e for e in json.loads(run("evidence", "list", db, "--json").output)
             if e["id"] == note)  # fmt: skip
    assert e["text"] == "Met the child at school with the FCA; he knew why she had come."


def _versions_holding(db: Path, word: str) -> int:
    """How many stored versions of evidence hold `word`."""
    import sqlite3

    with sqlite3.connect(db) as conn:
        found: int = conn.execute(
            "SELECT count(*) FROM version WHERE tbl = 'evidence' AND data LIKE ?", (f"%{word}%",)
        ).fetchone()[0]
    return found


def test_a_stage_the_list_gave_can_be_put_back_after_a_slip(tmp_path: Path) -> None:
    """Tester 32: the import keeps a stage the list gives another law type's case ("as
    given"); the inspector changed it by a slip and `case edit` refused to put it back.
    It takes back a stage the case has had, saying so, and still refuses a new misfit."""
    db = _new(tmp_path)
    rows = [*ROWS[:-1], "CAF-5005,CH5,Rhys,Garside,Kim Garside,2011-05-05,private law,s7,Area 3,"
            "Issue and allocation,"]  # fmt: skip
    run("cases", "import", db, _list(tmp_path, rows))
    ref = next(c["ref"] for c in json.loads(run("cases", "list", db, "--json").output)
               if c["stage_label"] == "Issue and allocation")  # fmt: skip
    run("case", "edit", db, ref, "--stage", "Final hearing")
    back = run("case", "edit", db, ref, "--stage", "Issue and allocation")
    assert "stage Issue and allocation" in back.stdout
    assert "not a stage of a private law case; put back as the case had it before" in back.stderr
    stages = {
        c["ref"]: c["stage_label"] for c in json.loads(run("cases", "list", db, "--json").output)
    }
    assert stages[ref] == "Issue and allocation"
    said = run("case", "edit", db, ref, "--stage", "Issues resolution hearing", code=2).output
    assert "'Issues resolution hearing' is not a stage of a private law case" in said
