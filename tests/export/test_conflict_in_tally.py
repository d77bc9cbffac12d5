"""A note in conflict that a sentence counts, though it is not among the records the
sentence cites, stops the export as a cited one does (tester 13, finding 16: a "not
seen alone" note, shown with the other side's "strength" while in conflict, counted
for an area's sentence on seeing children, and the export went out unmarked; only a
note quoted as an excerpt stopped it).  The inspection is the hand-written fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_area, load
from exporters.errors import ConflictsError
from exporters.export import export_area
from exporters.model import Sentence
from store.models import Evidence
from store.store import Store
from tests.export import fixture_data
from tests.team.helpers import run

NOTE = "Second reading of the plan: timescales are recorded, contingency not yet written."


def _claims(store: Store) -> list[Sentence]:
    report = draft_area(load(store), "6")
    return [s for p in report.paragraphs() for s in p.sentences if s.role == "claim"]


def test_a_counted_note_in_conflict_stops_the_export(tmp_path: Path) -> None:
    master = fixture_data.build(tmp_path / "master.db")
    with Store.open(master) as store:
        # An area 6 practice claim citing notes on at least two cases; a neutral note
        # added on one of its cases, on its criterion, which it does not cite.
        claim = next(s for s in _claims(store) if s.direction == "for"
                     and len(s.case_refs) >= 2 and s.criteria[0].startswith("QP"))  # fmt: skip
        case = store.case_by_ref(claim.case_refs[0])
        note = store.put_evidence(Evidence(case_id=case.id, criteria=[claim.criteria[0]],
                                           source="CASE_FILE", polarity="neutral", text=NOTE))  # fmt: skip
        again = next(s for s in _claims(store) if s.criteria == claim.criteria)
        assert note not in again.evidence_ids and case.ref in again.case_refs
    priya = tmp_path / "PN.db"
    run("issue", master, "--inspector", "Priya Nair", "-o", priya)
    # The lead and Priya reword it, each keeping it neutral: the claim still counts the
    # case and does not cite the note, whichever side shows.
    run("evidence", "edit", master, note, "--text", NOTE + " Lead: plan is adequate.")
    run("evidence", "edit", priya, note, "--text", "Plan has timescales; contingency missing.")
    run("merge", master, priya)
    with Store.open(master) as store:
        assert [c.record_id for c in store.conflicts()] == [note]
        with pytest.raises(ConflictsError) as info:
            export_area(store, "6", tmp_path / "a.docx")
        assert any(note in s.conflicts for s in _claims(store))
    assert info.value.records and not (tmp_path / "a.docx").exists()
