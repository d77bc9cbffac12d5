"""Deliberately broken merges (mutation checks): the property tests run their checks
against each and must fail, which shows that the checks can catch a wrong merge."""

from __future__ import annotations

from pathlib import Path

from store.store import Store
from store.working import TABLES


def silent_lww_merge(target: Store, source: Path) -> None:
    """Merge, then silently settle every conflict for the latest writer."""
    target.merge_from(source)
    for c in target.conflicts():
        top = next(s for s in c.sides if s.winner)
        target.resolve(c.record_id, take=top.version_id)


def destination_wins_merge(target: Store, source: Path) -> None:
    """Merge, then silently settle every new conflict for the target's own value."""
    shown: dict[str, str] = {}
    for table in TABLES.values():
        for rid, head in target.conn.execute(f"SELECT id, head_vid FROM {table}"):
            shown[rid] = head
    target.merge_from(source)
    for c in target.conflicts():
        mine = [s for s in c.sides if s.version_id == shown.get(c.record_id)]
        if mine:
            target.resolve(c.record_id, take=mine[0].version_id)


def lost_parents_merge(target: Store, source: Path) -> None:
    """Copy the versions but forget their parent edges (history flattened)."""
    target.merge_from(source)
    with target.transaction():
        target.conn.execute(
            "DELETE FROM parent WHERE vid IN (SELECT vid FROM version WHERE origin <> ?)",
            (target.replica_id,),
        )
