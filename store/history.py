"""History: writing versions.  Every create, edit and delete is a new immutable version
(see `store/versions.py`); the working row is then recomputed (`store/working.py`).

- `put(record, record_id)` (and the typed `put_*`/`set_*` methods built on `_write`):
  a new version whose parents are the heads the author was shown;
- `_delete` / `_restore`: a tombstone version, and a version undoing one;
- `bulk_create(records, author)`: many new records in one transaction (demo data,
  case imports, issuing);
- `transaction()` (from `StoreBase`) groups several of these into one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from store.connection import locked
from store.errors import InvalidInputError, NotFoundError
from store.fieldmerge import Settled, view
from store.ids import parse_hlc, uuid7
from store.models import Record
from store.versions import (
    VERSION_COLUMNS,
    VersionRow,
    canonical_json,
    read_heads,
    version_hash,
    winner,
)
from store.working import WorkingRowsMixin


class HistoryMixin(WorkingRowsMixin):
    """The version machinery: heads, new versions, writes, deletes, bulk creation."""

    # Versions ---------------------------------------------------------------------------
    def _heads(self, kind: str, rid: str) -> list[VersionRow]:
        return read_heads(self.conn, kind, rid)

    def _next_version(
        self,
        kind: str,
        rid: str,
        data: dict[str, Any] | None,
        parents: Sequence[str],
        author: str,
    ) -> tuple[VersionRow, str]:
        self._seq += 1
        hlc = self.clock.now()
        row = VersionRow(
            vid=uuid7(parse_hlc(hlc)[0]),
            tbl=kind,
            rid=rid,
            hlc=hlc,
            origin=self.replica_id,
            seq=self._seq,
            author=author,
            deleted=data is None,
            data=None if data is None else canonical_json(data),
        )
        return row, version_hash(row, parents)

    def _append(
        self,
        kind: str,
        rid: str,
        data: dict[str, Any] | None,
        parents: Sequence[str],
        author: str,
    ) -> str:
        """One new version of a record (None: its deletion) over `parents`, written and
        its working row refreshed, inside the caller's transaction; returns its id."""
        row, digest = self._next_version(kind, rid, data, parents, author)
        self._insert_versions([(row, digest, parents)])
        self._materialize(kind, [rid])
        return row.vid

    def _insert_versions(self, rows: Iterable[tuple[VersionRow, str, Sequence[str]]]) -> None:
        vrows: list[tuple[Any, ...]] = []
        prows: list[tuple[str, str]] = []
        for row, digest, parents in rows:
            vrows.append((*row.columns(), digest))
            prows.extend((row.vid, p) for p in parents)
        self.conn.executemany(
            f"INSERT INTO version ({VERSION_COLUMNS}, hash) VALUES (?,?,?,?,?,?,?,?,?,?)", vrows
        )
        self.conn.executemany("INSERT INTO parent (vid, pvid) VALUES (?, ?)", prows)
        self._set_meta("hlc_last", self.clock.value)
        self._set_meta("seq", str(self._seq))

    def _write(self, record: Record, rid: str, author: str | None, *, resolve: bool = False) -> str:
        """Write a new version of a record (create or edit) and refresh its working row.

        An ordinary edit builds on the head the user was shown (the provisional winner
        and any heads identical to it); a resolution builds on every head.  So an
        ordinary edit never silently settles a conflict.
        """
        kind = record.kind
        who = self._author(author)
        data = record.data()
        with self.transaction():
            heads = self._heads(kind, rid)
            shown = view(self.conn, heads) if heads else None
            unchanged = shown is not None and canonical_json(data) == shown.top.data
            if unchanged and not resolve and shown and not shown.top.deleted:
                return rid  # a save that changes nothing writes no version
            parents = _edit_parents(heads, shown, resolve)
            self._append(kind, rid, data, parents, who)
            if shown is not None and shown.conflict and not resolve:
                self._refuse_an_edit_undone(kind, rid, heads, shown, data)
        return rid

    def _refuse_an_edit_undone(
        self,
        kind: str,
        rid: str,
        heads: Sequence[VersionRow],
        before: Settled,
        data: dict[str, Any],
    ) -> None:
        """An edit of a record in conflict builds on the side shown only, so a field the
        editor set back to its earlier value, where another side alone had changed it,
        would go on showing that side's change: refused in one sentence (the caller's
        transaction is rolled back), naming whose change and the field."""
        after = view(self.conn, read_heads(self.conn, kind, rid))
        was, now = before.top.values(), after.top.values()
        undone = [
            k
            for k, v in data.items()
            if k not in after.fields
            and canonical_json(v) != canonical_json(was.get(k))
            and canonical_json(now.get(k)) != canonical_json(v)
        ]
        if not undone:
            return
        whose = {h.author for h in heads for k in undone if h.values().get(k) == now.get(k)}
        names = [self._scalar("SELECT name FROM inspectors WHERE id = ?", (a,)) or a
                 for a in sorted(whose)]  # fmt: skip
        fields = ", ".join(_SAID.get(k, k.replace("_", " ")) for k in undone)
        raise InvalidInputError(
            f"This {kind.replace('_', ' ')} ({rid}) is in conflict and {' and '.join(names)}'s "
            f"change to its {fields} would still show over this edit, so nothing was saved: "
            f"settle the conflict first ('fieldwork resolve {rid} --edit' sets every field), "
            "then edit."
        )

    def _delete(self, kind: str, rid: str, author: str | None) -> None:
        who = self._author(author)
        with self.transaction():
            heads = self._heads(kind, rid)
            if not heads or winner(heads).deleted:
                raise NotFoundError(f"There is no {kind.replace('_', ' ')} with id {rid}.")
            shown = view(self.conn, heads)
            if shown.conflict:
                raise InvalidInputError(
                    f"This {kind.replace('_', ' ')} ({rid}) is in conflict, so nothing was "
                    f"deleted: settle it first ('fieldwork conflicts', 'fieldwork resolve'; "
                    f"you may take the deletion), then delete it."
                )
            parents = _edit_parents(heads, shown, False)
            self._append(kind, rid, None, parents, who)

    def _restore(self, kind: str, rid: str, author: str | None) -> None:
        """Undo a delete: a new version carrying the content the delete replaced."""
        who = self._author(author)
        with self.transaction():
            heads = self._heads(kind, rid)
            if not heads:
                raise NotFoundError(f"There is no {kind.replace('_', ' ')} with id {rid}.")
            top = winner(heads)
            if not top.deleted:
                return
            previous = self.conn.execute(
                "SELECT v.data FROM parent p JOIN version v ON v.vid = p.pvid "
                "WHERE p.vid = ? AND v.deleted = 0 ORDER BY v.hlc DESC, v.vid DESC LIMIT 1",
                (top.vid,),
            ).fetchone()
            if previous is None:
                raise NotFoundError(f"Nothing to restore for {kind} {rid}.")
            parents = [h.vid for h in heads]
            self._append(kind, rid, json.loads(previous[0]), parents, who)

    @locked
    def put(self, record: Record, record_id: str, author: str | None = None) -> str:
        """Write a new version of any record (create or edit) and refresh its working
        row; returns the record id.  The typed `put_*` methods validate first: use
        them where one exists."""
        return self._write(record, record_id, author)

    @locked
    def bulk_create(self, records: Sequence[tuple[str, Record]], author: str) -> None:
        """Create many new records, given as (record id, record), in one transaction
        (demo data, case imports, issuing)."""
        with self.transaction():
            versions = []
            by_kind: dict[str, list[tuple[str, VersionRow]]] = {}
            for rid, record in records:
                row, digest = self._next_version(record.kind, rid, record.data(), (), author)
                versions.append((row, digest, ()))
                by_kind.setdefault(record.kind, []).append((rid, row))
            self._insert_versions(versions)
            for kind, items in by_kind.items():
                self._write_working_rows(kind, [(rid, row, row, False) for rid, row in items])
        if len(records) >= 100:
            self._optimize()


_SAID = {"polarity": "finding", "child_words": "child's words", "child_seen": "child seen"}
"""Fields by the names people know them by, in a refusal."""


def _edit_parents(heads: Sequence[VersionRow], shown: Settled | None, resolve: bool) -> list[str]:
    """The versions an edit builds on: every head, when the record is not in conflict
    (the user saw their merged value) or for a resolution; otherwise the heads equal
    to the provisional winner, so an ordinary edit never silently settles a conflict."""
    if not heads:
        return []
    if resolve or shown is None or not shown.conflict:
        return sorted(h.vid for h in heads)
    top = next(h for h in heads if h.vid == shown.winner_vid)
    return sorted(h.vid for h in heads if h.content == top.content)
