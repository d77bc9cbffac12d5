"""The current hits as a lead reviews them (the workbench's identify screen, without
Textual): each with its hit id, kind, where it is, an excerpt with the hit marked,
whether a decision lets it pass (and that decision's id), and the record a redaction
would erase.  The same hits, in the same order, as `fieldwork identify hits`.

`accept` and `redact` are the two things a lead does with a hit, with the same checks
as the command line: a reason that itself identifies someone is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from exporters.identify.at_rest import KIND_LABELS, resting_texts, scanned
from exporters.identify.decisions import SCOPED, decision_digest, hit_id
from exporters.identify.reach import Reach, reach
from exporters.identify.reach import drafted as drafted_places
from exporters.identify.scanner import Hit, Scanner
from store.errors import InvalidInputError
from store.reasons import ERASED, IDENTIFIES_NOBODY, checked_reason
from store.redaction import REDACTABLE

if TYPE_CHECKING:
    from store.store import Store

EXCERPT = 40
"""Characters of context shown each side of a hit."""


@dataclass(frozen=True)
class HitRow:
    """One hit for the lead: what, where, the words around it, and what was decided."""

    hit: Hit
    hit_id: str
    before: str
    """Up to `EXCERPT` characters before the hit (with an ellipsis where cut)."""
    after: str
    record_id: str | None
    """The record the text rests in (None for what only the draft shows)."""
    place: str
    """Where, for a person: `case 5-0001, evidence, text`, or the draft's section."""
    decision_id: str | None
    """The standing decision that lets this hit pass, if any."""
    reach: Reach = "every"
    """The exports it stops unless accepted (`exporters.identify.reach`)."""

    @property
    def accepted(self) -> bool:
        """Whether a decision lets it pass."""
        return self.decision_id is not None


def _excerpt(text: str, start: int, end: int) -> tuple[str, str]:
    a, b = max(0, start - EXCERPT), min(len(text), end + EXCERPT)
    before = ("…" if a else "") + text[a:start]
    after = text[end:b] + ("…" if b < len(text) else "")
    return before.replace("\n", " "), after.replace("\n", " ")


def hit_rows(store: Store) -> list[HitRow]:
    """Every current hit in the file (all free text at rest, then what only the whole
    draft shows), with its excerpt and the decision on it."""
    from exporters.draft import load
    from exporters.export import draft_hits, only_drafted, scanner_for
    from store.texts import FIELD_LABELS

    data = load(store)
    scanner = scanner_for(store, data)
    iid = store.inspection_id
    decided = {(d.hit_kind, d.digest): d.id for d in store.identify_decisions()}
    refs = {c.id: c.ref for c in store.case_facts()}
    rows: list[HitRow] = []

    named = draft_hits(store, data, scanner)
    in_draft = drafted_places(named)

    def add(h: Hit, text: str, record_id: str | None, place: str) -> None:
        before, after = _excerpt(text, h.start, h.end) if text else ("", "")
        decision = decided.get((h.kind, decision_digest(iid, h)))
        rows.append(HitRow(h, hit_id(iid, h), before, after, record_id, place, decision,
                           reach(h, in_draft)))  # fmt: skip

    for item, h in scanned(resting_texts(store), scanner, refs):
        field = FIELD_LABELS.get(item.field, item.field)
        side = f", {item.side}'s version in conflict (not shown)" if item.side else ""
        ref = refs.get(item.case_id or "")
        kind = KIND_LABELS.get(item.kind, item.kind)
        add(h, item.text, item.record_id, f"{f'case {ref}, ' if ref else ''}{kind}, {field}{side}")
    for h in only_drafted(iid, [r.hit for r in rows], named):
        add(h, "", None, f"the draft: {h.where}, {h.field}")
    return rows


def reason_names(scanner: Scanner, reason: str, accepted: Hit | None = None) -> str:
    """Why `reason` may not be kept ("": it may), as one sentence: it holds an
    identifying detail other than the `accepted` hit's.  A protected person's name is
    accepted in its own record only, so a reason naming it would be a hit of its own
    (tester 23, F10: "Hope is the ordinary word here" became a hit no one could clear);
    the reason must say why without it."""
    for h in scanner.scan(reason):
        same = accepted is not None and h.text.casefold() in accepted.text.casefold()
        if same and accepted is not None and accepted.kind not in SCOPED:
            continue  # the decision passes it everywhere, the reason too
        if same:
            return (f"the reason names ‘{h.text}’, a protected person's name, which passes "
                    "in its own record only; say why without it (for example: an ordinary "
                    "word opening a sentence, or the judge we interviewed).")  # fmt: skip
        return "the reason itself holds an identifying detail; say why without naming anyone."
    return ""


def _reason_checked(store: Store, reason: str, why: str, accepted: Hit | None = None) -> str:
    """The reason, refused (one sentence) when it is too short (`store.reasons`) or
    holds an identifying detail (`reason_names`)."""
    from exporters.identify.scanner import Scanner

    reason = checked_reason(reason, why)
    if named := reason_names(Scanner.for_store(store), reason, accepted):
        raise InvalidInputError(named[0].upper() + named[1:])
    return reason


def accept(store: Store, row: HitRow, reason: str) -> str:
    """Record that this hit identifies nobody; returns the decision's id."""
    reason = _reason_checked(store, reason, IDENTIFIES_NOBODY, row.hit)
    digest = decision_digest(store.inspection_id, row.hit)
    return store.decide_hit(row.hit.kind, digest, reason)


def redact(store: Store, row: HitRow, reason: str) -> str:
    """Erase the field the hit rests in (the child's words, not the note beside them),
    from the record's whole history and the backups beside the file; returns one
    sentence saying what was done."""
    from exporters.identify.erasing import present_fields, redacted_sentence
    from store.texts import FIELD_LABELS

    if row.record_id is None:
        raise InvalidInputError(
            "This hit is in the draft's own text, not in a record: correct the evidence "
            "or the wording it comes from."
        )
    kind = store.record_kind(row.record_id)
    if kind not in REDACTABLE:
        raise InvalidInputError(
            f"This hit is in a {KIND_LABELS.get(kind, kind)}'s {row.hit.field}, which cannot "
            "be redacted: correct it there, or accept the hit with a reason."
        )
    reason = _reason_checked(store, reason, ERASED)
    column = {label: col for col, label in FIELD_LABELS.items()}.get(row.hit.field)
    fields = (column,) if column in REDACTABLE[kind] else REDACTABLE[kind]
    present = present_fields(store, row.record_id)
    store.redact(kind, row.record_id, reason, fields=fields)
    done = redacted_sentence(kind, row.record_id, fields, present)
    scrub = store.backup_scrub.sentence() if store.backup_scrub else ""
    return f"{done} {scrub}".strip()
