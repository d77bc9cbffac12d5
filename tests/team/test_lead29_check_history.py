"""`fieldwork check` names the identifying details a correction took out of a note that
its earlier versions still hold, with the command that erases them (tester 29, F10: the
master was called clean while corrected notes still held names in their history)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.team.helpers import listed_file, run

LIST = (
    "Case No,Child First Name,Child Surname,Law type,Order type,Area,Stage\n"
    "YK-7201,Tiegan,Ashworth,Private law,Child arrangements,Area 5 - West Yorkshire,FHDRA\n"
)


def test_a_corrected_note_is_named_until_its_history_is_erased(tmp_path: Path) -> None:
    db = listed_file(tmp_path, LIST)
    ref = json.loads(run("cases", "list", db, "--json").output)[0]["ref"]
    rid = run("evidence", "add", db, "--case", ref, "--criteria", "QP3", "--source",
              "Case file scrutiny", "--polarity", "strength", "--text",
              "Tiegan's wishes recorded in her own words at Moorside Primary School."
              ).stdout.strip().splitlines()[-1]  # fmt: skip
    other = run("evidence", "add", db, "--case", ref, "--criteria", "QP5", "--source",
                "Case file scrutiny", "--polarity", "strength", "--text",
                "Direct work was planned.").stdout.strip().splitlines()[-1]  # fmt: skip
    run("evidence", "edit", db, other, "--text", "Direct work was planned and purposeful.")
    run("evidence", "edit", db, rid, "--text", "The child's wishes recorded in her own words.")
    said = run("check", db, code=1).output
    line = next(ln for ln in said.splitlines() if "earlier versions" in ln)
    assert f"evidence {rid}" in line and "‘Tiegan’" in line and "Moorside Primary" in line, line
    assert f"'fieldwork redact {db} {rid} --field text --keep-current" in line, line
    assert other not in said  # a correction that took nothing identifying out
    run("redact", db, rid, "--field", "text", "--keep-current", "--reason", "name in history")
    after = run("check", db).output
    assert "earlier versions" not in after and "no problems found" in after, after


def test_a_deleted_note_is_named_until_its_history_is_erased(tmp_path: Path) -> None:
    """Tester 30, F15: a note deleted (to settle a conflict) kept a town in its history;
    `check` said nothing and `redact` found nothing to erase."""
    db = listed_file(tmp_path, LIST)
    ref = json.loads(run("cases", "list", db, "--json").output)[0]["ref"]
    rid = run("evidence", "add", db, "--case", ref, "--criteria", "QP3", "--source",
              "Case file scrutiny", "--polarity", "strength", "--text",
              "Placed w/ f/carers in Whitby, a long way from school."
              ).stdout.strip().splitlines()[-1]  # fmt: skip
    run("evidence", "delete", db, rid)
    said = " ".join(run("check", db, code=1).output.split())
    assert f"Evidence {rid} was deleted, and its history still holds" in said, said
    assert "Whitby" in said
    assert f"'fieldwork redact {db} {rid} --field text --reason" in said, said  # no --keep-current
    done = run("redact", db, rid, "--reason", "a town in a deleted note").output
    assert "erased" in done.lower(), done
    after = run("check", db).output
    assert "was deleted" not in after and "no problems found" in after, after
    assert b"Whitby" not in db.read_bytes()
