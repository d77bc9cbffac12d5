"""Hits a lead can act on: each names only the records whose text holds the detail,
and each is listed once.

A sentence of the draft, and more so a paragraph's comment, rests on many records; a
hit found there named them all (27 evidence ids for one "Isla").  `narrowed` keeps the
records whose own free text holds the hit's words, and none where no record does (the
words are then the draft's own).  `distinct` drops the same hit found again in the
same place (a name written twice in one note).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable, Mapping
from typing import TYPE_CHECKING

from exporters.identify.scanner import Hit

if TYPE_CHECKING:
    from store.store import Store


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def record_texts(store: Store, ids: Collection[str]) -> dict[str, str]:
    """The free text (all its fields, joined) of each of the records `ids` (those the
    hits name: `hit_records`), by record id, normalised for `narrowed`.  No other text
    is read: a draft with no hits reads none."""
    out: dict[str, list[str]] = {}
    for item in store.free_texts_of(ids):
        out.setdefault(item.record_id, []).append(_norm(item.text))
    return {rid: "\n".join(texts) for rid, texts in out.items()}


def hit_records(hits: Iterable[Hit]) -> set[str]:
    """The records the hits name: the only texts `narrowed` reads for them."""
    return {i for h in hits for i in h.evidence_ids}


def narrowed(
    hits: Iterable[Hit], texts: Mapping[str, str], names: Mapping[str, str] | None = None
) -> list[Hit]:
    """The hits, each naming only the records (of those it named) whose text holds
    its words; a record that is no note by how `names` names it (`holder_names`)."""
    out = []
    for h in hits:
        if h.evidence_ids:
            words = _norm(h.text).rstrip(".,;:")
            ids = tuple(i for i in h.evidence_ids if words in texts.get(i, ""))
            if ids != h.evidence_ids:
                h = dataclasses.replace(h, evidence_ids=ids)
            held = tuple((i, names[i]) for i in ids if names and i in names)
            if held:
                h = dataclasses.replace(h, holders=held)
        out.append(h)
    return out


def holder_names(store: Store, ids: Collection[str]) -> dict[str, str]:
    """How to name each of the records `ids` that is a judgement (a section's comment
    quotes its rationale): its judgement and area, and the command that rewords it (a
    judgement's id called "evidence" sent the lead to `evidence edit`: tester 21, F12)."""
    wanted = set(ids)
    out = {}
    for j in store.judgements():
        if j.meta.id in wanted:
            where = f", Area {j.area_code}" if j.area_code else ""
            out[j.meta.id] = (f"judgement {j.judgement_id}{where}: its rationale, which "
                              f"'fieldwork judge' rewords")  # fmt: skip
    return out


def hit_key(h: Hit) -> tuple[str, str]:
    """What makes two hits the same detail: the kind and the words (as a hit id)."""
    return h.kind, _norm(h.text)


def distinct(hits: Iterable[Hit]) -> list[Hit]:
    """The hits without repeats of the same detail in the same place and field."""
    seen: set[tuple[str, str, str, str]] = set()
    out = []
    for h in hits:
        key = (*hit_key(h), h.where, h.field)
        if key not in seen:
            seen.add(key)
            out.append(h)
    return out
