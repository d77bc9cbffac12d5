"""Keeping both sides of a note two inspectors edited differently (tester 9, finding 10:
"keep both" wrote "[Tendai Mupfumi, 2026-12-04 21:36] ..." and the other inspector's name
and time into the note's text, and on into evidence.csv and the draft).

Both versions are kept as their authors wrote them: the note keeps one side exactly and
the other side becomes a note of its own, in its author's name; no name or time is
added to any text, so none reaches an export.  Refusals (a grading holds one value, a
deletion is not a text, two equal texts would count twice) are one sentence, exit 2,
data untouched.  The team and notes are written here by hand (`tests/merge/team10.py`)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from store.store import Store
from tests.merge.team10 import CASE, edit, make_team10, merge, note, ok, refused
from tests.team.helpers import unchanged

FIRST = "Read the section 7 report: the analysis weighs both parents' positions."
AISHA = FIRST + " The plan for contact is clear and realistic."
RAJESH = "Section 7 report is balanced but does not say why the boy was not seen alone."
FURNITURE = re.compile(r"\[(Aisha|Rajesh|Helen)|\d{4}-\d\d-\d\d \d\d:\d\d")


def _edited_both_ways(tmp_path: Path) -> tuple[Path, Path, str]:
    """Aisha writes a note, the master takes it and Rajesh takes the master; Aisha adds a
    sentence, Rajesh rewrites it and calls it an area for development; the lead merges
    both.  Returns (master, Rajesh's file, the note's id)."""
    t = make_team10(tmp_path)
    eid = note(t.aisha, FIRST)
    merge(t.master, t.aisha)
    merge(t.rajesh, t.master)
    edit(t.aisha, eid, "--text", AISHA)
    edit(t.rajesh, eid, "--text", RAJESH, "--polarity", "development")
    merge(t.master, t.aisha, t.rajesh)
    return t.master, t.rajesh, eid


def test_keep_both_keeps_each_side_as_written_in_its_authors_name(tmp_path: Path) -> None:
    master, rajesh, eid = _edited_both_ways(tmp_path)
    out = ok("resolve", master, eid, "--keep-both")
    assert "The note keeps Aisha Bello's version as written." in out
    assert "Rajesh Patel's version is a new note" in out
    with Store.open(master) as s:
        assert s.conflicts() == []
        names = {i.id: i.name for i in s.inspectors()}
        notes = {e.text: e for e in s.all_evidence()}
    assert set(notes) == {AISHA, RAJESH}  # each text exactly as written, nothing added
    kept, new = notes[AISHA], notes[RAJESH]
    assert kept.id == eid and new.id != eid
    assert names[kept.meta.created_by] == "Aisha Bello"
    assert names[new.meta.created_by] == "Rajesh Patel"
    assert (kept.polarity, new.polarity) == ("strength", "development")
    assert new.case_id == kept.case_id and new.criteria == kept.criteria == ["QP7"]
    # The export carries both texts as written and no merge furniture.
    ok("export", "csv", master, "-o", tmp_path / "csv")
    with (tmp_path / "csv" / "evidence.csv").open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted(r["text"] for r in rows) == sorted([AISHA, RAJESH])
    for row in rows:  # each text in its author's name, written and last changed
        assert row["created_by_name"] == row["updated_by_name"], row
    assert {r["created_by_name"] for r in rows} == {"Aisha Bello", "Rajesh Patel"}
    for name in ("evidence.csv", "sentences.csv", "trace.csv"):
        lines = (tmp_path / "csv" / name).read_text(encoding="utf-8-sig").splitlines()
        for line in lines:
            if FIRST[:30] in line or RAJESH[:30] in line:
                assert not FURNITURE.search(line), line
    # The settlement and the new note travel like any edit, once.
    merge(rajesh, master)
    with Store.open(rajesh) as r:
        assert r.conflicts() == [] and {e.text for e in r.all_evidence()} == {AISHA, RAJESH}
    assert "nothing new" in merge(master, rajesh)


def test_keep_both_is_refused_where_two_notes_would_be_wrong(tmp_path: Path) -> None:
    t = make_team10(tmp_path)
    eid = note(t.master, FIRST)
    ok("grade", t.master, "--case", CASE, "--criterion", "QP7", "--grade", "good",
       "--rationale", "Analysis clear.")  # fmt: skip
    merge(t.aisha, t.master)
    merge(t.rajesh, t.master)
    # Only the finding differs: the same text twice would be counted twice.
    edit(t.aisha, eid, "--polarity", "development")
    edit(t.rajesh, eid, "--polarity", "neutral")
    ok("grade", t.aisha, "--case", CASE, "--criterion", "QP7", "--grade", "good",
       "--rationale", "Analysis clear; plan realistic.")  # fmt: skip
    ok("grade", t.rajesh, "--case", CASE, "--criterion", "QP7", "--grade", "good",
       "--rationale", "Analysis clear but the child was not seen alone.")  # fmt: skip
    merge(t.master, t.aisha, t.rajesh)
    with Store.open(t.master) as s:
        grading = next(c.record_id for c in s.conflicts() if c.kind == "grading")
    with unchanged(t.master):
        assert "hold the same text" in refused("resolve", t.master, eid, "--keep-both")
        assert "holds one value" in refused("resolve", t.master, grading, "--keep-both")
        assert "give one of" in refused("resolve", t.master, eid, "--keep-both", "--edit")
    ok("resolve", t.master, eid, "--take", "Aisha")
    with unchanged(t.master):
        assert "not in conflict" in refused("resolve", t.master, eid, "--keep-both")


def test_keep_both_of_a_deletion_and_an_edit_is_refused(tmp_path: Path) -> None:
    t = make_team10(tmp_path)
    eid = note(t.master, FIRST)
    merge(t.aisha, t.master)
    merge(t.rajesh, t.master)
    ok("evidence", "delete", t.aisha, eid)
    edit(t.rajesh, eid, "--text", RAJESH)
    merge(t.master, t.aisha, t.rajesh)
    with unchanged(t.master):
        assert "One side deleted the note" in refused("resolve", t.master, eid, "--keep-both")
