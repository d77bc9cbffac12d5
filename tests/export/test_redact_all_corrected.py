"""`fieldwork redact DB --all-corrected --reason TEXT` (tester 32: after rewording what
the scanner found, `check` listed 28 corrected notes, each with a `redact` command of its
own, 3 seconds each): every record `check` names is erased from its earlier versions in
one transaction, each current wording kept, and `check` lists none after.  The case
list and notes are written here by hand."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from cli.root import cli
from tests.store.test_cli_messages import _versions_holding
from tests.team.helpers import empty_file, run

CASES = (
    "Case ref,Child ID,Forename,Surname,Date of birth,Law,Order type,Area,Stage\n"
    "LN-8101,K1,Semhar,Tesfamariam,2015-04-02,private law,s8,Area 2,FHDRA\n"
    "LN-8102,K2,Jakub,Wroblewski,2013-10-19,private law,s8,Area 2,FHDRA\n"
)
NOTES = (
    ("Semhar Tesfamariam told the FCA she wants to stay at her school.",
     "The child told the FCA she wants to stay at her school."),
    ("Jakub Wroblewski was seen alone twice; views clear.",
     "The child was seen alone twice; views clear."),
    ("Visit to Semhar went well; interpreter present for mum.",
     "Visit went well; interpreter present for mum."),
)  # fmt: skip


def _corrected(tmp_path: Path) -> Path:
    db = tmp_path / "lead.db"
    empty_file(db, "cafcass-2018", "Inner London visit")
    (tmp_path / "cases.csv").write_text(CASES, encoding="utf-8")
    run("cases", "import", db, tmp_path / "cases.csv")
    matched = json.loads(run("cases", "match", db, tmp_path / "cases.csv", "--json").output)
    ref = next(m["ref"] for m in matched if "8101" in json.dumps(m))
    for named, corrected in NOTES:
        note = run("evidence", "add", db, "--case", ref, "--criteria", "QP3", "--source",
                   "INT_CHILD", "--polarity", "strength", "--text", named).output.split()[0]  # fmt: skip
        run("evidence", "edit", db, note, "--text", corrected)
    return db


def _listed(db: Path) -> int:
    """How many corrected records `check` names (it exits 1 while it names any)."""
    result = CliRunner().invoke(cli, ["check", str(db), "--json"])
    problems = json.loads(result.output)["problems"]
    assert result.exit_code == (1 if problems else 0)
    return sum(p["kind"] == "identifying-history" for p in problems)


def test_every_corrected_record_is_erased_in_one_command(tmp_path: Path) -> None:
    db = _corrected(tmp_path)
    assert _listed(db) == 3
    assert _versions_holding(db, "Semhar") == 2 and _versions_holding(db, "Wroblewski") == 1
    out = run("redact", db, "--all-corrected",
              "--reason", "Names in the first wording of corrected notes.").output  # fmt: skip
    assert "from the earlier versions of 3 records (3 kept their current wording" in out
    assert _versions_holding(db, "Semhar") == 0 and _versions_holding(db, "Wroblewski") == 0
    assert _listed(db) == 0
    texts = {e["text"] for e in json.loads(run("evidence", "list", db, "--json").output)}
    assert texts == {corrected for _, corrected in NOTES}
    again = run("redact", db, "--all-corrected", "--reason", "Nothing left to erase now.")
    assert "nothing was erased" in again.output


def test_a_reason_naming_anyone_or_a_record_id_as_well_erases_nothing(tmp_path: Path) -> None:
    db = _corrected(tmp_path)
    refused = run("redact", db, "--all-corrected", "--reason",
                  "Semhar Tesfamariam was named in three notes.", code=2)  # fmt: skip
    assert "the reason itself holds an identifying detail" in refused.output
    assert "Traceback" not in refused.output
    both = run("redact", db, "some-id", "--all-corrected", "--reason", "Names erased.", code=2)
    assert "give either RECORD_ID or --all-corrected" in both.output
    assert _versions_holding(db, "Semhar") == 2 and _listed(db) == 3
