"""Keeping both sides of a note that holds a safeguarding concern: two inspectors
rewrote the note's text differently after it was merged, and the concern it records is
the same on both sides.  The concern stays on the kept note only, so the lead escalates
one concern, not two; where a side took it further (escalated it) or recorded a
different concern, its note keeps its own, so nothing anyone recorded is lost.  The team
and notes are written here by hand (`tests/merge/team10.py`)."""

from __future__ import annotations

from pathlib import Path

from store.store import Store
from tests.merge.team10 import edit, make_team10, merge, note, ok

FIRST = "Read the safeguarding check: the police disclosure was chased twice."
AISHA = FIRST + " The risk assessment then used it well."
RAJESH = "Police check chased twice; the assessment drew on it but late."
CONCERN = "The father's new partner has a caution for assault; not shared with the court."


def _both_rewrote(tmp_path: Path, *rajesh_extra: str) -> tuple[Path, str]:
    t = make_team10(tmp_path)
    eid = note(t.aisha, FIRST, "--safeguarding", CONCERN)
    merge(t.master, t.aisha)
    merge(t.rajesh, t.master)
    edit(t.aisha, eid, "--text", AISHA)
    edit(t.rajesh, eid, "--text", RAJESH, *rajesh_extra)
    merge(t.master, t.aisha, t.rajesh)
    return t.master, eid


def test_the_shared_concern_is_kept_once(tmp_path: Path) -> None:
    master, eid = _both_rewrote(tmp_path)
    out = ok("resolve", master, eid, "--keep-both")
    assert "the safeguarding concern both versions hold stays on the kept note only" in out
    with Store.open(master) as s:
        notes = {e.text: e for e in s.all_evidence()}
        assert [e.safeguarding for e in s.escalations()] == [CONCERN]
    assert set(notes) == {AISHA, RAJESH}  # both texts, as written
    assert notes[AISHA].safeguarding == CONCERN
    assert notes[RAJESH].safeguarding == "" and notes[RAJESH].escalation == "none"
    listed = ok("evidence", "list", master, "--to-escalate")
    assert listed.count(CONCERN[:30]) <= 1 and AISHA[:30] in listed and RAJESH[:30] not in listed


def test_a_side_that_escalated_the_concern_keeps_it(tmp_path: Path) -> None:
    master, eid = _both_rewrote(
        tmp_path, "--escalated", "--escalation-note", "Told the service manager on 3 Feb."
    )
    out = ok("resolve", master, eid, "--keep-both")
    assert "stays on the kept note only" not in out
    with Store.open(master) as s:
        notes = {e.text: e for e in s.all_evidence()}
    assert notes[RAJESH].escalation == "escalated"
    assert notes[RAJESH].escalation_note == "Told the service manager on 3 Feb."
    assert notes[AISHA].safeguarding == notes[RAJESH].safeguarding == CONCERN


def test_a_different_concern_is_kept_on_its_own_note(tmp_path: Path) -> None:
    other = "Mother says the older brother hits the child; not yet in the file."
    master, eid = _both_rewrote(tmp_path, "--safeguarding", other)
    ok("resolve", master, eid, "--keep-both")
    with Store.open(master) as s:
        concerns = sorted(e.safeguarding for e in s.all_evidence())
    assert concerns == sorted([CONCERN, other])
