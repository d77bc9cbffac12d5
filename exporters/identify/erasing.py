"""Redacting one field: which free-text fields of a record a redaction erases, what
the lead is told, and how to write the field again.

A redaction erases only the fields that hold the identifying detail (the child's words
that named her sister, not the inspector's note beside them): the fields the lead
names (`--field`), or else those where the check finds a detail now.  The message says
which field was erased and gives the command that writes it again.
"""

from __future__ import annotations

import shlex
from collections.abc import Iterable
from typing import TYPE_CHECKING

from exporters.identify.at_rest import resting_texts
from exporters.identify.decisions import Decisions
from exporters.identify.scanner import ALLOWED_IN_COMMENTS, Scanner
from store.backup_scrub import fields_said, said_as_one
from store.errors import InvalidInputError
from store.redaction import REDACTABLE

if TYPE_CHECKING:
    from store.models import StoredEvidence
    from store.store import Store

OPTIONS: dict[str, str] = {
    "text": "text",
    "quote": "child_words",
    "safeguarding": "safeguarding",
    "escalation-note": "escalation_note",
    "notes": "notes",
    "rationale": "rationale",
    "finding": "finding",
}
"""The names a lead gives a field (the options that write it), and its column."""
_OPTION_OF = {column: option for option, column in OPTIONS.items()}
_A_KIND = {"evidence": "a note", "case": "a case", "grading": "a grading",
           "judgement": "a judgement", "recommendation": "a recommendation"}  # fmt: skip


def field_options(fields: Iterable[str]) -> str:
    """The `redact` options naming these fields ("--field text --field quote")."""
    return " ".join(f"--field {_OPTION_OF[f]}" for f in fields if f in _OPTION_OF)


def field_names(kind: str) -> str:
    """The names a lead may give the fields of a kind ("text, quote, ...")."""
    return ", ".join(_OPTION_OF[c] for c in REDACTABLE.get(kind, ()))


def asked_fields(kind: str, names: tuple[str, ...]) -> tuple[str, ...] | None:
    """The columns the lead named (`--field`: "quote", "text"...; "all" for every one:
    None), refused in one sentence when a name is no free-text field of the kind."""
    if any(n.strip().lower() == "all" for n in names):
        return None
    columns = []
    for name in names:
        column = OPTIONS.get(name.strip().lower().replace("_", "-"))
        if column is None or column not in REDACTABLE.get(kind, ()):
            raise InvalidInputError(
                f"{_A_KIND.get(kind, kind).capitalize()} has no free-text field ‘{name}’; "
                "give --field "
                f"{field_names(kind).replace(', ', ', --field ')} or --field all."
            )
        columns.append(column)
    return tuple(c for c in REDACTABLE[kind] if c in columns)


def fields_with_hits(
    store: Store, scanner: Scanner, record_id: str, decisions: Decisions | None = None
) -> tuple[str, ...]:
    """The free-text fields of a record where the check finds an identifying detail
    now (any side of a conflict included), in the record's order; with `decisions`, a
    hit the lead accepted is no detail."""
    found: set[str] = set()
    kind = ""
    for item in resting_texts(store):
        if item.record_id != record_id or item.field in found:
            continue
        kind = item.kind
        if _holds_detail(scanner, item.text, record_id, decisions):
            found.add(item.field)
    return tuple(f for f in REDACTABLE.get(kind, ()) if f in found)


def notes_with_hits(
    scanner: Scanner, notes: Iterable[StoredEvidence], decisions: Decisions
) -> frozenset[str]:
    """The ids of the notes whose free text (the note, the child's words, the
    safeguarding and escalation notes) holds an identifying detail the check finds now
    and no lead has accepted: what the case screen marks in its evidence list, so the
    inspector who wrote it sees it, not only the lead at export (tester 33)."""
    found: set[str] = set()
    for ev in notes:
        for field in REDACTABLE["evidence"]:
            text = getattr(ev, field, "")
            if text and _holds_detail(scanner, text, ev.id, decisions):
                found.add(ev.id)
                break
    return frozenset(found)


def _holds_detail(scanner: Scanner, text: str, record_id: str, decisions: Decisions | None) -> bool:
    """Whether a field of the record holds an identifying detail the check finds now
    (as a comment does: a case reference may stand), one no lead has accepted."""
    hits = scanner.scan(text, comment=True, evidence_ids=(record_id,))
    return any(h.kind not in ALLOWED_IN_COMMENTS and not (decisions and decisions.accepted(h))
               for h in hits)  # fmt: skip


