"""Per-hit decisions of the identifiability check, and the audit of exports written
despite hits.

A decision names a hit by its kind and a keyed digest of its text (never the text), so
the record can travel through merges like any edit without carrying what it is
about.  Its id is derived from (kind, digest): two leads accepting the same hit write
two versions of one record, not two records.  Who and when are its provenance.
"""

from __future__ import annotations

from store.connection import locked
from store.errors import NotFoundError
from store.history import HistoryMixin
from store.ids import natural_id
from store.models import (
    IdentifyDecision,
    IdentifyOverride,
    StoredIdentifyDecision,
    StoredIdentifyOverride,
)
from store.reasons import IDENTIFIES_NOBODY, checked_reason
from store.records import _stored


class DecisionsMixin(HistoryMixin):
    """Decisions that one hit identifies nobody; exports written despite hits."""

    @locked
    def decide_hit(self, hit_kind: str, digest: str, reason: str, author: str | None = None) -> str:
        """Record that the hit (kind, digest of its text) is not identifying, and why;
        returns the decision's id."""
        reason = checked_reason(reason, IDENTIFIES_NOBODY)
        rid = natural_id("identify_decision", self.inspection_id, hit_kind, digest)
        return self._write(
            IdentifyDecision(hit_kind=hit_kind, digest=digest, reason=reason), rid, author
        )

    @locked
    def revoke_decision(self, decision_id: str, author: str | None = None) -> None:
        """Withdraw a decision: its hit stops exports again."""
        if not self._scalar("SELECT 1 FROM identify_decisions WHERE id = ?", (decision_id,)):
            raise NotFoundError(
                f"There is no decision with id {decision_id}; "
                "'fieldwork identify decisions DB' lists them."
            )
        self._delete("identify_decision", decision_id, author)

    @locked
    def identify_decisions(self) -> list[StoredIdentifyDecision]:
        """Every standing decision, oldest first."""
        rows = self._rows("SELECT * FROM identify_decisions ORDER BY created_at, id")
        return [_stored(StoredIdentifyDecision, r, self) for r in rows]

    @locked
    def record_override(
        self, export: str, hits: int, kinds: list[str], author: str | None = None
    ) -> str:
        """Keep in the audit trail that an export was written despite identifying
        details (`--allow-identifying`)."""
        from store.ids import uuid7

        return self._write(IdentifyOverride(export=export, hits=hits, kinds=sorted(set(kinds))),
                           uuid7(), author)  # fmt: skip

    @locked
    def identify_overrides(self) -> list[StoredIdentifyOverride]:
        """Every export written despite identifying details, oldest first."""
        rows = self._rows("SELECT * FROM identify_overrides ORDER BY created_at, id")
        return [_stored(StoredIdentifyOverride, r, self) for r in rows]
