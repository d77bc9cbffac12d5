"""One conflict settled in two files, differently: the lead keeps Aisha's text in the
master while Rajesh, a deputy, keeps his own in his file.  Each settlement builds on
both sides, so the two settlements share two nearest ancestors that disagree on the
text.  Merging them must show the disagreement as a conflict between the settlements,
not let one silently supersede the other; settled the same way twice, there is nothing
to settle.  The team and notes are written here by hand (`tests/merge/team10.py`)."""

from __future__ import annotations

from pathlib import Path

from store.store import Store
from tests.merge.team10 import edit, make_team10, merge, note, ok

FIRST = "Read the section 7 report: the analysis weighs both parents' positions."
AISHA = FIRST + " The plan for contact is clear and realistic."
RAJESH = "Section 7 report is balanced but does not say why the boy was not seen alone."


def _in_conflict_in_both(tmp_path: Path) -> tuple[Path, Path, str, dict[str, str]]:
    t = make_team10(tmp_path)
    ok("team", "edit", t.master, "Rajesh Patel", "--role", "deputy")
    eid = note(t.aisha, FIRST)
    merge(t.master, t.aisha)
    merge(t.rajesh, t.master)
    edit(t.aisha, eid, "--text", AISHA)
    edit(t.rajesh, eid, "--text", RAJESH)
    merge(t.master, t.aisha, t.rajesh)
    merge(t.rajesh, t.master)  # Rajesh's file now holds the conflict too
    with Store.open(t.master) as s:
        (c,) = s.conflicts()
        sides = {side.author_name: side.version_id for side in c.sides}
    return t.master, t.rajesh, eid, sides


def test_two_different_settlements_are_a_conflict_again(tmp_path: Path) -> None:
    master, rajesh, eid, sides = _in_conflict_in_both(tmp_path)
    ok("resolve", master, eid, "--take", sides["Aisha Bello"])
    ok("resolve", rajesh, eid, "--take", sides["Rajesh Patel"])
    out = merge(master, rajesh)
    assert "1 new conflict" in out
    with Store.open(master) as s:
        (c,) = s.conflicts()
        assert c.record_id == eid and "text" in c.fields
        assert sorted(str(side.values.get("text")) for side in c.sides) == sorted([AISHA, RAJESH])
        assert {side.author_name for side in c.sides} == {"Helen Marsh", "Rajesh Patel"}
    # Settled once more, in the master, it stays settled in both files.
    with Store.open(master) as s:
        lead_side = next(x.version_id for x in s.conflicts()[0].sides
                         if x.author_name == "Helen Marsh")  # fmt: skip
    ok("resolve", master, eid, "--take", lead_side)
    merge(rajesh, master)
    for db in (master, rajesh):
        with Store.open(db) as s:
            assert s.conflicts() == [] and s.evidence(eid).text == AISHA


def test_the_same_settlement_made_twice_needs_nothing(tmp_path: Path) -> None:
    master, rajesh, eid, sides = _in_conflict_in_both(tmp_path)
    ok("resolve", master, eid, "--take", sides["Aisha Bello"])
    ok("resolve", rajesh, eid, "--take", sides["Aisha Bello"])
    assert "0 new conflicts" in merge(master, rajesh)
    with Store.open(master) as s:
        assert s.conflicts() == [] and s.evidence(eid).text == AISHA


def test_settlements_that_changed_different_fields_both_stand(tmp_path: Path) -> None:
    master, rajesh, eid, sides = _in_conflict_in_both(tmp_path)
    ok("resolve", master, eid, "--take", sides["Aisha Bello"])
    ok("resolve", rajesh, eid, "--take", sides["Aisha Bello"])
    edit(rajesh, eid, "--polarity", "development")  # then Rajesh changes the finding
    assert "0 new conflicts" in merge(master, rajesh)
    with Store.open(master) as s:
        ev = s.evidence(eid)
        assert s.conflicts() == [] and (ev.text, ev.polarity) == (AISHA, "development")
