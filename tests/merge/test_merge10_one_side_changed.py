"""A conflict where only one side changed a field.  Tester 9 (finding 11) met it with the
finding: Tendai kept "strength" while Gareth changed it to neutral and both rewrote the
text; whichever text the lead kept, the note became neutral.  Tester 13 met it again
(praise kept beside the deputy's "area for development"), and the text and the finding
are now one unit, in conflict together (`test_text_and_finding.py`).  For a field in
no unit, here the source, field by field is the rule: a change beats no change, so
Rajesh's new source stands whichever text is kept, and the lead is told so before and
after.

What was a fault: the lead, seeing the note in conflict, sets the source back by an
ordinary edit.  The edit builds on the side shown only, so when the side shown is the one
that left the source alone, the other side's change went on showing and the lead's
edit of the source was lost without a word.  It is now refused in one sentence (nothing
saved) pointing at `resolve --edit`, which sets every field.  The team and notes are
written here by hand (`tests/merge/team10.py`)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from store.store import Store
from tests.merge.team10 import Team10, edit, make_team10, merge, note, ok, refused
from tests.team.helpers import unchanged

FIRST = "Observed the duty team's allocation meeting: cases weighed against risk, {n}."
KEPT = FIRST + " Chair praised the tracker."
CHANGED = FIRST + " The tracker is not used by two of the five social workers."


def _conflict(t: Team10, n: int) -> str:
    """A note the master wrote (from the case file); Aisha rewrites its text only, Rajesh
    rewrites the text and gives the source as a case discussion; the lead merges both.
    Returns its id."""
    eid = note(t.master, FIRST.format(n=n))
    merge(t.aisha, t.master)
    merge(t.rajesh, t.master)
    edit(t.aisha, eid, "--text", KEPT.format(n=n))
    edit(t.rajesh, eid, "--text", CHANGED.format(n=n), "--source", "CASE_DISCUSSION")
    merge(t.master, t.aisha, t.rajesh)
    return eid


def test_the_side_that_changed_the_source_wins_it_whichever_text_is_kept(
    tmp_path: Path,
) -> None:
    t = make_team10(tmp_path)
    for n, take, text in ((1, "Aisha", KEPT), (2, "Rajesh", CHANGED)):
        eid = _conflict(t, n)
        (c,) = [c for c in json.loads(ok("conflicts", t.master, "--json")) if c["record_id"] == eid]
        assert c["fields"] == ["text"] and c["merged_fields"] == ["source"]
        said = re.sub(r"\s+", " ", ok("conflicts", t.master))
        assert "Source (changed by Rajesh Patel alone): that change stays whichever side" in said
        out = ok("resolve", t.master, eid, "--take", take)
        assert "Kept without conflict: Source (changed by Rajesh Patel alone)." in out
        with Store.open(t.master) as s:
            e = s.evidence(eid)
        assert (e.text, e.source) == (text.format(n=n), "CASE_DISCUSSION")


def test_a_lead_setting_the_source_back_while_in_conflict_is_told_not_ignored(
    tmp_path: Path,
) -> None:
    """Which side is shown follows from a digest of each side's content, so notes are
    written until the side shown is Aisha's (who left the source alone: the case that
    lost the edit), each try one in two."""
    t = make_team10(tmp_path)
    for n in range(1, 21):
        eid = _conflict(t, n)
        with Store.open(t.master) as s:
            c = s.conflict(eid)
        assert c is not None
        if next(side for side in c.sides if side.winner).author_name == "Aisha Bello":
            break
        # Rajesh's side shown: the edit builds on it, so the lead's source shows.
        edit(t.master, eid, "--source", "CASE_FILE")
        with Store.open(t.master) as s:
            assert s.evidence(eid).source == "CASE_FILE"
        ok("resolve", t.master, eid, "--take", "Aisha")
    else:
        raise AssertionError("Rajesh's side was shown twenty times running")
    with unchanged(t.master):
        said = refused("evidence", "edit", t.master, eid, "--source", "CASE_FILE")
    assert "is in conflict and Rajesh Patel's change to its source would still show" in said
    assert "nothing was saved" in said and "resolve" in said
    # Settling it with the lead's source, as the sentence says, keeps it.
    with Store.open(t.master) as s:
        values = dict(s.conflict(eid).shown, source="CASE_FILE")  # type: ignore[union-attr]
        s.resolve(eid, values=values)
        e = s.evidence(eid)
    assert (e.text, e.source) == (KEPT.format(n=n), "CASE_FILE")
