"""What a merge says about redactions (tester 8, point 9): "The redaction also erased
it from 1 merge backup" came when three redactions arrived ("it" named nothing), and
on a merge that brought no redaction at all.  That second one could happen: once a
redacted field was written again (as the redact command advises), every later merge
took the new words for text still to erase and said so again for every backup.  Now
the message names each record and field erased, and appears only when a backup lost
words."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from cli.root import cli
from store.models import Evidence
from tests.export.test_decisions_redaction import Laptops


def _fw(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args])


def _new_note(store_path: Path, case_ref: str, text: str, who: str) -> None:
    res = _fw("evidence", "add", store_path, "--polarity", "neutral", "--case", case_ref, "--criteria", "SW1",
              "--source", "CASE_FILE", "--text", text, "--as", who)  # fmt: skip
    assert res.exit_code == 0, res.output


def test_a_merge_after_the_field_was_written_again_says_nothing_of_redactions(
    tmp_path: Path,
) -> None:
    t = Laptops(tmp_path)
    try:
        master, laptop = t.master.path, t.b.path
    finally:
        t.close()
    _new_note(laptop, "C-1000-AA", "The guardian read the file before the visit.", "BO")
    assert _fw("merge", master, laptop).exit_code == 0  # a backup that holds the name
    res = _fw("redact", master, t.eid, "--reason", "Named the child.")
    assert res.exit_code == 0, res.output
    assert "also erased from 1 merge backup" in res.output
    res = _fw("evidence", "edit", master, t.eid, "--text", "The child told her guardian "
              "she wants to live with her nan.", "--quote", "I want to live with my nan.")  # fmt: skip
    assert res.exit_code == 0, res.output
    for n in (1, 2):  # each merge brings a note and writes a backup; neither a redaction
        _new_note(laptop, "C-1000-AA", f"Supervision note {n}: reflective, actions clear.", "BO")
        res = _fw("merge", master, laptop)
        assert res.exit_code == 0, res.output
        assert "redact" not in res.output.lower() and "erased" not in res.output


def test_three_redactions_arriving_are_each_named(tmp_path: Path) -> None:
    t = Laptops(tmp_path)
    try:
        case_id = t.master.evidence(t.eid).case_id
        school = t.master.put_evidence(Evidence(
            case_id=case_id, criteria=["SW1"], source="CASE_FILE",
            text="Seen at Larkhill Primary School with the teacher present."))  # fmt: skip
        concern = t.master.put_evidence(Evidence(
            case_id=case_id, criteria=["SW1"], source="CASE_FILE", text="Seen at home.",
            safeguarding="Mum's partner, Gavin Royle, has a conviction for assault."))  # fmt: skip
        t.c.merge([t.master.path])  # the laptop holds all three notes
        master, laptop = t.master.path, t.c.path
    finally:
        t.close()
    for eid in (t.eid, school, concern):
        res = _fw("redact", master, eid, "--reason", "An identifying detail in the note.")
        assert res.exit_code == 0, res.output
    res = _fw("merge", laptop, master)
    assert res.exit_code == 0, res.output
    (note,) = [ln for ln in res.output.splitlines() if "erased" in ln]
    assert "The redacted text of 3 records (" in note
    assert f"text and child's words of evidence {t.eid}" in note
    assert f"text of evidence {school}" in note
    assert f"safeguarding note of evidence {concern}" in note
    # Both backups of the laptop (before each of its merges) held the first note.
    assert note.endswith("was also erased from 2 merge backups beside the file.")
    res = _fw("merge", laptop, master)  # nothing new: nothing said of redactions
    assert res.exit_code == 0 and "erased" not in res.output
