"""Immutable record versions: the part of the database that merges exchange.

Each create, edit or delete of a record writes one row in `version` (never updated),
with edges in `parent` to the versions the author had in front of them.  A record's
*heads* are its versions that no other version names as a parent.  One head: the
record's value is settled.  More than one head with different content: the record
is in conflict, and stays so until someone writes a version whose parents are all
of them (a resolution), which then travels to other files like any edit.

The provisional winner among several heads is a pure function of the set of heads,
so every file that holds the same versions shows the same value, and no laptop's
clock decides it (a laptop days fast would otherwise win every conflict it is in):
    a live head beats a deletion (evidence is never hidden by a concurrent delete),
    then the larger SHA-256 of the stored values (a fair, fixed rule on content),
    then the larger version id among heads with equal content.
Heads that changed different fields are merged field by field (`store/fieldmerge.py`):
only fields changed to different values are a conflict.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class VersionRow:
    vid: str
    tbl: str
    rid: str
    hlc: str
    origin: str
    seq: int
    author: str
    deleted: bool
    data: str | None

    @property
    def content(self) -> tuple[bool, str | None]:
        return (self.deleted, None if self.deleted else self.data)

    def columns(self) -> tuple[Any, ...]:
        """The values of VERSION_COLUMNS, in order, as stored."""
        return (
            self.vid,
            self.tbl,
            self.rid,
            self.hlc,
            self.origin,
            self.seq,
            self.author,
            int(self.deleted),
            self.data,
        )

    def values(self) -> dict[str, Any]:
        return json.loads(self.data) if self.data else {}


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def version_hash(row: VersionRow, parents: Iterable[str]) -> str:
    """SHA-256 of everything that identifies a version: detects a reused id."""
    payload = canonical_json([*row.columns(), sorted(parents)])
    return hashlib.sha256(payload.encode()).hexdigest()


def winner(heads: Sequence[VersionRow]) -> VersionRow:
    """The provisional winner among a record's heads (see the module docstring)."""
    return max(heads, key=lambda h: (not h.deleted, content_key(h), h.vid))


def content_key(row: VersionRow) -> str:
    """The rule on content that orders heads for the provisional winner."""
    return hashlib.sha256((row.data or "").encode()).hexdigest()


def in_conflict(heads: Sequence[VersionRow]) -> bool:
    """Whether the heads differ at all (whether they conflict is decided field by field,
    `store/fieldmerge.py`)."""
    return len({h.content for h in heads}) > 1


VERSION_COLUMNS = "vid, tbl, rid, hlc, origin, seq, author, deleted, data"


def version_from_row(row: Sequence[Any]) -> VersionRow:
    return VersionRow(
        vid=row[0],
        tbl=row[1],
        rid=row[2],
        hlc=row[3],
        origin=row[4],
        seq=row[5],
        author=row[6],
        deleted=bool(row[7]),
        data=row[8],
    )


V_COLUMNS = ", ".join(f"v.{c.strip()}" for c in VERSION_COLUMNS.split(","))
"""VERSION_COLUMNS qualified by the alias `v`, for joins."""


def read_heads(conn: sqlite3.Connection, kind: str, rid: str) -> list[VersionRow]:
    """A record's heads: its versions that no version names as a parent."""
    rows = conn.execute(
        f"SELECT {VERSION_COLUMNS} FROM version v WHERE tbl = ? AND rid = ? "
        "AND NOT EXISTS (SELECT 1 FROM parent p WHERE p.pvid = v.vid)",
        (kind, rid),
    ).fetchall()
    return [version_from_row(r) for r in rows]


def created_order(kind: str, alias: str) -> str:
    """An ORDER BY for a working table's rows in the order their records were made (the
    hybrid clock of each record's first version, then its id): the same in every file
    holding them, whatever order merges brought the rows in, where `rowid` is not."""
    return (f"(SELECT min(v.hlc) FROM version v WHERE v.tbl = '{kind}' AND v.rid = {alias}.id), "
            f"{alias}.id")  # fmt: skip
