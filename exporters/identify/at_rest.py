"""Scanning the whole file at rest: every free-text field of every record (evidence
text, the child's words, safeguarding and escalation notes, case notes, the rationales
of gradings and judgements), not only what one draft happens to use; and everything
else the file holds in words and `fieldwork dump` prints, so that every hit that can
stop an export is one a lead can see, accept or redact (`resting_texts`): every side
of a record in conflict (the versions not shown too), the organisation note, the
reasons of decisions, redactions and sample substitutions.

Our own case references are allowed here: they are how the team names a case inside
the file (and in the CSV the analyst gets); they are stopped only in the Word body.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from exporters.identify.holders import distinct
from exporters.identify.scanner import ALLOWED_IN_COMMENTS, Hit, Scanner

if TYPE_CHECKING:
    from store.store import Store
    from store.texts import FreeText

KIND_LABELS = {
    "evidence": "evidence",
    "case": "case",
    "grading": "grading",
    "judgement": "judgement",
    "recommendation": "recommendation",
    "identify_decision": "decision",
    "redaction": "redaction",
    "sample": "sample",
}


def resting_texts(store: Store) -> list[FreeText]:
    """Every piece of free text the file holds: `store.free_texts()` (the fields as
    shown), then each side of every record in conflict whose words differ from what is
    shown (`side` says whose version it is), then the organisation note and the reasons
    of decisions, redactions and sample substitutions.  What `fieldwork dump` scans is
    a part of this."""
    from store.texts import FREE_TEXT_FIELDS, FreeText

    out = list(store.free_texts())
    shown = {(t.record_id, t.field, t.text) for t in out}
    fields = {kind: names for kind, _table, names in FREE_TEXT_FIELDS}
    for c in store.conflicts():
        for side in c.sides:
            if side.deleted:
                continue
            case_id = c.record_id if c.kind == "case" else side.values.get("case_id")
            for name in fields.get(c.kind, ()):
                text = side.values.get(name)
                if (
                    isinstance(text, str)
                    and text.strip()
                    and (c.record_id, name, text) not in shown
                ):
                    shown.add((c.record_id, name, text))
                    out.append(FreeText(c.kind, c.record_id, name, text, case_id,
                                        side.author_name))  # fmt: skip
    info = store.inspection()
    if info.organisation_note.strip():
        out.append(FreeText("inspection", store.inspection_id, "organisation_note",
                            info.organisation_note, None))  # fmt: skip
    for d in store.identify_decisions():
        out.append(FreeText("identify_decision", d.id, "reason", d.reason, None))
    for r in store.redactions():
        out.append(FreeText("redaction", r.id, "reason", r.reason, None))
    for sample in store.samples():
        for sub in sample.substitutions:
            reason = sub.get("reason", "")
            if reason.strip():
                out.append(FreeText("sample", sample.id, "reason", reason, None))
    return [t for t in out if t.text.strip()]


def where_at_rest(item: FreeText, refs: dict[str, str]) -> str:
    """A place a lead can find: the case reference (when there is one), the kind of
    record and its id."""
    ref = refs.get(item.case_id or "")
    on = f"case {ref}, " if ref else ""
    side = f" (in conflict: {item.side}'s version, not the one shown)" if item.side else ""
    return f"{on}{KIND_LABELS.get(item.kind, item.kind)} {item.record_id}{side}"


EVENT_DATES = frozenset({"escalation_note"})
"""Fields whose dates are the inspection's own events: an escalation note records to
whom and when a concern was raised (as the check asks), so a date there is when it was
raised, not a date about the child; a date beside a birth cue is still a hit."""


def scan_texts(
    items: Iterable[FreeText], scanner: Scanner, refs: dict[str, str] | None = None
) -> list[Hit]:
    """The hits in these free-text fields, in order; each hit names its record (in
    `evidence_ids`) and its field."""
    return [h for _item, h in scanned(items, scanner, refs)]


def scanned(
    items: Iterable[FreeText], scanner: Scanner, refs: dict[str, str] | None = None
) -> list[tuple[FreeText, Hit]]:
    """`scan_texts`, each hit with the text it was found in (for an excerpt): the one
    listing behind the check, `identify hits` and the workbench's Identifying details."""
    from store.texts import FIELD_LABELS

    refs = refs or {}
    out: list[tuple[FreeText, Hit]] = []
    for item in items:
        hits = scanner.scan(
            item.text,
            where_at_rest(item, refs),
            field=FIELD_LABELS.get(item.field, item.field),
            evidence_ids=(item.record_id,),
            comment=True,
            case_id=item.case_id,
        )
        out.extend((item, h) for h in distinct(kept_at_rest(hits, item.field)))
    return out


def kept_at_rest(hits: Iterable[Hit], field: str) -> list[Hit]:
    """The hits that count in a stored field (`field`: its column name): not what a
    comment may hold, nor a date in a field of the inspection's own events.  The check,
    `identify hits`, the CSV export and `fieldwork dump` all keep these (tester 20, F19:
    the dump stopped on the date of every escalation note the check had passed)."""
    return [h for h in hits if h.kind not in ALLOWED_IN_COMMENTS
            and not (h.kind == "date" and field in EVENT_DATES)]  # fmt: skip


def scan_at_rest(store: Store, scanner: Scanner | None = None) -> list[Hit]:
    """Every identifying detail in every piece of free text the file holds
    (`resting_texts`)."""
    scanner = scanner or Scanner.for_store(store)
    refs = {c.id: c.ref for c in store.case_facts()}
    return scan_texts(resting_texts(store), scanner, refs)
