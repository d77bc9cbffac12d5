"""The evidence balance and grading distribution shown beside a judgement."""

from __future__ import annotations

from store.models import Area, CaseFile, CoverageCell, Evidence, Grading
from store.store import Store


def _setup(store: Store) -> tuple[str, str]:
    store.put_area(Area(code="5", name="West Yorkshire", visited=True))
    store.put_area(Area(code="8", name="Cornwall, Devon and Somerset", visited=True))
    a = store.put_case(
        CaseFile(ref="C-5001-AA", area_code="5", law_type="PRIVATE", case_type="S7", stage="WAFH")
    )
    b = store.put_case(
        CaseFile(ref="C-8001-BB", area_code="8", law_type="PRIVATE", case_type="CAO", stage="FHDRA")
    )
    return a, b


def test_balance_counts_items_once_and_by_area(empty_store: Store) -> None:
    a, b = _setup(empty_store)
    # Tagged with two criteria that both inform J18-4A: still one item.
    empty_store.put_evidence(
        Evidence(
            case_id=a,
            criteria=["LG4", "LG5"],
            source="CASE_FILE",
            polarity="strength",
            text="Oversight is regular.",
        )
    )
    empty_store.put_evidence(
        Evidence(
            area_code="5",
            criteria=["LG8"],
            source="INT_MANAGER",
            polarity="development",
            text="Vacancies are high.",
        )
    )
    empty_store.put_evidence(
        Evidence(
            case_id=b,
            criteria=["LG4"],
            source="CASE_FILE",
            polarity="strength",
            text="Another area.",
        )
    )
    empty_store.put_evidence(
        Evidence(
            case_id=a,
            criteria=["QP1"],
            source="CASE_FILE",
            polarity="strength",
            text="Not a leadership criterion.",
        )
    )
    cell = empty_store.judgement_evidence("J18-4A", "5")
    assert (cell.evidence, cell.strengths, cell.developments, cell.sources, cell.cases) == (
        2,
        1,
        1,
        2,
        1,
    )
    national = empty_store.judgement_evidence("J18-4A")
    assert national.evidence == 3


def test_case_grading_distribution_is_a_tally_not_a_grade(empty_store: Store) -> None:
    a, b = _setup(empty_store)
    empty_store.set_grading(Grading(case_id=a, criterion_id="QP1", grade="good"))
    empty_store.set_grading(Grading(case_id=b, criterion_id="QP1", grade="inadequate"))
    empty_store.set_grading(Grading(case_id=b, criterion_id="QP2", grade="good"))
    assert empty_store.judgement_case_gradings("J18-1") == {"good": 2, "inadequate": 1}
    assert empty_store.judgement_case_gradings("J18-1", "8") == {"good": 1, "inadequate": 1}


def test_all_balances_at_once_equal_each_asked_alone(handwritten_store: Store) -> None:
    """The grouped read behind the Judgements screen gives, for every judgement in every
    visited area and across the inspection, what the one-judgement queries give."""
    store = handwritten_store
    got = {(b.judgement_id, b.area_code): b for b in store.judgement_balances()}
    places: list[str | None] = [None, *(a.code for a in store.areas(visited_only=True))]
    informed = 0
    for jdef in store.framework.judgements:
        for code in places:
            balance = got.get((jdef.id, code))
            cell = store.judgement_evidence(jdef.id, code)
            gradings = store.judgement_case_gradings(jdef.id, code)
            assert (balance.evidence if balance else CoverageCell()) == cell, (jdef.id, code)
            assert (balance.case_gradings if balance else {}) == gradings, (jdef.id, code)
            informed += cell.evidence > 0
    assert informed > 10  # the hand-written inspection has evidence behind most of them
