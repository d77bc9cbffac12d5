"""Progress through an allocation (`store/progress.py`): criteria graded of those to
grade, cases not started, children not seen; for one inspector or everyone."""

from __future__ import annotations

from exporters.gradable import case_criteria
from store.models import Area, CaseFile, Grading, Inspector
from store.store import Store


def _case(ref: str, inspector: str | None, status: str, seen: bool | None) -> CaseFile:
    return CaseFile.model_validate(
        {
            "ref": ref,
            "area_code": "9",
            "law_type": "PRIVATE",
            "case_type": "CAO",
            "stage": "WAFH",
            "inspector_id": inspector,
            "status": status,
            "child_seen": seen,
        }
    )


def test_progress_counts_my_cases_and_everyone_s(empty_store: Store) -> None:
    store = empty_store
    me = store.me_id
    assert me is not None
    other = store.put_inspector(Inspector(name="Tom Hale", initials="TH"))
    store.put_area(Area(code="9", name="Kent", visited=True))
    ids = {
        ref: store.put_case(_case(ref, who, status, seen))
        for ref, who, status, seen in [
            ("K-03", me, "not-started", None),
            ("K-01", me, "in-progress", False),
            ("K-02", me, "complete", True),
            ("K-04", other, "not-started", False),
        ]
    }
    for ref, criterion, grade in [
        ("K-01", "QP1", "good"),
        ("K-01", "QP3", "requires-improvement"),
        ("K-02", "QP1", "outstanding"),
        ("K-04", "SW1", "good"),
        ("K-02", "LG4", "good"),  # a leadership criterion: no case is graded on it
    ]:
        store.set_grading(Grading(case_id=ids[ref], criterion_id=criterion, grade=grade))
    store.clear_grading(ids["K-02"], "QP1")  # cleared: not graded
    practice = case_criteria(store.framework)
    # The 2018 framework grades cases on its 20 practice criteria, never on leadership.
    assert practice == [c.id for c in store.framework.criteria if c.group in ("SW", "QP", "QPN")]
    n = len(practice)

    mine = store.progress(me, practice)
    assert (mine.cases, mine.criteria, mine.graded) == (3, 3 * n, 2)
    assert (mine.not_started, mine.in_progress, mine.complete) == (1, 1, 1)
    assert mine.not_started_refs == ["K-03"]
    assert (mine.child_not_seen, mine.child_not_seen_refs) == (1, ["K-01"])
    assert mine.child_seen_unknown == 1

    team = store.progress(None, practice)
    assert (team.cases, team.criteria, team.graded) == (4, 4 * n, 3)
    assert team.not_started_refs == ["K-03", "K-04"]
    assert team.child_not_seen_refs == ["K-01", "K-04"]

    everything = store.progress(me)  # no criteria named: every criterion (40), LG4 too
    assert (everything.criteria, everything.graded) == (3 * len(store.framework.criteria), 3)
    assert (
        store.progress(store.put_inspector(Inspector(name="New Starter", initials="NS"))).cases == 0
    )
