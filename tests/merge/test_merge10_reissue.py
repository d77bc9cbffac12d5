"""An inspector loses a laptop and the lead issues a fresh file mid-inspection; later the
old file turns up and is merged too, and the fresh one is merged twice.  Nothing is lost
(the old file's unmerged note arrives, an edit made in both files is a conflict the lead
sees), nothing is duplicated (each note once, merging again brings nothing), and merging
the old file says, in the report, that a newer file was issued to its holder.  The team
and notes are written here by hand (`tests/merge/team10.py`)."""

from __future__ import annotations

import re
from pathlib import Path

from store.store import Store
from tests.merge.team10 import OTHER_CASE, edit, make_team10, merge, note, ok

MERGED = "Case file: the first hearing was listed within the timescale; clear risk analysis."
LOST = "Guardian's report filed late; no reason recorded on the file."
FRESH = "Spoke to the children's guardian: caseload of 24, supervision monthly."
SHARED = "Letter to the child explains the decision in plain words."


def _notes(db: Path) -> list[str]:
    with Store.open(db) as s:
        return sorted(e.text for e in s.all_evidence())


def test_an_old_file_after_a_reissue_loses_nothing_and_duplicates_nothing(
    tmp_path: Path,
) -> None:
    t = make_team10(tmp_path)
    shared = note(t.rajesh, SHARED)
    note(t.rajesh, MERGED)
    merge(t.master, t.rajesh)
    note(t.rajesh, LOST, case=OTHER_CASE)  # never merged: the laptop is lost
    edit(t.rajesh, shared, "--text", SHARED + " Signed by the guardian.")
    fresh = tmp_path / "RP-new.db"
    ok("issue", t.master, "--inspector", "Rajesh Patel", "-o", fresh)
    note(fresh, FRESH)
    edit(fresh, shared, "--text", SHARED + " Not yet sent.")
    first = merge(t.master, fresh)
    assert "older file" not in first
    assert "nothing new" in merge(t.master, fresh)
    # The old laptop turns up: its note arrives, its edit meets the fresh one as a conflict.
    out = merge(t.master, t.rajesh)
    said = re.sub(r"\s+", " ", out)
    # (the note in conflict shows whichever side a digest of the content picks, so it
    # counts as changed or not: that part is left out)
    assert "(Rajesh Patel): 1 new, " in said and ", 0 deleted, 1 new conflict" in said, out
    assert f"{t.rajesh} is an older file of Rajesh Patel's, issued before the newer one" in said
    assert "nothing in it was lost" in said
    held = _notes(t.master)
    assert len(held) == 4 and {MERGED, LOST, FRESH} <= set(held)  # the fourth: in conflict
    with Store.open(t.master) as s:
        (c,) = s.conflicts()
        assert c.record_id == shared
        assert sorted(side.values["text"] for side in c.sides) == [
            SHARED + " Not yet sent.", SHARED + " Signed by the guardian."]  # fmt: skip
        versions = s.conn.execute("SELECT count(*), count(DISTINCT vid) FROM version").fetchone()
    assert versions[0] == versions[1]
    # Merged again, or merged in the other order, nothing new and nothing twice.
    again = merge(t.master, t.rajesh, fresh)
    assert again.count("nothing new") == 2 and "older file of Rajesh" in again
    assert len(_notes(t.master)) == 4
    # Rajesh takes the master into the fresh file: the same notes, once each.
    merge(fresh, t.master)
    assert _notes(fresh) == _notes(t.master)


def test_the_fresh_file_merged_into_the_old_one_says_which_is_newer(tmp_path: Path) -> None:
    t = make_team10(tmp_path)
    fresh = tmp_path / "RP-new.db"
    ok("issue", t.master, "--inspector", "Rajesh Patel", "-o", fresh)
    note(t.rajesh, LOST)
    note(fresh, FRESH)
    out = re.sub(r"\s+", " ", merge(fresh, t.rajesh))
    assert "is an older file of Rajesh Patel's" in out and "(this file (RP-new.db))" in out
    assert _notes(fresh) == sorted([LOST, FRESH])


def test_the_master_is_not_an_older_file_of_the_lead_who_inspects_too(tmp_path: Path) -> None:
    """Tester 31, F17: the lead issued herself a file to inspect cases in; a copy of the
    master carried to an inspector's laptop was then called "an older file of Helen
    Marsh's ... this one can be put away"."""
    t = make_team10(tmp_path)
    own = tmp_path / "HM-inspecting.db"
    ok("issue", t.master, "--inspector", "Helen Marsh", "-o", own)
    note(own, FRESH)
    merge(t.master, own)
    later = tmp_path / "RP-2.db"  # issued after the lead's own: it knows of that file
    ok("issue", t.master, "--inspector", "Rajesh Patel", "-o", later)
    note(t.master, MERGED)
    stick = tmp_path / "usb" / "lead.db"
    stick.parent.mkdir()
    stick.write_bytes(t.master.read_bytes())
    out = re.sub(r"\s+", " ", merge(later, stick))
    assert "older file" not in out and "put away" not in out, out
    assert MERGED in _notes(later)
    # The lead's own inspecting file is still superseded by a newer one issued to her.
    newer = tmp_path / "HM-inspecting-2.db"
    ok("issue", t.master, "--inspector", "Helen Marsh", "-o", newer)
    assert "is an older file of Helen Marsh's" in re.sub(r"\s+", " ", merge(newer, own))
