"""Reading history back (`store/record_history.py`): a note's versions as who changed
what and when, including across a merge and a settled conflict; and the evidence an
inspector deleted that is still deleted."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.errors import NotFoundError
from store.framework import load_framework
from store.models import Area, CaseFile, Evidence, Inspector
from store.store import Store

FIRST = "Guardian's first visit was eleven days after allocation; no reason recorded."
SECOND = "Guardian's first visit was eleven days after allocation; leave explains the gap."


def _case(store: Store) -> str:
    store.put_area(Area(code="4", name="Yorkshire", visited=True))
    return store.put_case(
        CaseFile(ref="Y-0042", area_code="4", law_type="PUBLIC", case_type="S31", stage="CMH")
    )


def _note(case_id: str, text: str, polarity: str = "development") -> Evidence:
    return Evidence(
        case_id=case_id,
        criteria=["QP1"],
        source="CASE_FILE",
        polarity=polarity,  # type: ignore[arg-type]
        text=text,
    )


def test_a_note_s_history_names_each_change_its_author_and_the_fields(
    empty_store: Store,
) -> None:
    store = empty_store
    lead = store.me_id
    case_id = _case(store)
    colleague = store.put_inspector(Inspector(name="Owen Price", initials="OP"))
    nid = store.put_evidence(_note(case_id, FIRST))
    store.put_evidence(_note(case_id, SECOND, "neutral"), nid, author=colleague)
    store.put_evidence(_note(case_id, SECOND, "neutral"), nid)  # unchanged: no version
    store.delete_evidence(nid)
    store.restore_evidence(nid, author=colleague)

    history = store.record_history("evidence", nid)
    assert [v.action for v in history] == ["created", "changed", "deleted", "restored"]
    assert [v.author for v in history] == [lead, colleague, lead, colleague]
    assert [v.at for v in history] == sorted(v.at for v in history)
    created = {c.field: c.after for c in history[0].changes}
    assert created["text"] == FIRST and created["polarity"] == "development"
    changed = {c.field: (c.before, c.after) for c in history[1].changes}
    assert changed == {"text": (FIRST, SECOND), "polarity": ("development", "neutral")}
    assert history[2].changes == [] and history[3].changes == []


def test_no_history_for_an_unknown_record(empty_store: Store) -> None:
    with pytest.raises(NotFoundError, match="no evidence"):
        empty_store.record_history("evidence", "0190aaaa-0000-7000-8000-000000000000")


def test_a_settled_conflict_shows_what_the_resolution_chose(tmp_path: Path) -> None:
    master = tmp_path / "master.db"
    with Store.create(master, load_framework("cafcass-2018"), title="T", lead="Ruth Okafor") as m:
        case_id = _case(m)
        nid = m.put_evidence(_note(case_id, FIRST))
        ann = m.issue(
            tmp_path / "ann.db", m.put_inspector(Inspector(name="Ann Lee", initials="AL"))
        )
    with Store.open(ann) as a:
        a.put_evidence(_note(case_id, SECOND), nid)
    with Store.open(master) as m:
        m.put_evidence(_note(case_id, FIRST + " Chased twice."), nid)
        m.merge([ann], backup=False)
        assert m.evidence(nid).meta.conflict
        m.resolve(nid, values={**_note(case_id, SECOND).data()})
        history = m.record_history("evidence", nid)
    assert [v.action for v in history] == ["created", "changed", "changed", "settled"]
    assert len({v.origin for v in history[1:3]}) == 2  # one change from each file
    # Against the side it agrees with, the resolution changed nothing; it names no field.
    assert history[-1].changes == []


def test_deleted_evidence_is_mine_still_deleted_and_newest_first(empty_store: Store) -> None:
    store = empty_store
    case_id = _case(store)
    colleague = store.put_inspector(Inspector(name="Owen Price", initials="OP"))
    texts = [
        "Safeguarding letter filed two days before the FHDRA.",
        "Child's wishes recorded in her own words after the school visit.",
        "Chronology not updated since the last hearing.",
    ]
    ids = [store.put_evidence(_note(case_id, t)) for t in texts]
    theirs = store.put_evidence(_note(case_id, "Their note, deleted by them."), author=colleague)
    for nid in ids:
        store.delete_evidence(nid)
    store.delete_evidence(theirs, author=colleague)
    store.restore_evidence(ids[1])

    mine = store.deleted_evidence()
    assert [d.evidence_id for d in mine] == [ids[2], ids[0]]
    assert [d.evidence.text for d in mine] == [texts[2], texts[0]]
    assert all(d.deleted_by == store.me_id for d in mine)
    assert [d.evidence_id for d in store.deleted_evidence(author=colleague)] == [theirs]
    assert len(store.deleted_evidence(limit=1)) == 1
    other_case = store.put_case(
        CaseFile(ref="Y-0043", area_code="4", law_type="PUBLIC", case_type="S31", stage="IRH")
    )
    elsewhere = store.put_evidence(_note(other_case, "Contact log kept weekly and signed."))
    store.delete_evidence(elsewhere)
    assert store.deleted_evidence()[0].evidence_id == elsewhere
    here = store.deleted_evidence(case_id=case_id)
    assert [d.evidence_id for d in here] == [ids[2], ids[0]]
