"""Erasure that propagates: a redaction removes a record's free text from its whole
history in this file, and travels with merges so every copy that receives it does
the same.

`redact(kind, record_id, reason, fields=...)`, in one transaction:

1. writes a new version of the record whose named free-text fields (all of them when
   none is named) read `[redacted]`, its other fields unchanged.  It decides nothing
   but the text: a record in conflict stays in conflict (a deletion against an edit
   too), each side's other values as that side wrote them (`_redacted_heads`);
2. writes a `redaction` record (what, why; who and when are its provenance, never the
   text) naming that version as `head`;
3. purges every other version of the record that is not a descendant of `head`: the
   same fields are overwritten with `[redacted]` in place (the redaction record names
   them, so every copy and backup it reaches erases those fields and no other).

A version that descends from `head` was written by someone who had the redacted record
in front of them, so it keeps its words.  Anything else (older versions, and an edit
made on a laptop that had not yet received the redaction, even when it builds on an
older version) is purged when it arrives: `apply_redactions` runs inside every merge,
before the working rows are computed, so an old copy merged afterwards cannot bring
the text back.

A purged version keeps its id and its original `hash` (its identity, which the
merge's copied-file gate compares); `redacted_version` records, for each purged
version, the redaction that purged it and the hash of its content as it now is, so a
merge that verifies hashes can accept it: recompute the hash, and accept a mismatch
with the stored one only where `redacted_version` holds the recomputed hash
(`redacted_hash_ok`; `redacted_hashes` gives the whole mapping, vid -> (stored hash,
purged content's hash), in the form `store/integrity.py` of #19 asks for).  The rows of
`redacted_version` travel with the merge.

SQLite's `secure_delete` is on while purging (freed pages are zeroed), the full-text
index is optimised (its segments rewritten without the old words) and the write-ahead
log is checkpointed, so the old text is not left in the file's free space.  The merge
backups beside the file are scrubbed the same way (`store/backup_scrub.py`), after
`redact` and after a merge that brings a redaction in.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from store.backup_scrub import BackupScrub, remove_set_aside, scrub_backups, targets
from store.connection import locked
from store.errors import InvalidInputError, NotFoundError
from store.fieldmerge import common_base
from store.fileinfo import backups_of
from store.history import HistoryMixin
from store.ids import uuid7
from store.models import Redaction, StoredRedaction
from store.reasons import ERASED, checked_reason
from store.records import _stored
from store.texts import FREE_TEXT_FIELDS
from store.versions import (
    VERSION_COLUMNS,
    VersionRow,
    canonical_json,
    version_from_row,
    version_hash,
)

MARKER = "[redacted]"
"""What a redacted field reads, in every version."""
REDACTABLE: dict[str, tuple[str, ...]] = {kind: fields for kind, _t, fields in FREE_TEXT_FIELDS}


def redactable_fields(kind: str, fields: Iterable[str] | None) -> tuple[str, ...]:
    """The free-text fields of a `kind` to erase: those named (in the record's order),
    or all of them (None); one that is not a free-text field of the kind is refused
    in one sentence."""
    known = REDACTABLE[kind]
    if fields is None:
        return known
    asked = set(fields)
    wrong = sorted(asked - set(known))
    if wrong or not asked:
        raise InvalidInputError(
            f"The free text of a {kind} is {', '.join(known)}; "
            f"{', '.join(wrong) or 'no field'} is not one of them."
        )
    return tuple(f for f in known if f in asked)


def purge_values(values: dict[str, Any], fields: Iterable[str]) -> dict[str, Any]:
    """The record's values with every non-empty named field replaced by the marker."""
    out = dict(values)
    for name in fields:
        if out.get(name):
            out[name] = MARKER
    return out


def redacted_hash_ok(conn: sqlite3.Connection, schema: str, vid: str, recomputed: str) -> bool:
    """Whether a version whose recomputed hash differs from its stored one was purged
    by a redaction: `schema.redacted_version` holds that hash for it."""
    row = conn.execute(
        f"SELECT 1 FROM {schema}.redacted_version WHERE vid = ? AND hash = ?", (vid, recomputed)
    ).fetchone()
    return row is not None


def purge(
    conn: sqlite3.Connection,
    redaction_id: str,
    kind: str,
    rid: str,
    head: str,
    fields: Iterable[str],
) -> int:
    """Overwrite the named fields in every version of the record that neither is
    `head` nor descends from it, and has not been purged by this redaction yet;
    returns how many versions changed."""
    fields = tuple(fields)
    keep = {head} | {
        r[0]
        for r in conn.execute(
            "WITH RECURSIVE d(vid) AS (SELECT vid FROM parent WHERE pvid = ? "
            "UNION SELECT p.vid FROM parent p JOIN d ON p.pvid = d.vid) SELECT vid FROM d",
            (head,),
        )
    }
    todo = conn.execute(
        f"SELECT {VERSION_COLUMNS} FROM version v WHERE tbl = ? AND rid = ? AND deleted = 0 "
        "AND NOT EXISTS (SELECT 1 FROM redacted_version r WHERE r.vid = v.vid "
        "AND r.redaction_id = ?)",
        (kind, rid, redaction_id),
    ).fetchall()
    n = 0
    for cols in todo:
        version = version_from_row(cols)
        if version.vid in keep:
            continue
        data = canonical_json(purge_values(version.values(), fields))
        purged = version_from_row((*cols[:8], data))
        parents = [
            r[0] for r in conn.execute("SELECT pvid FROM parent WHERE vid = ?", (version.vid,))
        ]
        conn.execute("UPDATE version SET data = ? WHERE vid = ?", (data, version.vid))
        conn.execute(
            "INSERT OR REPLACE INTO redacted_version (vid, redaction_id, hash) VALUES (?,?,?)",
            (version.vid, redaction_id, version_hash(purged, parents)),
        )
        n += 1
    return n


def discard_drafts_of(conn: sqlite3.Connection, record_id: str) -> None:
    """Unsaved text typed into the record (the editor's crash drafts)."""
    conn.execute(
        "DELETE FROM drafts WHERE instr(key, ?) > 0 OR instr(payload, ?) > 0",
        (record_id, record_id),
    )


def apply_redactions(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """Purge, under every redaction this file holds, the versions not yet purged (run
    inside a merge, before the working rows are computed).  Returns the records
    changed, as (kind, id)."""
    changed: list[tuple[str, str]] = []
    rows = conn.execute(  # a redaction whose record is deleted (set aside) purges nothing
        "SELECT rid, data FROM version v WHERE tbl = 'redaction' AND deleted = 0 AND EXISTS "
        "(SELECT 1 FROM version h WHERE h.tbl = 'redaction' AND h.rid = v.rid AND h.deleted = 0 "
        "AND NOT EXISTS (SELECT 1 FROM parent p WHERE p.pvid = h.vid))"
    ).fetchall()
    if rows:
        conn.execute("PRAGMA secure_delete = ON")
    for rid, data in rows:
        note = json.loads(data)
        kind, target = note["target_kind"], note["target_id"]
        fields = tuple(f for f in note["fields"] if f in REDACTABLE.get(kind, ()))
        if purge(conn, rid, kind, target, note["head"], fields):
            changed.append((kind, target))
            discard_drafts_of(conn, target)
    return changed


def scrub_index(conn: sqlite3.Connection) -> None:
    """Rewrite the full-text index's segments without the words of rows deleted or
    changed since (a deleted row's words otherwise stay in the index until its segments
    are next merged).  Run after the working rows of purged records are recomputed."""
    conn.execute("INSERT INTO evidence_fts (evidence_fts) VALUES ('optimize')")


def copy_redacted_versions(
    conn: sqlite3.Connection, schema: str, aside: Collection[str] = ()
) -> None:
    """Bring a merge source's record of purged versions (after `apply_redactions`).
    Of the redactions set aside (`aside`: made in a file whose holder may not redact,
    `store/roles.py`), only versions that arrived purged in this merge are recorded;
    the ones this file holds keep their words."""
    has = conn.execute(
        f"SELECT 1 FROM {schema}.sqlite_master WHERE type = 'table' AND name = 'redacted_version'"
    ).fetchone()
    if has:
        marks = ",".join("?" * len(aside))
        conn.execute(
            "INSERT OR IGNORE INTO main.redacted_version (vid, redaction_id, hash) "
            f"SELECT vid, redaction_id, hash FROM {schema}.redacted_version "
            f"WHERE redaction_id NOT IN ({marks}) OR vid IN (SELECT vid FROM temp.fw_incoming)",
            list(aside),
        )


def redacted_hashes(conn: sqlite3.Connection, schema: str = "main") -> dict[str, tuple[str, str]]:
    """Every purged version in `schema`, as vid -> (its stored hash, the hash of its
    purged content): what a merge that verifies hashes needs to accept it (#19: a purged
    version is sound when its stored hash is the first and its content hashes to the
    second).  Empty for a file made before redactions existed."""
    has = conn.execute(
        f"SELECT 1 FROM {schema}.sqlite_master WHERE type = 'table' AND name = 'redacted_version'"
    ).fetchone()
    if not has:
        return {}
    return {
        vid: (original, content)
        for vid, original, content in conn.execute(
            # CROSS JOIN: walk the few purged versions and look each one up, never the
            # whole version table (which the planner chose for an empty table).
            f"SELECT r.vid, v.hash, r.hash FROM {schema}.redacted_version r "
            f"CROSS JOIN {schema}.version v ON v.vid = r.vid"
        )
    }


def _current_values(heads: list[VersionRow], record_id: str) -> dict[str, Any]:
    """The one current wording of a record, to keep over its redaction; refused for a
    record deleted or in conflict (which wording would be the current one?)."""
    live = {h.content: h for h in heads if not h.deleted}
    if len(live) != 1 or any(h.deleted for h in heads):
        raise InvalidInputError(
            f"{record_id} is deleted or in conflict, so it has no one current wording to "
            "keep: settle it first, or redact without keeping the current wording."
        )
    return next(iter(live.values())).values()


class RedactionMixin(HistoryMixin):
    """Redacting a record's text from its whole history, here and after merges."""

    backup_scrub: BackupScrub | None = None
    """What the last `redact` did to the merge backups beside the file."""

    @locked
    def redact(
        self,
        kind: str,
        record_id: str,
        reason: str,
        author: str | None = None,
        fields: Iterable[str] | None = None,
        *,
        keep_current: bool = False,
    ) -> str:
        """Erase free text of one record from every version of it in this file: the
        named `fields` (columns, e.g. ``child_words``), or all its free text (None);
        the record's other fields keep their words.  Returns the redaction's id.  The
        reason is kept; the text is not.

        `keep_current`: the record's current wording (already corrected, one version
        not in conflict) is written again on the redacted version, in the same
        transaction, so only the earlier versions lose the words and the correction
        need not be typed twice."""
        return self.redact_many([(kind, record_id, fields, keep_current)], reason, author)[0]

    def redact_many(
        self,
        items: Sequence[tuple[str, str, Iterable[str] | None, bool]],
        reason: str,
        author: str | None = None,
    ) -> list[str]:
        """`redact` for several records, (kind, id, fields, keep_current) each, in one
        transaction and with one pass over the merge backups (tester 32: 28 corrected
        notes took 28 commands); the redactions' ids, in order."""
        for kind, _rid, _fields, _keep in items:
            if kind not in REDACTABLE:
                kinds = ", ".join(sorted(REDACTABLE))
                raise InvalidInputError(f"Only free text can be redacted ({kinds}), not a {kind}.")
        reason = checked_reason(reason, ERASED)
        with self.transaction():
            done = [self._redact_one(kind, record_id, reason, author, fields, keep)
                    for kind, record_id, fields, keep in items]  # fmt: skip
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        ids = set(done)
        mine = [t for t in targets(self.conn) if t[0] in ids]
        self.backup_scrub = scrub_backups(backups_of(self.path), mine)
        self.backup_scrub.set_aside = remove_set_aside(self.path)
        return done

    def _redact_one(
        self,
        kind: str,
        record_id: str,
        reason: str,
        author: str | None,
        fields_asked: Iterable[str] | None,
        keep_current: bool,
    ) -> str:
        """One record's redaction, inside the caller's transaction (`redact_many`)."""
        fields = redactable_fields(kind, fields_asked)
        heads = self._heads(kind, record_id)
        if not heads:
            raise NotFoundError(f"There is no {kind} with id {record_id} in {self.path}.")
        who = self._author(author)
        current = _current_values(heads, record_id) if keep_current else None
        head = self._redacted_heads(kind, record_id, heads, fields, who)
        if current is not None:
            row, digest = self._next_version(kind, record_id, current, [head], who)
            self._insert_versions([(row, digest, [head])])
        rid = uuid7()
        note = Redaction(
            target_kind=kind, target_id=record_id, fields=list(fields), head=head,
            reason=reason,
        )  # fmt: skip
        self._write(note, rid, who)
        self.conn.execute("PRAGMA secure_delete = ON")
        purge(self.conn, rid, kind, record_id, head, fields)
        self._materialize(kind, [record_id])
        discard_drafts_of(self.conn, record_id)
        scrub_index(self.conn)
        return rid

    def _redacted_heads(
        self, kind: str, record_id: str, heads: list[VersionRow], fields: tuple[str, ...], who: str
    ) -> str:
        """Write the record's versions with `fields` erased, deciding nothing else; returns
        the version every later one that keeps its words descends from (the redaction's
        `head`).

        Heads that agree (or one live head) get one version over the live heads, their
        values erased; a head that deleted the record stays a head, so a deletion against
        an edit is still for the lead to settle.  Live heads in conflict keep it: one
        version over them holds the values they last shared (`common_base`, erased; a
        deletion when they share none), and on it one version per side holds that side's
        values, erased, in that side's author's name.  The sides then merge against what
        they shared exactly as before: a field one side alone changed stands, fields
        changed two ways stay in conflict, and the conflicts list shows whose side is
        whose."""
        live = [h for h in heads if not h.deleted]
        sides: dict[tuple[bool, str | None], VersionRow] = {}
        for h in sorted(live, key=lambda h: (h.hlc, h.vid)):
            sides.setdefault(h.content, h)
        parents = [h.vid for h in (live or heads)]
        if len(sides) < 2:
            values = purge_values(live[0].values(), fields) if live else None
            row, digest = self._next_version(kind, record_id, values, parents, who)
            self._insert_versions([(row, digest, parents)])
            return row.vid
        shared = common_base(self.conn, live)
        values = None if shared is None else purge_values(shared, fields)
        top, digest = self._next_version(kind, record_id, values, parents, who)
        rows = [(top, digest, parents)]
        for side in sides.values():
            erased = purge_values(side.values(), fields)
            row, digest = self._next_version(kind, record_id, erased, [top.vid], side.author)
            rows.append((row, digest, [top.vid]))
        self._insert_versions(rows)
        return top.vid

    @locked
    def scrub_backups(self) -> BackupScrub:
        """Erase from the merge backups beside this file what every redaction it holds
        erased (after a merge brought one in: the backup written first still held it)."""
        return scrub_backups(backups_of(self.path), targets(self.conn))

    def record_kind(self, record_id: str) -> str:
        """The kind of the record with this id (any version of it)."""
        row = self.conn.execute(
            "SELECT tbl FROM version WHERE rid = ? LIMIT 1", (record_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"There is no record with id {record_id} in {self.path}.")
        return str(row[0])

    @locked
    def redactions(self) -> list[StoredRedaction]:
        """Every redaction in this file: what, why, by whom and when (never the text)."""
        rows = self._rows("SELECT * FROM redactions ORDER BY created_at")
        return [_stored(StoredRedaction, r, self) for r in rows]
