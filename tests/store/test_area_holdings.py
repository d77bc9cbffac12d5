"""What an area holds (`Store.area_holdings`), the count beside a per-area judgement:
every note (on any criterion) on the area's own sample of cases and the area's
notes about no case, with every grading of those cases; as the area's section of the
draft counts it.  On a small inspection written here note by note, and on the
hand-written inspection against the draft's own pool of each area."""

from __future__ import annotations

from exporters.draft.data import AREA_SAMPLE, load
from store.models import CoverageCell
from store.store import Store
from tests.store.fenland import build_fenland


def test_an_area_holds_its_sample_and_its_own_notes_on_every_criterion(
    empty_store: Store,
) -> None:
    store = empty_store
    build_fenland(store)
    held = store.area_holdings(AREA_SAMPLE)
    four = held["4"]
    assert four.evidence == CoverageCell(
        evidence=5, sources=3, strengths=1, developments=3, cases=2
    )
    assert four.case_gradings == {"requires-improvement": 1, "inadequate": 1, "good": 1}
    assert held["7"].evidence == CoverageCell(
        evidence=1, sources=1, strengths=1, developments=0, cases=1
    )
    assert held["7"].case_gradings == {"good": 1}
    # The judgement's own criteria (LG4, LG8 ...) saw two of area 4's five items.
    assert store.judgement_evidence("J18-4A", "4").evidence == 2


def test_each_area_holds_what_its_section_is_drafted_from(handwritten_store: Store) -> None:
    """On the hand-written inspection: the area's count is the draft's pool of that area
    (its sampled cases' notes and its notes about no case)."""
    store = handwritten_store
    data = load(store)
    held = store.area_holdings(AREA_SAMPLE)
    visited = [a.code for a in store.areas(visited_only=True)]
    assert len(visited) >= 3
    for code in visited:
        cases = data.cases_in_area.get(code, set())
        pool = [
            i for i in range(len(data))
            if data.case[i] in cases or i in data.area_level.get(code, ())
        ]  # fmt: skip
        cell = held[code].evidence
        assert cell.evidence == len(pool) > 0, code
        assert cell.strengths == sum(data.polarity[i] == "strength" for i in pool)
        assert cell.developments == sum(data.polarity[i] == "development" for i in pool)
        assert cell.sources == len({data.source[i] for i in pool})
        assert cell.cases == len({data.case[i] for i in pool} - {0})
