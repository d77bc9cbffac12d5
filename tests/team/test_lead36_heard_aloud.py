"""An inspector who works by screen reader at the command line (tester 36's F6): one case
can be looked up in words (`fieldwork case show`), a line each, with its grades and notes,
no table and no colour; and at a terminal, `grade` and `evidence add` say what they did
in words after the id they print (in a pipe, stderr is as it was).  The case list and
notes are written here by hand."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

from tests.team.helpers import listed_file, run

LIST = """Case number,Child name,Date of birth,Law type,Case type,Service area
PL-9101,Ffion Maddox,03/03/2015,Private,Child arrangements order,Area 2
PL-9102,Tomasz Wilk,17/07/2012,Private,Prohibited steps order,Area 2
"""


def _ref(db: Path) -> str:
    from store.store import Store

    with Store.open(db) as s:
        return next(s.case(p.case_id).ref for p in s.protected_names()
                    if p.name == "Ffion Maddox" and p.case_id)  # fmt: skip


def test_one_case_is_said_in_words(tmp_path: Path) -> None:
    db = listed_file(tmp_path, LIST)
    ref = _ref(db)
    run("grade", db, "--case", ref, "--criterion", "QP3", "--grade", "good", "--rationale",
        "Her wishes are set out in her own words.")  # fmt: skip
    run("evidence", "add", db, "--case", ref, "--criteria", "QP8", "--source", "CASE_FILE",
        "--polarity", "development", "--text", "Seen once, with mum present, before the report.")  # fmt: skip
    out = run("case", "show", db, ref).stdout
    lines = out.splitlines()
    assert lines[0] == f"Case {ref}."
    assert "Law type: Private law." in lines and "Status: Not started." in lines
    assert "Grades: 1 criterion graded:" in lines and "  QP3: Good." in lines
    assert (
        "  QP8, area for development, Case file scrutiny: Seen once, with mum present, "
        "before the report."
    ) in lines
    assert not any(ch in out for ch in "│┃─━┌┐└┘\x1b")


def test_at_a_terminal_a_grade_is_said_in_words(tmp_path: Path) -> None:
    db = listed_file(tmp_path, LIST)
    ref = _ref(db)
    cmd = [sys.executable, "-m", "cli", "grade", str(db), "--case", ref, "--criterion",
           "QP3", "--grade", "requires improvement", "--rationale", "Wishes not explored."]  # fmt: skip
    env = {**os.environ, "NO_COLOR": "1"}
    shown = subprocess.run(["script", "-qec", shlex.join(cmd), "/dev/null"], env=env,
                           capture_output=True, text=True, timeout=120, check=True).stdout  # fmt: skip
    assert f"Graded {ref} on QP3: requires improvement to be good." in shown, shown
    piped = run("grade", db, "--case", ref, "--criterion", "QP3", "--grade", "good",
                "--rationale", "Wishes set out.")  # fmt: skip
    assert "Graded" not in piped.stderr
