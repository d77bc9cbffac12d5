"""The merge log opens each merge to what it did, record by record, on a hand-made team:
Alice's notes arrive, Bob and Alice each change one note, Alice deletes another, Bob
grades the case; each merge lists the records it added, changed (which fields), deleted
and put in conflict, labelled with the case reference and criterion, never an id."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from store.models import Evidence, Grading
from store.store import Store
from tests.merge.files import NOTES, make_team


def _edit(path: Path, case_id: str, note: str, text: str, polarity: str = "neutral") -> None:
    with Store.open(path) as s:
        ev = next(e for e in s.evidence_for_case(case_id) if e.text == note)
        s.put_evidence(
            Evidence(case_id=case_id, criteria=ev.criteria, source=ev.source,
                     polarity=polarity, text=text),  # type: ignore[arg-type]
            ev.id,
        )  # fmt: skip


def test_each_merge_lists_the_records_it_added_changed_deleted_and_put_in_conflict(
    tmp_path: Path,
) -> None:
    team = make_team(tmp_path, notes=3)
    with Store.open(team.master) as m:
        m.merge_from(team.alice)
        first = m.merge_log()[0].id
        added = m.merge_changes(first)
        assert [c.what for c in added] == ["new"] * 3
        assert {c.kind for c in added} == {"evidence"}
        for c, note in zip(sorted(added, key=lambda c: c.label), sorted(NOTES[:3]), strict=True):
            assert c.label.startswith("Evidence on case C-1000-AA: ")
            assert note.startswith(c.label.split(": ", 1)[1].rstrip("…"))
    with Store.open(team.bob) as b:
        b.merge_from(team.master)
        b.set_grading(Grading(case_id=team.case_id, criterion_id="SW1", grade="good",
                              rationale="The plan is reviewed at every visit."))  # fmt: skip
    _edit(team.bob, team.case_id, NOTES[0], NOTES[0] + " Bob checked the dates.", "strength")
    with Store.open(team.alice) as a:
        a.merge_from(team.master)
    _edit(team.alice, team.case_id, NOTES[0], NOTES[0] + " Alice rang the school.")
    _edit(team.alice, team.case_id, NOTES[2], NOTES[2] + " The letter is on file.")
    with Store.open(team.alice) as a:
        gone = next(e for e in a.evidence_for_case(team.case_id) if e.text == NOTES[1])
        a.delete_evidence(gone.id)
    with Store.open(team.master) as m:
        m.merge_from(team.alice)
        m.merge_from(team.bob)
        log = m.merge_log()  # newest first
        from_bob, from_alice = m.merge_changes(log[0].id), m.merge_changes(log[1].id)
        ids = {team.case_id, *(c.record_id for c in from_alice + from_bob)}
    alice = {(c.what, c.label.split(": ", 1)[-1][:20]): c for c in from_alice}
    assert sorted(w for w, _ in alice) == ["changed", "changed", "deleted"]
    changed = [c for c in from_alice if c.what == "changed"]
    assert all(c.fields == ["text"] for c in changed)
    assert next(c for c in from_alice if c.what == "deleted").label.endswith(NOTES[1][:50] + "…")
    # Bob's merge: the note both changed is a new conflict (listed first), his grading new.
    assert [c.what for c in from_bob] == ["conflict", "new"]
    conflict, grading = from_bob
    assert set(conflict.fields) >= {"text"} and conflict.kind == "evidence"
    assert grading.label == "Grading of case C-1000-AA against SW1"
    for c in from_alice + from_bob:
        assert not any(i in c.label for i in ids)  # labels, never ids


def test_a_database_from_before_the_detail_still_opens_and_describes_old_merges(
    tmp_path: Path,
) -> None:
    team = make_team(tmp_path, notes=2)
    with Store.open(team.master) as m:
        m.merge_from(team.alice)
    # Make the master as schema 3 left it, before either later step (case order keys,
    # merge detail): neither table, neither step recorded.
    conn = sqlite3.connect(team.master)
    conn.executescript(
        "DROP TABLE merge_change; DROP TABLE case_order; "
        "DELETE FROM _sqlite_migrations WHERE name IN ('0004_case_order', '0005_merge_changes'); "
        "PRAGMA user_version = 3;"
    )
    conn.close()
    with Store.open(team.master) as m:
        (old,) = m.merge_log()
        described = m.merge_changes(old.id)
        assert [c.what for c in described] == ["arrived", "arrived"]
        assert all(c.label.startswith("Evidence on case C-1000-AA") for c in described)
        with Store.open(team.bob) as b:
            b.merge_from(team.master)
            b.set_grading(Grading(case_id=team.case_id, criterion_id="SW2", grade="good",
                                  rationale="Advice to court was clear."))  # fmt: skip
        m.merge_from(team.bob)
        new = m.merge_log()[0]
        assert [(c.what, c.label) for c in m.merge_changes(new.id)] == [
            ("new", "Grading of case C-1000-AA against SW2")
        ]
