"""A practice judgement's balance counts its own law type's cases (reader 5, #14): private
law practice and public law practice are informed by the same criteria, so without the
law type their balances came out the same.  Checked against a count made here from the
hand-written inspection's records (tests/fixtures/handwritten)."""

from __future__ import annotations

from collections import Counter

from store.store import Store

LAWS = {"J18-1": "PRIVATE", "J18-2": "PUBLIC"}


def test_practice_balances_count_their_own_law_type_s_cases(handwritten_store: Store) -> None:
    store = handwritten_store
    fw = store.framework
    cases = [store.case(r.id) for r in store.case_rows(limit=10_000)]
    assert {c.law_type for c in cases} >= {"PRIVATE", "PUBLIC"}
    found = {(b.judgement_id, b.area_code): b for b in store.judgement_balances(LAWS)}
    without = {(b.judgement_id, b.area_code): b for b in store.judgement_balances()}
    no_case = [e for e in store.all_evidence() if e.case_id is None]
    for jid, law in LAWS.items():
        informs = {c.id for c in fw.criteria if jid in c.judgements}
        mine = [c for c in cases if c.law_type == law]
        notes = [
            e for c in mine for e in store.evidence_for_case(c.id) if informs & set(e.criteria)
        ]
        loose = [e for e in no_case if informs & set(e.criteria)]
        cell = found[(jid, None)].evidence
        assert cell.evidence == len(notes) + len(loose), jid
        assert cell.strengths == sum(e.polarity == "strength" for e in notes + loose)
        assert cell.cases == len({e.case_id for e in notes})
        graded = Counter(
            g.grade
            for c in mine
            for g in store.gradings_for_case(c.id).values()
            if g.criterion_id in informs
        )
        assert found[(jid, None)].case_gradings == dict(graded), jid
        # Without the law types, every case counted for both.
        assert without[(jid, None)].evidence.evidence > cell.evidence
    assert found[("J18-1", None)].evidence != found[("J18-2", None)].evidence
    # Judgements that are not about one law type are as before.
    for key, b in without.items():
        if key[0] not in LAWS:
            assert found[key] == b, key
