"""`fieldwork redact --keep-current`: after an edit took a child's name out of a note,
one command erases the name from the note's earlier versions and keeps the corrected
wording (tester 11, item 8: `redact` blanked the corrected text too and the lead typed it
twice).  The erasure reaches every copy the redaction is merged into; a wording that
still names the child, or a note in conflict, is refused in one sentence and the file is
untouched.  The case list and notes are written here by hand."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from store.store import Store
from tests.store.test_cli_messages import _versions_holding
from tests.team.helpers import empty_file, refused, run

CASES = (
    "Case ref,Child ID,Forename,Surname,Date of birth,Law,Order type,Area,Stage\n"
    "FW-7101,K1,Oliwia,Pemberton-Hale,2014-02-11,private law,s8,Area 4,Final hearing\n"
    "FW-7102,K2,Declan,Ashworth,2016-09-23,private law,s8,Area 4,Final hearing\n"
)
NAMED = "Spoke with Oliwia Pemberton-Hale after school; she wants more time with her dad."
CORRECTED = "Spoke with the child after school; she wants more time with her father."


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _inspection(tmp_path: Path) -> tuple[Path, str]:
    """A lead's file with the case list, and a note about the first case that named the
    child, then corrected with `evidence edit`."""
    db = tmp_path / "lead.db"
    empty_file(db, "cafcass-2018", "Pennine visit")
    (tmp_path / "cases.csv").write_text(CASES, encoding="utf-8")
    run("cases", "import", db, tmp_path / "cases.csv")
    matched = json.loads(run("cases", "match", db, tmp_path / "cases.csv", "--json").output)
    ref = next(m["ref"] for m in matched if "7101" in json.dumps(m))
    note = run("evidence", "add", db, "--case", ref, "--criteria", "QP9", "--source",
               "INT_CHILD", "--polarity", "strength", "--text", NAMED).output.split()[0]  # fmt: skip
    out = run("evidence", "edit", db, note, "--text", CORRECTED).output
    assert f"'fieldwork redact {db} {note} --field text --keep-current --reason" in out
    return db, note


def test_keep_current_erases_the_earlier_versions_and_keeps_the_correction(
    tmp_path: Path,
) -> None:
    db, note = _inspection(tmp_path)
    assert _versions_holding(db, "Pemberton") == 1
    out = run("redact", db, note, "--field", "text", "--keep-current",
              "--reason", "The child was named in the first version.").output  # fmt: skip
    assert out.startswith(
        f"Redacted the text of evidence {note}: erased from its earlier versions, "
        "the current wording kept"
    )
    assert "again" not in out  # nothing to type a second time
    assert _versions_holding(db, "Pemberton") == 0
    listed = json.loads(run("evidence", "list", db, "--json").output)
    assert [e["text"] for e in listed if e["id"] == note] == [CORRECTED]


def test_the_erasure_reaches_a_copy_that_held_the_named_version(tmp_path: Path) -> None:
    db, note = _inspection(tmp_path)
    run("team", "add", db, "Imran Qureshi", "--initials", "IQ")
    laptop = tmp_path / "IQ.db"
    run("issue", db, "--inspector", "IQ", "-o", laptop)  # holds both versions of the note
    assert _versions_holding(laptop, "Pemberton") == 1
    run("redact", db, note, "--keep-current", "--reason", "The child was named.")
    run("merge", laptop, db)
    assert _versions_holding(laptop, "Pemberton") == 0
    with Store.open(laptop) as store:
        assert store.evidence(note).text == CORRECTED
    # nor in the laptop's file bytes, nor the backup its merge wrote first
    copies = [p for p in tmp_path.iterdir() if p.name.startswith("IQ.db")]
    assert len(copies) >= 2 and not any(b"Pemberton" in p.read_bytes() for p in copies)
    # and merging the laptop back brings nothing of the name to the lead's file
    run("merge", db, laptop)
    assert _versions_holding(db, "Pemberton") == 0


def test_a_wording_that_still_names_the_child_is_refused_untouched(tmp_path: Path) -> None:
    db, note = _inspection(tmp_path)
    run("evidence", "edit", db, note, "--text", NAMED)  # the name is back in the text
    before = _sha(db)
    said = refused("redact", db, note, "--field", "text", "--keep-current",
                   "--reason", "The child was named.")  # fmt: skip
    assert "still holds an identifying detail: correct it first" in said
    assert _sha(db) == before


def test_a_note_in_conflict_has_no_current_wording_to_keep(tmp_path: Path) -> None:
    db, note = _inspection(tmp_path)
    run("team", "add", db, "Imran Qureshi", "--initials", "IQ")
    laptop = tmp_path / "IQ.db"
    run("issue", db, "--inspector", "IQ", "-o", laptop)
    run("evidence", "edit", laptop, note, "--text", CORRECTED + " Seen twice.")
    run("evidence", "edit", db, note, "--text", CORRECTED + " Seen once.")
    run("merge", db, laptop)
    before = _sha(db)
    said = refused("redact", db, note, "--field", "text", "--keep-current",
                   "--reason", "The child was named.")  # fmt: skip
    assert "in conflict, so it has no one current wording to keep" in said
    assert _sha(db) == before


def test_keep_current_without_a_field_erases_only_where_a_version_held_the_detail(
    tmp_path: Path,
) -> None:
    """Tester 13, F12: the name was only ever in the note's text; the safeguarding and
    escalation notes of its earlier versions named nobody and keep their words."""
    db, note = _inspection(tmp_path)
    concern = "Mother disclosed a new partner with a history of violence; checks not done."
    escalated = "Raised with the service manager on the day of reading."
    run("evidence", "edit", db, note, "--safeguarding", concern)
    run("evidence", "edit", db, note, "--escalation-note", escalated)
    out = run("redact", db, note, "--keep-current",
              "--reason", "The child was named in the first version.").output  # fmt: skip
    assert out.startswith(f"Redacted the text of evidence {note}: erased from its earlier")
    assert _versions_holding(db, "Pemberton") == 0
    with Store.open(db) as store:
        history = store.record_history("evidence", note)
    said = [c.after for v in history for c in v.changes if c.field == "safeguarding"]
    assert concern in said  # the version that wrote the concern still holds it


def test_keep_current_when_no_version_held_a_detail_is_refused_untouched(
    tmp_path: Path,
) -> None:
    db = tmp_path / "lead.db"
    empty_file(db, "cafcass-2018", "Pennine visit")
    (tmp_path / "cases.csv").write_text(CASES, encoding="utf-8")
    run("cases", "import", db, tmp_path / "cases.csv")
    ref = json.loads(run("cases", "list", db, "--json").output)[0]["ref"]
    note = run("evidence", "add", db, "--case", ref, "--criteria", "QP9", "--source",
               "INT_CHILD", "--polarity", "strength", "--text", CORRECTED).output.split()[0]  # fmt: skip
    run("evidence", "edit", db, note, "--text", CORRECTED + " Seen at home.")
    before = _sha(db)
    out = refused("redact", db, note, "--keep-current", "--reason", "Checking the history.")
    assert "no version of evidence" in out and "--field" in out
    assert _sha(db) == before
