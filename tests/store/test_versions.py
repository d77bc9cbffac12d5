"""The version rules inside one file: heads, provisional winner, conflicts."""

from __future__ import annotations

from store.models import Area, CaseFile, Grading
from store.store import Store
from store.versions import VersionRow, in_conflict, winner


def _v(vid: str, hlc: str, deleted: bool = False, data: str | None = '{"a":1}') -> VersionRow:
    return VersionRow(
        vid=vid,
        tbl="evidence",
        rid="r",
        hlc=hlc,
        origin="o",
        seq=1,
        author="x",
        deleted=deleted,
        data=None if deleted else data,
    )


def test_live_head_beats_a_later_delete() -> None:
    """Evidence stays visible while an edit and a delete disagree."""
    edit = _v("a", "0000000000001.0000")
    delete = _v("b", "0000000000009.0000", deleted=True)
    assert winner([edit, delete]) is edit
    assert in_conflict([edit, delete])


def test_the_provisional_winner_does_not_depend_on_clocks() -> None:
    """Content decides (a fixed rule every file computes alike), not the clock: the same
    two contents give the same winner whichever was written first or by a fast
    laptop; equal contents fall back to the larger id."""
    one, two = '{"a":1}', '{"a":2}'
    first = winner(
        [_v("x", "0000000000001.0000", data=one), _v("y", "9999999999999.0000", data=two)]
    )
    swapped = winner(
        [_v("x", "9999999999999.0000", data=one), _v("y", "0000000000001.0000", data=two)]
    )
    assert first.data == swapped.data
    assert winner([_v("a", "5", data=one), _v("b", "1", data=one)]).vid == "b"


def test_identical_heads_are_not_a_conflict() -> None:
    assert not in_conflict([_v("a", "0000000000001.0000"), _v("b", "0000000000002.0000")])
    assert not in_conflict([_v("a", "1", deleted=True), _v("b", "2", deleted=True)])


def _two_heads(store: Store) -> tuple[str, str]:
    """Simulate what a merge produces: two concurrent root versions of one grading."""
    store.put_area(Area(code="9", name="Cheshire, Merseyside and Staffordshire", visited=True))
    case_id = store.put_case(
        CaseFile(ref="C-7001-LK", area_code="9", law_type="PRIVATE", case_type="CAO", stage="FHDRA")
    )
    rid = store.grading_id(case_id, "QP1")
    store.set_grading(Grading(case_id=case_id, criterion_id="QP1", grade="good"))
    other, digest = store._next_version(
        "grading",
        rid,
        Grading(case_id=case_id, criterion_id="QP1", grade="inadequate").data(),
        (),
        "someone-else",
    )
    with store.transaction():
        store._insert_versions([(other, digest, ())])
        store._materialize("grading", [rid])
    return case_id, rid


def test_ordinary_edit_does_not_silently_settle_a_conflict(empty_store: Store) -> None:
    case_id, rid = _two_heads(empty_store)
    assert empty_store.gradings_for_case(case_id)["QP1"].meta.conflict
    empty_store.set_grading(
        Grading(case_id=case_id, criterion_id="QP1", grade="good", rationale="Added a rationale.")
    )
    assert len(empty_store._heads("grading", rid)) == 2
    assert empty_store.gradings_for_case(case_id)["QP1"].meta.conflict


def test_resolution_builds_on_every_head(empty_store: Store) -> None:
    case_id, rid = _two_heads(empty_store)
    empty_store._write(
        Grading(case_id=case_id, criterion_id="QP1", grade="requires-improvement"),
        rid,
        None,
        resolve=True,
    )
    heads = empty_store._heads("grading", rid)
    assert len(heads) == 1
    grading = empty_store.gradings_for_case(case_id)["QP1"]
    assert grading.grade == "requires-improvement" and not grading.meta.conflict
