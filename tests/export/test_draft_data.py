"""`DraftData` numbers cases for its tallies; evidence of a case with no case row (a case
deleted after its evidence was recorded) still counts as a case of its own."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from exporters.draft import draft_report, load
from store.models import Evidence
from store.store import Store


def test_case_numbers_follow_references(fx_db: Path) -> None:
    with Store.open(fx_db) as store:
        data = load(store)
    assert data.case_ref[1:] == [c.ref for c in data.cases]
    for i, k in enumerate(data.case):
        assert data.ref[i] == data.case_ref[k]
        assert data.case_id_of[k] == data.columns.case_ids[i]


def test_evidence_of_a_case_with_no_case_row(fx_db: Path) -> None:
    with Store.open(fx_db) as store:
        data = load(store)
        gone = next(c for c in data.cases if c.id in data.columns.case_ids)
        before = draft_report(data)
        orphaned = dataclasses.replace(data, cases=[c for c in data.cases if c is not gone])
        after = draft_report(orphaned)
    records = [i for i, c in enumerate(data.columns.case_ids) if c == gone.id]
    numbers = {orphaned.case[i] for i in records}
    assert len(numbers) == 1 and numbers.pop() > len(orphaned.cases)
    assert {orphaned.ref[i] for i in records} == {gone.id}  # stands for itself
    assert gone.id not in orphaned.case_by_id
    # Still one of the cases inspectors scrutinised (the count is unchanged, the split
    # by law type leaves it out) ...
    scrutinised = [r.sections[-1].intro[0].text.split(":")[0] for r in (before, after)]
    assert scrutinised[0] == scrutinised[1]
    # ... but in no area's sample.
    for code, cases in orphaned.cases_in_area.items():
        assert all(k <= len(orphaned.cases) for k in cases), code


def test_one_record_about_the_organisation(empty_store: Store) -> None:
    """A single record with no case and no area: every column has its one entry (an
    empty `group_concat` value is one empty string, not no rows)."""
    empty_store.put_evidence(
        Evidence(criteria=["LG1"], source="BOARD_PAPERS", polarity="strength",
                 text="Board papers show that leaders track the quality of practice.")
    )  # fmt: skip
    data = load(empty_store)
    assert data.columns.case_ids == [""] and data.columns.area_codes == [""]
    assert data.case == [0] and data.national == [0] and not data.area_level
    draft_report(data)


def test_a_link_to_a_missing_record_is_skipped(fx_db: Path) -> None:
    with Store.open(fx_db) as store:
        before = store.evidence_columns()
        store.conn.execute("PRAGMA foreign_keys = OFF")
        store.conn.execute(
            "INSERT INTO evidence_criterion (evidence_id, criterion_id) VALUES "
            "('00000000-0000-0000-0000-000000000000', 'LG1'), ('no-such-record', 'QP3')"
        )
        after = store.evidence_columns()
    assert after == before
    assert list(after.by_criterion) == list(before.by_criterion)  # in the same order


def test_polarities_are_read_as_their_names(fx_db: Path) -> None:
    with Store.open(fx_db) as store:
        stored = [r[0] for r in store.conn.execute("SELECT polarity FROM evidence")]
        assert store.evidence_columns().polarities == stored
        store.conn.execute("UPDATE evidence SET polarity = 'unheard-of' WHERE rowid = 1")
        assert store.evidence_columns().polarities[0] == "neutral"  # all the draft makes of it
