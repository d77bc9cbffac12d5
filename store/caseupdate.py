"""Corrections a later case list brings to cases already imported (`cases import --update`).

An organisation sends a corrected list: a case's law type, case type, stage, area, the
child's date of birth (so its age band) or whether the child was seen in person was
wrong.  The import finds each case again by its keyed case number (`store.casenumbers`)
and compares the fields the list gives with the file's; a cell left empty changes
nothing.  Without `--update` the differences are only reported; with it they are
written in the import's one transaction, each as a new version of the case by the
person importing, so they travel through merges like any edit and the history shows
the value before.

A case already in the fieldwork is never changed in a way that would break an inspector's
file or the sample:

- a case sampled (or a substitute, replaced, tracked, thematic) or held by an inspector
  keeps its area: moving it would take it out of the area's sample and away from the
  inspector allocated that area (to move it, substitute it: `fieldwork sample
  --substitute`);
- a case held by an inspector keeps its stage and whether the child was seen: the
  inspector records those from the case file itself, and their word outranks the list;
- a held case keeps its law type and case type too: they merge as one with the stage
  (`store.fieldmerge.UNITS`), so correcting them while the inspector's file may hold a
  stage change not yet merged would put that case in conflict.  `include_held`
  (`--include-held`) corrects them once the lead has merged that inspector's file, and
  the list's stage with them where the file's is no stage of the corrected law type;
- the age band is corrected everywhere: no inspector edits it, and so is what kind of
  Other application a case is (`CaseFile.application`: special guardianship,
  enforcement...), unless the case type's own correction is kept.

A case in conflict is left as it is until the lead settles the conflict.  Its reference
never changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from store.models import CaseFile, Model, StoredCase

if TYPE_CHECKING:
    from store.caselist import Row
    from store.store import Store

FIELDS = ("area_code", "law_type", "case_type", "application", "stage", "age_band", "child_seen")
"""The fields a case list gives, in the order a summary lists them."""
INSPECTORS_RECORD = frozenset({"stage", "child_seen"})
"""Fields an inspector records from the case file: the list never overrides them on a
case in the fieldwork."""
Kept = Literal["", "area", "fieldwork", "held", "conflict"]


class CaseChange(Model):
    """One field of one case already present on which the list differs from the file."""

    ref: str
    field: str
    """`area_code`, `law_type`, `case_type`, `application`, `stage`, `age_band` or
    `child_seen`."""
    before: str | bool | None
    after: str | bool | None
    kept: Kept = ""
    """Why it is not changed: `area` (the case is sampled or held in its area),
    `fieldwork` (the inspector holding the case records this field), `held` (the law
    type or case type of a held case, without `include_held`), `conflict` (the case is
    in conflict); "" when the update changes it."""
    applied: bool = False
    """Whether this import wrote it (`--update`, and not kept)."""


def in_sample(case: StoredCase) -> bool:
    """Whether a case is sampled (or a substitute, replaced, tracked, thematic) or held
    by an inspector: its area is the sample's."""
    return case.sample != "national" or bool(case.inspector_id)


def _given(row: Row, listed: CaseFile) -> dict[str, Any]:
    """The fields the row states (an empty cell states nothing)."""
    out: dict[str, Any] = {"area_code": listed.area_code, "law_type": listed.law_type,
                           "case_type": listed.case_type}  # fmt: skip
    if listed.application or listed.case_type != "OTHER":
        # What an Other application is ('SGO'); a list saying only "Other" changes nothing.
        out["application"] = listed.application
    if row.get("stage"):
        out["stage"] = listed.stage
    if row.get("dob") and listed.age_band != "unknown":
        out["age_band"] = listed.age_band
    if listed.child_seen is not None:
        out["child_seen"] = listed.child_seen
    return out


def _kept(case: StoredCase, field: str, include_held: bool) -> Kept:
    held = bool(case.inspector_id)
    if case.meta.conflict:
        return "conflict"
    if field == "area_code" and in_sample(case):
        return "area"
    if held and field in INSPECTORS_RECORD:
        return "fieldwork"
    if held and field in ("law_type", "case_type") and not include_held:
        return "held"
    return ""


def differences(
    store: Store, present: list[tuple[str, CaseFile, Row]], include_held: bool = False
) -> tuple[list[CaseChange], dict[str, StoredCase]]:
    """Every field on which the list differs from a case already present (by case
    reference, then the order of `FIELDS`), each with why it is kept, if it is; and the
    stored cases that differ (by id)."""
    changes: list[CaseChange] = []
    stored: dict[str, StoredCase] = {}
    for rid, listed, row in present:
        case = store.case(rid)
        mine = [CaseChange(ref=case.ref, field=field, before=getattr(case, field), after=value,
                           kept=_kept(case, field, include_held))
                for field, value in _given(row, listed).items() if getattr(case, field) != value]  # fmt: skip
        if mine:
            stored[rid] = case
            changes += _kind_follows_type(_stage_follows_law(store, case, mine))
    changes.sort(key=lambda c: (c.ref, FIELDS.index(c.field)))
    return changes, stored


def _stage_follows_law(store: Store, case: StoredCase, mine: list[CaseChange]) -> list[CaseChange]:
    """A law type corrected on a held case (`include_held`) takes the list's stage with it
    where the stage the file holds is no stage of the corrected law type: the three are
    one unit, and a private law stage on a public law case is an answer nobody gave."""
    law = next((c for c in mine if c.field == "law_type" and not c.kept), None)
    stage = next((c for c in mine if c.field == "stage" and c.kept == "fieldwork"), None)
    if law is not None and stage is not None:
        fits = {s.code for s in store.framework.stages_for(str(law.after))}
        if case.stage not in fits and stage.after in fits:
            stage.kept = ""
    return mine


def _kind_follows_type(mine: list[CaseChange]) -> list[CaseChange]:
    """What kind of Other application a case is (`CaseFile.application`) is the list's
    word alone, so it is corrected on a held case too (it merges field by field: an
    inspector's stage change meanwhile is no conflict); but where the case type's own
    correction is kept, the kind is kept with it, so a case never loses its kind to a
    case type it was not given."""
    ctype = next((c for c in mine if c.field == "case_type" and c.kept), None)
    if ctype is not None:
        for c in mine:
            if c.field == "application":
                c.kept = ctype.kept
    return mine


def apply_changes(
    store: Store, changes: list[CaseChange], stored: dict[str, StoredCase], author: str
) -> int:
    """Write the changes not kept, one new version per case (inside the caller's
    transaction); the number of cases changed."""
    by_ref = {case.ref: (rid, case) for rid, case in stored.items()}
    wanted: dict[str, dict[str, Any]] = {}
    for change in changes:
        if not change.kept:
            wanted.setdefault(change.ref, {})[change.field] = change.after
            change.applied = True
    for ref, fields in wanted.items():
        rid, case = by_ref[ref]
        data = case.model_dump(include=set(CaseFile.model_fields)) | fields
        store.put(CaseFile.model_validate(data), rid, author)
    return len(wanted)
