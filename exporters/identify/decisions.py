"""Per-hit decisions: a lead marks one hit "not identifying" with a reason, and from
then on that hit (its kind and its text, wherever it appears) passes while every other
hit still stops an export.

A hit is named to the lead by a short id (`hit_id`), computed from the kind and a
keyed digest of the text, so the same detail has the same id in `fieldwork check`, in
an export's refusal and in the editor.  The decision stores the digest, never the text.
A protected name's digest also covers the records it rests in (`SCOPED`): accepting it
lets it pass there only.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from exporters.identify.scanner import Hit, text_digest

if TYPE_CHECKING:
    from store.store import Store


_ONCE_SETTINGS = frozenset({"hospital", "club", "workplace"})
"""Kinds reported as ``school`` before the fifth session."""


BESIDE_A_PERSON = frozenset({"workplace", "club", "hospital"})
"""Places found because a person is beside them (where a parent works, a child's club or
ward): the same words in another note are about another person."""
SCOPED = frozenset({"protected-name"}) | BESIDE_A_PERSON
"""Kinds of hit a decision lets pass only in the records it was made on: a protected
child's or party's name accepted in one note (the lead's reason fits that note) must
still stop an export when it turns up in another (tester 13: one acceptance let the
child's full name through in every later note and comment); and a place beside a
person, whose words accepted in a sentence about many families passed in a note about
one child's father (tester 34, F16: "HMNB Devonport").  A decision on such a place taken
before session 34 (on its words alone) still stands as it was taken."""


def decision_digest(inspection_id: str, hit: Hit) -> str:
    """What a decision on this hit stores and matches: the keyed digest of its text,
    and, for a protected name, of the records it rests in too."""
    if hit.kind in SCOPED:
        records = ",".join(sorted(hit.evidence_ids))
        return text_digest(inspection_id, f"{hit.text}|in:{records}")
    return text_digest(inspection_id, hit.text)


def hit_id(inspection_id: str, hit: Hit) -> str:
    """The short id a lead uses to name one hit (10 hex digits): the same detail has
    the same id wherever it is, but a protected name has one per record."""
    digest = decision_digest(inspection_id, hit)
    return hashlib.sha256(f"{hit.kind}|{digest}".encode()).hexdigest()[:10]


@dataclass(frozen=True)
class Decided:
    """The hits split by the lead's decisions."""

    stopping: list[Hit]
    passed: list[Hit]


class Decisions:
    """The standing decisions of one inspection, for filtering hits."""

    def __init__(self, inspection_id: str, keys: Iterable[tuple[str, str]] = ()) -> None:
        self.inspection_id = inspection_id
        self._keys = frozenset(keys)

    @classmethod
    def from_store(cls, store: Store) -> Decisions:
        """The decisions recorded in `store`."""
        return cls(
            store.inspection_id, ((d.hit_kind, d.digest) for d in store.identify_decisions())
        )

    def accepted(self, hit: Hit) -> bool:
        """Whether a lead has decided this hit identifies nobody.  A hospital, club or
        workplace accepted before those kinds had their own name was accepted as a
        setting (kind ``school``), and that decision still stands."""
        digest = decision_digest(self.inspection_id, hit)
        if (hit.kind, digest) in self._keys:
            return True
        if hit.kind in BESIDE_A_PERSON:  # a decision taken on the words alone, before
            digest = text_digest(self.inspection_id, hit.text)
            if (hit.kind, digest) in self._keys:
                return True
        return hit.kind in _ONCE_SETTINGS and ("school", digest) in self._keys

    def split(self, hits: Iterable[Hit]) -> Decided:
        """The hits that still stop an export, and those a decision lets pass."""
        stopping: list[Hit] = []
        passed: list[Hit] = []
        for h in hits:
            (passed if self.accepted(h) else stopping).append(h)
        return Decided(stopping, passed)

    def label(self, hit: Hit) -> str:
        """`[hit 1a2b3c4d5e] ` followed by the hit's message."""
        return f"[hit {hit_id(self.inspection_id, hit)}] {hit.message()}"
