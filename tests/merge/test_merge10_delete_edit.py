"""One note deleted by one inspector and edited by another, merged in every order and
every way a team passes files around: the edit is never lost without the lead deciding.
Every file shows the note with the edit (a live version beats a deletion), marked in
conflict; `conflicts` shows the deletion and the edit's new text whole; the lead takes
either; an edit made afterwards on top of the side the lead did not keep raises the
conflict again.  The team and notes are written here by hand (`tests/merge/team10.py`)."""

from __future__ import annotations

import itertools
import re
import shutil
from pathlib import Path

import pytest

from store.store import Store
from tests.merge.team10 import Team10, edit, make_team10, merge, note, ok, refused
from tests.team.helpers import unchanged

FIRST = "School nurse not contacted before the first hearing; no reason on file."
EDITED = FIRST + " The nurse was contacted after the hearing and confirmed no concerns."
AGAIN = EDITED + " Manager agreed to add the nurse to the checklist."


def _parted(tmp_path: Path) -> tuple[Team10, str]:
    """The master's note, taken by both; Aisha deletes it, Rajesh adds a sentence."""
    t = make_team10(tmp_path)
    eid = note(t.master, FIRST)
    merge(t.aisha, t.master)
    merge(t.rajesh, t.master)
    ok("evidence", "delete", t.aisha, eid)
    edit(t.rajesh, eid, "--text", EDITED)
    return t, eid


def _shows(db: Path, eid: str) -> tuple[str | None, tuple[str, ...]]:
    """The note's text as shown (None: gone) and the fields in conflict."""
    with Store.open(db) as s:
        shown = {e.id: e.text for e in s.all_evidence()}.get(eid)
        c = s.conflict(eid)
    return shown, (() if c is None else tuple(c.fields))


@pytest.mark.parametrize("order", ["one merge", "deletion first", "edit first", "peer"])
def test_a_deletion_and_an_edit_reach_the_lead_as_a_conflict(tmp_path: Path, order: str) -> None:
    t, eid = _parted(tmp_path)
    if order == "one merge":
        merge(t.master, t.aisha, t.rajesh)
    elif order == "deletion first":
        merge(t.master, t.aisha)
        assert _shows(t.master, eid) == (None, ())
        merge(t.master, t.rajesh)
    elif order == "edit first":
        merge(t.master, t.rajesh)
        merge(t.master, t.aisha)
    else:  # Aisha takes Rajesh's file straight, then the master takes hers
        merge(t.aisha, t.rajesh)
        assert _shows(t.aisha, eid) == (EDITED, ("(deleted)",))
        merge(t.master, t.aisha)
    assert _shows(t.master, eid) == (EDITED, ("(deleted)",))
    said = re.sub(r"\s+", " ", ok("conflicts", t.master))
    assert "Aisha Bello" in said and "Deleted the record." in said
    assert "Rajesh Patel" in said and EDITED in said
    # Everyone who takes the master sees the same.
    merge(t.aisha, t.master)
    merge(t.rajesh, t.master)
    for db in (t.aisha, t.rajesh):
        assert _shows(db, eid) == (EDITED, ("(deleted)",))


def test_the_lead_decides_and_a_later_edit_raises_it_again(tmp_path: Path) -> None:
    t, eid = _parted(tmp_path)
    merge(t.master, t.aisha, t.rajesh)
    kept = tmp_path / "kept"
    kept.mkdir()
    shutil.copy2(t.master, kept / t.master.name)
    # Deleting a note in conflict is refused; the lead takes the deletion instead.
    assert "is in conflict" in refused("evidence", "delete", t.master, eid)
    ok("resolve", t.master, eid, "--take", "Aisha")
    assert _shows(t.master, eid) == (None, ())
    # Rajesh, who has not taken the master since, adds to his edit: it comes back in
    # conflict with the deletion, never lost.
    edit(t.rajesh, eid, "--text", AGAIN)
    merge(t.master, t.rajesh)
    assert _shows(t.master, eid) == (AGAIN, ("(deleted)",))
    # On the copy, the lead keeps the edit: it stands, and travels.
    master = kept / t.master.name
    ok("resolve", master, eid, "--take", "Rajesh")
    merge(t.aisha, master)
    assert _shows(master, eid) == _shows(t.aisha, eid) == (EDITED, ())


def test_every_order_of_the_three_files_ends_the_same(tmp_path: Path) -> None:
    t, eid = _parted(tmp_path)
    ends = set()
    for n, order in enumerate(itertools.permutations([t.aisha, t.rajesh])):
        master = tmp_path / f"m{n}.db"
        shutil.copy2(t.master, master)
        for source in order:
            merge(master, source)
        ends.add(_shows(master, eid))
        assert ok("dump", master) == ok("dump", tmp_path / "m0.db")
    assert ends == {(EDITED, ("(deleted)",))}


def test_the_deleting_inspector_cannot_settle_it_in_her_own_file(tmp_path: Path) -> None:
    """Aisha takes the master holding Rajesh's edit: settling it there by taking her own
    deletion would reach the master as a plain deletion, decided without the lead."""
    t, eid = _parted(tmp_path)
    merge(t.master, t.aisha, t.rajesh)
    merge(t.aisha, t.master)
    with unchanged(t.aisha):
        said = refused("resolve", t.aisha, eid, "--take", "Aisha")
    assert "only the lead or a deputy may settle conflicts" in said
    merge(t.master, t.aisha)
    assert _shows(t.master, eid) == (EDITED, ("(deleted)",))
