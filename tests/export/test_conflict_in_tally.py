"""A note in conflict that a sentence counts, though it is not among the records the
sentence cites, stops the export as a cited one does (tester 13, finding 16: a "not
seen alone" note, shown with the other side's "strength" while in conflict, counted
for an area's sentence on seeing children, and the export went out unmarked; only a
note quoted as an excerpt stopped it).  The inspection is the hand-written fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_area, load
from exporters.draft.data import AREA_SAMPLE
from exporters.errors import ConflictsError
from exporters.export import export_area
from store.store import Store
from tests.export import fixture_data
from tests.team.helpers import run


def _uncited_counted_note(db: Path) -> tuple[str, str]:
    """A note in area 6 on a criterion an area sentence counts, on the side the
    sentence does not cite (so not among its records), and that sentence's opening."""
    with Store.open(db) as store:
        data = load(store)
        report = draft_area(data, "6")
        notes = [e for e in store.all_evidence() if e.case_id]
        # The area's sample: the cases an area sentence counts on its criterion.
        area_cases = {c.id for c in store.case_facts()
                      if c.area_code == "6" and c.sample in AREA_SAMPLE}  # fmt: skip
    for p in report.paragraphs():
        for s in p.sentences:
            if s.role != "claim" or not s.criteria or s.direction not in ("for", "against"):
                continue
            other = "development" if s.direction == "for" else "strength"
            for e in notes:
                if (e.case_id in area_cases and e.polarity == other
                        and set(e.criteria) & set(s.criteria)
                        and e.id not in s.evidence_ids):  # fmt: skip
                    return e.id, s.text[:40]
    raise AssertionError("no area 6 sentence counts a note it does not cite")


def test_a_counted_note_in_conflict_stops_the_export(tmp_path: Path) -> None:
    master = fixture_data.build(tmp_path / "master.db")
    note, opening = _uncited_counted_note(master)
    priya = tmp_path / "PN.db"
    run("issue", master, "--inspector", "Priya Nair", "-o", priya)
    run("evidence", "edit", master, note, "--text", "Lead's rewording: seen once, not alone.")
    run("evidence", "edit", priya, note, "--text", "Seen twice, once alone; visits recorded.")
    run("merge", master, priya)
    with Store.open(master) as store:
        assert [c.record_id for c in store.conflicts()] == [note]
        with pytest.raises(ConflictsError) as info:
            export_area(store, "6", tmp_path / "a.docx")
        report = draft_area(load(store), "6")
    assert any(note in s.conflicts for p in report.paragraphs() for s in p.sentences), opening
    assert info.value.records and not (tmp_path / "a.docx").exists()
