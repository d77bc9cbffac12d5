"""A safeguarding concern can be marked escalated from the command line, as the
evidence editor's tick does (a new lead's finding: `check` kept reporting concerns "not
yet marked as escalated" and no command could mark them).  The inspection is written
here by hand."""

from __future__ import annotations

import json
from pathlib import Path

from store.framework import load_framework
from store.models import Inspector
from store.store import Store
from tests.team.case_list import write_case_list
from tests.team.helpers import refused, run, unchanged

CONCERN = "Interim unsupervised contact in place despite an unassessed DA disclosure."


def _with_concern(tmp_path: Path) -> tuple[Path, str, str]:
    db = tmp_path / "lead.db"
    s = Store.create(db, load_framework("cafcass-2018"), title="Northern visit",
                     lead="Helen Marsh", start_date="2018-02-02")  # fmt: skip
    s.put_inspector(Inspector(name="Gareth Williams", initials="GW"))
    s.close()
    run("cases", "import", db, write_case_list(tmp_path / "cases.csv", n=3))
    with Store.open(db) as s:
        ref = s.case_rows(limit=1)[0].ref
    note = run("evidence", "add", db, "--as", "GW", "--case", ref, "--criteria", "SW1",
               "--source", "CASE_FILE", "--polarity", "development",
               "--text", "Disclosure of domestic abuse not risk assessed before the FHDRA.",
               "--safeguarding", CONCERN).output.strip()  # fmt: skip
    plain = run("evidence", "add", db, "--case", ref, "--criteria", "QP1",
                "--source", "CASE_FILE", "--polarity", "strength",
                "--text", "Section 7 report filed on time.").output.strip()  # fmt: skip
    return db, note, plain


def _note(db: Path, note: str) -> dict[str, str]:
    return next(e for e in json.loads(run("evidence", "list", db, "--json").output)
                if e["id"] == note)  # fmt: skip


def test_a_concern_marked_escalated_leaves_check_clean(tmp_path: Path) -> None:
    db, note, _ = _with_concern(tmp_path)
    before = run("check", db, code=1).output
    assert "1 safeguarding concern is not yet marked as escalated" in before
    assert "--to-escalate" in before and "--escalated" in before
    assert run("evidence", "list", db, "--to-escalate").output.startswith(note)
    run("evidence", "edit", db, note, "--escalated",
        "--escalation-note", "Raised with the service manager on 5 November.")  # fmt: skip
    e = _note(db, note)
    assert (e["escalation"], e["escalation_note"]) == (
        "escalated",
        "Raised with the service manager on 5 November.",
    )
    assert e["safeguarding"] == CONCERN
    assert "not yet marked as escalated" not in run("check", db).output
    assert run("evidence", "list", db, "--to-escalate").output == "0 evidence items.\n"
    # The note's date is when the concern was raised: no hit anywhere, the dump too
    # (tester 20, F19: the dump stopped on it where the check and the CSV passed).
    assert "5 November" not in run("identify", "hits", db).output
    assert "5 November" in run("dump", db).output
    # And back: not escalated after all (the note of to whom stays until changed).
    run("evidence", "edit", db, note, "--not-escalated")
    assert _note(db, note)["escalation"] == "needs-escalation"


def test_escalating_a_note_with_no_concern_is_refused(tmp_path: Path) -> None:
    db, _, plain = _with_concern(tmp_path)
    with unchanged(db):
        out = refused("evidence", "edit", db, plain, "--escalated")
    assert "no safeguarding concern" in out and "--safeguarding" in out


def test_clearing_the_concern_clears_its_escalation(tmp_path: Path) -> None:
    db, note, _ = _with_concern(tmp_path)
    run("evidence", "edit", db, note, "--escalated", "--escalation-note", "To the HoP.")
    run("evidence", "edit", db, note, "--safeguarding", "")
    e = _note(db, note)
    assert (e["safeguarding"], e["escalation"], e["escalation_note"]) == ("", "none", "")
    assert "safeguarding concern" not in run("check", db).output


def test_a_concern_can_be_recorded_already_escalated(tmp_path: Path) -> None:
    db, _, _ = _with_concern(tmp_path)
    with Store.open(db) as s:
        ref = s.case_rows(limit=1)[0].ref
    new = run("evidence", "add", db, "--case", ref, "--criteria", "SW1", "--source",
              "CASE_FILE", "--polarity", "development", "--text", "CSE indicators missed.",
              "--safeguarding", "CSE indicators not explored.", "--escalated",
              "--escalation-note", "Raised with the HoP the same day.").output.strip()  # fmt: skip
    assert _note(db, new)["escalation"] == "escalated"
