"""Redacting a note in conflict erases its text and decides nothing else: the sides keep
their own findings and the lead still settles them (before, the redaction's version took
the newest side's other values and ended the conflict without anyone choosing).  A
change one side alone made still stands; a deletion against an edit stays the lead's to
decide; the redaction travels to an inspector's file and the conflict with it.  The team
and notes are written here by hand (`tests/merge/team10.py`)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from store.store import Store
from tests.merge.team10 import edit, make_team10, merge, note, ok

FIRST = "Home visit notes read: the guardian saw the boy at his grandmother's flat."
AISHA = "Kacey-Leigh told the guardian she wants to stay at her nan's; analysis thin."
RAJESH = "Kacey-Leigh's wishes were recorded but the analysis does not weigh them."
REASON = ("--reason", "The child's name was written into the note.")


def _all_text(db: Path, eid: str) -> str:
    with sqlite3.connect(db) as c:
        return " ".join(r[0] or "" for r in c.execute("SELECT data FROM version WHERE rid = ?",
                                                      (eid,)))  # fmt: skip


def test_redacting_a_note_in_conflict_leaves_the_findings_for_the_lead(tmp_path: Path) -> None:
    t = make_team10(tmp_path)
    eid = note(t.master, FIRST, "--quote", "I like it at nan's.")
    merge(t.aisha, t.master)
    merge(t.rajesh, t.master)
    edit(t.aisha, eid, "--text", AISHA, "--polarity", "development", "--criteria", "QP7,QP1")
    edit(t.rajesh, eid, "--text", RAJESH, "--polarity", "neutral")
    merge(t.master, t.aisha, t.rajesh)
    with Store.open(t.master) as s:
        before = s.conflict(eid)
    assert before is not None and before.fields == ["polarity", "text"]
    ok("redact", t.master, eid, "--field", "text", *REASON)
    assert "Kacey" not in _all_text(t.master, eid)
    with Store.open(t.master) as s:
        after = s.conflict(eid)
        shown = s.evidence(eid)
    assert after is not None, "the redaction settled the findings"
    assert after.fields == ["polarity"]
    by = {side.author_name: side.values for side in after.sides}
    assert by["Aisha Bello"]["polarity"] == "development"
    assert by["Rajesh Patel"]["polarity"] == "neutral"
    assert {v["text"] for v in by.values()} == {"[redacted]"}
    assert {v["child_words"] for v in by.values()} == {"I like it at nan's."}  # not erased
    assert shown.criteria == ["QP1", "QP7"]  # Aisha alone changed them: that stands
    # Rajesh's file, which never had the redaction, takes the master: the text goes there
    # too and the conflict is still open; the lead settles it and that travels.
    merge(t.rajesh, t.master)
    assert "Kacey" not in _all_text(t.rajesh, eid)
    with Store.open(t.rajesh) as r:
        assert (c := r.conflict(eid)) is not None and c.fields == ["polarity"]
    ok("resolve", t.master, eid, "--take", "Rajesh")
    merge(t.rajesh, t.master)
    for db in (t.master, t.rajesh):
        with Store.open(db) as s:
            e = s.evidence(eid)
            assert s.conflict(eid) is None
            assert (e.polarity, e.text, e.criteria) == ("neutral", "[redacted]", ["QP1", "QP7"])


def test_redacting_the_childs_words_leaves_a_text_conflict_open(tmp_path: Path) -> None:
    t = make_team10(tmp_path)
    eid = note(t.master, FIRST, "--quote", "Kacey-Leigh said: I like it at nan's.")
    merge(t.aisha, t.master)
    merge(t.rajesh, t.master)
    edit(t.aisha, eid, "--text", FIRST + " Seen alone.")
    edit(t.rajesh, eid, "--text", FIRST + " Not seen alone.")
    merge(t.master, t.aisha, t.rajesh)
    ok("redact", t.master, eid, "--field", "quote", *REASON)
    with Store.open(t.master) as s:
        c = s.conflict(eid)
    assert c is not None and c.fields == ["text"]
    assert {side.values["text"] for side in c.sides} == {FIRST + " Seen alone.",
                                                        FIRST + " Not seen alone."}  # fmt: skip
    assert "Kacey" not in _all_text(t.master, eid)


def test_redacting_a_note_deleted_on_one_side_leaves_the_deletion_for_the_lead(
    tmp_path: Path,
) -> None:
    t = make_team10(tmp_path)
    eid = note(t.master, FIRST)
    merge(t.aisha, t.master)
    merge(t.rajesh, t.master)
    ok("evidence", "delete", t.aisha, eid)
    edit(t.rajesh, eid, "--text", RAJESH)
    merge(t.master, t.aisha, t.rajesh)
    ok("redact", t.master, eid, "--field", "text", *REASON)
    assert "Kacey" not in _all_text(t.master, eid)
    with Store.open(t.master) as s:
        c = s.conflict(eid)
        assert c is not None and c.fields[0] == "(deleted)"
        assert [side.deleted for side in c.sides if side.author_name == "Aisha Bello"] == [True]
    ok("resolve", t.master, eid, "--take", "Aisha")
    with Store.open(t.master) as s:
        assert s.conflict(eid) is None and eid not in {e.id for e in s.all_evidence()}
