"""`fieldwork dump` checked like an export: the inspection's canonical JSON leaves the
laptop only without identifying details.

The dump exists to compare copies (after everyone has merged, every file dumps the
same bytes), and a JSON file is easily sent on.  So its free text (evidence text, the
child's words, safeguarding and escalation notes, case notes, rationales, the
organisation note, substitution and decision reasons, on every record and on both
sides of a conflict) goes through the identifiability scanner first, as a Word or CSV
export does: a hit that no lead has accepted stops it (`IdentifyingDetailsError`,
nothing printed).  `omit_text` prints each free-text field as a keyed digest of its
words instead (the same words in two copies of the inspection give the same digest,
so copies still compare; the words are not in it); `allow_identifying` prints them
anyway and records that in the audit trail, after the dump is taken.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from exporters.errors import IdentifyingDetailsError
from exporters.identify.at_rest import kept_at_rest
from exporters.identify.decisions import Decisions
from exporters.identify.scanner import Hit
from store.texts import FIELD_LABELS, FREE_TEXT_FIELDS

if TYPE_CHECKING:
    from exporters.identify import Scanner
    from store.store import Store

TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    **{kind: fields for kind, _table, fields in FREE_TEXT_FIELDS},
    "inspection": ("organisation_note",),
    "identify_decision": ("reason",),
    "redaction": ("reason",),
}
"""The free-text fields of each kind of record as dumped (a sample's substitution
reasons are walked separately)."""
DIGEST_PREFIX = "digest:"


def exact_digest(inspection_id: str, text: str) -> str:
    """A digest of a text exactly as written, keyed by the inspection (any change to
    the words, case or spacing changes it)."""
    return hashlib.sha256(f"{inspection_id}|{text}".encode()).hexdigest()[:32]


@dataclass
class Dump:
    """The dump's text, the hits printed despite the check, and those a lead accepted."""

    text: str
    hits: list[Hit] = field(default_factory=list)
    accepted: list[Hit] = field(default_factory=list)


def _fields(values: dict[str, Any], kind: str) -> Iterator[tuple[dict[str, Any], str]]:
    """(the dict holding it, key) for each free-text value of one record's values."""
    for name in TEXT_FIELDS.get(kind, ()):
        if isinstance(values.get(name), str):
            yield values, name
    if kind == "sample":
        for sub in values.get("substitutions") or []:
            if isinstance(sub, dict) and isinstance(sub.get("reason"), str):
                yield sub, "reason"


def _texts(data: dict[str, Any]) -> Iterator[tuple[dict[str, Any], str, str, str]]:
    """(holder, key, kind, record id) for every free-text value in a dump: current
    values and both sides of every conflict."""
    for kind, records in data["records"].items():
        for rid, rec in records.items():
            for holder, key in _fields(rec["values"], kind):
                yield holder, key, kind, rid
    for c in data["conflicts"]:
        for side in c["sides"]:
            if side.get("values"):
                for holder, key in _fields(side["values"], c["kind"]):
                    yield holder, key, c["kind"], c["id"]


def checked_dump(
    store: Store,
    scanner: Scanner,
    *,
    omit_text: bool = False,
    allow_identifying: bool = False,
) -> Dump:
    """The canonical dump of `store`, checked (see the module docstring)."""
    data = store.dump_data()
    iid = store.inspection_id
    hits: list[Hit] = []
    for holder, key, kind, rid in _texts(data):
        text = holder[key]
        if not text or not text.strip():
            continue
        if omit_text:
            holder[key] = DIGEST_PREFIX + exact_digest(iid, text)
            continue
        where = f"dump: {kind} {rid}"
        found = scanner.scan(text, where, field=FIELD_LABELS.get(key, key),
                             evidence_ids=(rid,), comment=True)  # fmt: skip
        hits.extend(kept_at_rest(found, key))
    decisions = Decisions.from_store(store)
    decided = decisions.split(hits)
    if decided.stopping and not allow_identifying:
        raise IdentifyingDetailsError(decided.stopping, decisions, what="dump")
    text = json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    if decided.stopping:
        store.record_override("dump", len(decided.stopping), [h.kind for h in decided.stopping])
    return Dump(text, decided.stopping, decided.passed)
