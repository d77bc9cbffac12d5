"""A small inspection written note by note for the per-area counts (`Store.area_holdings`)
and the Judgements screen's panel: area 4 (Fenland) holds five notes (1 strength, 3
areas for development, 1 neutral; 3 kinds of source; 2 cases) and three gradings;
area 7 (High Peak) one note and one grading; and notes that are no area's."""

from __future__ import annotations

from store.models import Area, CaseFile, Evidence, Grading
from store.store import Store


def _case(store: Store, ref: str, area: str, sample: str = "area-sampled") -> str:
    return store.put_case(
        CaseFile.model_validate(
            {"ref": ref, "area_code": area, "law_type": "PRIVATE", "case_type": "CAO",
             "stage": "FHDRA", "sample": sample}
        )
    )  # fmt: skip


def _note(store: Store, criteria: list[str], polarity: str, source: str, **where: str) -> None:
    store.put_evidence(
        Evidence.model_validate(
            {"criteria": criteria, "polarity": polarity, "source": source,
             "text": "A note written for this test.", **where}
        )
    )  # fmt: skip


def build_fenland(store: Store) -> None:
    """Write the inspection into `store` (a new one, issued to its lead)."""
    store.put_area(Area(code="4", name="Fenland", visited=True))
    store.put_area(Area(code="7", name="High Peak", visited=True))
    sampled = _case(store, "C-4001-AB", "4")
    standby = _case(store, "C-4002-CD", "4", "substitute")
    listed = _case(store, "C-4003-EF", "4", "national")  # on the list, not drawn for 4
    gone = _case(store, "C-4004-GH", "4", "replaced")
    other = _case(store, "C-7001-JK", "7")
    # Area 4's sample: practice criteria the per-area judgement does not name count too.
    _note(store, ["QP1"], "development", "CASE_FILE", case_id=sampled)
    _note(store, ["SW1", "QP2"], "development", "CASE_FILE", case_id=sampled)  # one item
    _note(store, ["LG4"], "strength", "INT_MANAGER", case_id=sampled)
    _note(store, ["QP7"], "neutral", "CASE_FILE", case_id=standby)
    _note(store, ["LG8"], "development", "SURVEY_STAFF", area_code="4")  # about the area
    # Not area 4's: another sample, replaced, another area, the organisation.
    _note(store, ["QP1"], "strength", "CASE_FILE", case_id=listed)
    _note(store, ["QP1"], "strength", "CASE_FILE", case_id=gone)
    _note(store, ["QP1"], "strength", "CASE_FILE", case_id=other)
    _note(store, ["LG1"], "strength", "INT_MANAGER")
    for case, criterion, grade in [
        (sampled, "QP1", "requires-improvement"), (sampled, "QP2", "inadequate"),
        (standby, "QP7", "good"), (listed, "QP1", "outstanding"), (gone, "QP1", "good"),
        (other, "QP1", "good"),
    ]:  # fmt: skip
        store.set_grading(Grading(case_id=case, criterion_id=criterion, grade=grade))