def fields_with_hits_before(
    store: Store, scanner: Scanner, kind: str, record_id: str
) -> tuple[str, ...]:
    """The free-text fields of a record where the check finds an identifying detail in
    any of its versions (its history, the current wording included), in the record's
    order: what `redact --keep-current` erases when no field is named, so a note whose
    detail was only in its text keeps the history of its safeguarding and escalation
    notes (tester 13, F12)."""
    known = REDACTABLE.get(kind, ())
    found: set[str] = set()
    for version in store.record_history(kind, record_id):
        for change in version.changes:
            if change.field not in known or change.field in found:
                continue
            for value in (change.before, change.after):
                hits = scanner.scan(value, comment=True) if isinstance(value, str) else []
                if any(h.kind not in ALLOWED_IN_COMMENTS for h in hits):
                    found.add(change.field)
    return tuple(f for f in known if f in found)


def field_words(kind: str, fields: tuple[str, ...]) -> str:
    """The erased fields as a lead reads them: "the child's words", "the text and
    the child's words", "the rationale", "the free text" (every field)."""
    return f"the {fields_said(kind, fields)}"


def present_fields(store: Store, record_id: str) -> tuple[str, ...]:
    """The free-text fields of a record that hold words now."""
    return tuple(dict.fromkeys(t.field for t in store.free_texts() if t.record_id == record_id))


def rewrite_hint(store: Store, db: str, kind: str, record_id: str,
                 fields: tuple[str, ...]) -> str:  # fmt: skip
    """The command that writes the erased fields again ("" where none does)."""
    q = shlex.quote
    opts = " ".join(f'--{_OPTION_OF[f]} "..."' for f in fields)
    if kind == "evidence":
        return f"fieldwork evidence edit {q(db)} {record_id} {opts}"
    if kind == "case":
        return f"fieldwork case edit {q(db)} {q(store.case(record_id).ref)} {opts}"
    if kind == "grading":
        g = next((g for g in store.all_gradings() if g.id == record_id), None)
        if g is None:
            return ""
        ref = store.case(g.case_id).ref
        return (f"fieldwork grade {q(db)} --case {q(ref)} --criterion {g.criterion_id} "
                f"--grade {q(g.grade)} {opts}")  # fmt: skip
    if kind == "judgement":
        j = next((j for j in store.judgements() if j.id == record_id), None)
        if j is None:
            return ""
        area = f" --area {q(j.area_code)}" if j.area_code else ""
        grade = f" --grade {q(j.grade)}" if j.grade else " --grade G"
        return f"fieldwork judge {q(db)} --judgement {j.judgement_id}{area}{grade} {opts}"
    return ""


def redacted_sentence(
    kind: str,
    record_id: str,
    fields: tuple[str, ...],
    present: tuple[str, ...],
    keep_current: bool = False,
) -> str:
    """One sentence: which fields of which record were erased, and which of its other
    fields that hold words (`present`) were kept (`keep_current`: their current wording
    too)."""
    rest = tuple(f for f in REDACTABLE.get(kind, ()) if f in present and f not in fields)
    kept = ""
    if rest:
        kept = f"; {field_words(kind, rest)} {'is' if said_as_one(kind, rest) else 'are'} kept"
    what = field_words(kind, fields)
    if keep_current:
        what = field_words(kind, tuple(f for f in fields if f in present) or fields)
        return (f"Redacted {what} of {kind} {record_id}: erased from its earlier versions, "
                f"the current wording kept{kept}.")  # fmt: skip
    return (f"Redacted {what} of {kind} {record_id}: erased from "
            f"its history{kept}.")  # fmt: skip


def refuse_if_current_identifies(
    store: Store, scanner: Scanner, kind: str, record_id: str, fields: tuple[str, ...] | None
) -> None:
    """Refuse to keep a record's current wording while a field to be kept still holds
    an identifying detail the check finds (the correction comes first).  A hit the lead
    accepted is no detail here, as it is none at an export (tester 31, F12: a rewording
    whose only hit was an accepted false alarm could not keep its wording)."""
    decisions = Decisions.from_store(store)
    held = [f for f in fields_with_hits(store, scanner, record_id, decisions)
            if fields is None or f in fields]  # fmt: skip
    if held:
        # The other fields' earlier wording can still go, the one that holds a hit kept
        # as it is (tester 29, F9: the way through, --field, was not said).
        rest = field_options(f for f in present_fields(store, record_id) if f not in held)
        other = (
            f", or erase the earlier wording of the rest alone: {rest} --keep-current"
            if fields is None and rest
            else ""
        )
        raise InvalidInputError(
            f"The current {fields_said(kind, tuple(held))} of {record_id} still "
            f"{'holds' if said_as_one(kind, tuple(held)) else 'hold'} an identifying detail: "
            f"correct it first, or redact without --keep-current{other}."
        )
