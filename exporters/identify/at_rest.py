"""Scanning the whole file at rest: every free-text field of every record (evidence
text, the child's words, safeguarding and escalation notes, case notes, the rationales
of gradings and judgements), not only what one draft happens to use.

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
}


def where_at_rest(item: FreeText, refs: dict[str, str]) -> str:
    """A place a lead can find: the case reference (when there is one), the kind of
    record and its id."""
    ref = refs.get(item.case_id or "")
    on = f"case {ref}, " if ref else ""
    return f"{on}{KIND_LABELS.get(item.kind, item.kind)} {item.record_id}"


def scan_texts(
    items: Iterable[FreeText], scanner: Scanner, refs: dict[str, str] | None = None
) -> list[Hit]:
    """The hits in these free-text fields, in order; each hit names its record (in
    `evidence_ids`) and its field."""
    from store.texts import FIELD_LABELS

    refs = refs or {}
    out: list[Hit] = []
    for item in items:
        hits = scanner.scan(
            item.text,
            where_at_rest(item, refs),
            field=FIELD_LABELS.get(item.field, item.field),
            evidence_ids=(item.record_id,),
            comment=True,
        )
        out.extend(h for h in hits if h.kind not in ALLOWED_IN_COMMENTS)
    return distinct(out)


def scan_at_rest(store: Store, scanner: Scanner | None = None) -> list[Hit]:
    """Every identifying detail in every free-text field of the file."""
    scanner = scanner or Scanner.from_store(store)
    refs = {c.id: c.ref for c in store.case_facts()}
    return scan_texts(store.free_texts(), scanner, refs)
