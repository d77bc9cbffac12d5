"""Verifying versions before trusting them: the hash and the shape of each one.

Every version row carries `hash`, the SHA-256 of its columns and its sorted parents
(`versions.version_hash`).  Nothing that arrives from another file is trusted until
its hash has been recomputed and its shape checked (as Fossil checks every artifact
before a commit):

- the ids (version, record, origin) are UUIDs, the kind is one this code knows;
- the clock is a well-formed hybrid-clock value (any date: a laptop whose clock was
  wrong, a year fast or reset to 1999 by a flat battery, made honest versions; nothing
  orders or decides conflicts by the clock, see `store/versions.py`, and a merge adopts
  another file's clock only up to minutes ahead; `clock_error` names such dates for the
  merge report and `fieldwork check`);
- the sequence number is a positive integer, the author a non-empty text;
- a deletion carries no payload; anything else carries a JSON object that is a valid
  record of its kind;
- all text is valid UTF-8 (rows are read as bytes and decoded here);
- the recomputed hash equals the stored one.

Parents are checked in SQL by the caller (each must be a version of the same record,
held by the source or the target).  `fieldwork check` runs the same checks over every
version a file holds; a merge runs them over every version it is about to take, and
refuses the whole source if any fails.

**Redactions (the seam for #14).**  A redaction purges a text from a record's whole
history, so the purged versions' content no longer hashes to their stored `hash`.  The
stored `hash` is kept unchanged (it is the version's identity: the same-id/other-hash
gate compares it across files), and a redaction record names, for each purged version,
the hash it had (`original`) and the hash of its content after the purge (`content`).
`check_version` is given these as `redactions: {vid: RedactedHash}`: a purged version
is good when its stored hash is the recorded original and its content hashes to the
recorded `content`.  Whoever builds redaction supplies that mapping (see
`Verifier.redactions` in `store/checks.py`) from its own table, written and merged in
the same transaction as the purge, and must verify the redaction records themselves
as ordinary versions.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from store.connection import MAX_CLOCK_AHEAD_MS
from store.ids import format_hlc, parse_hlc
from store.minimise import WITHHELD_NAME
from store.models import RECORD_TYPES
from store.versions import VersionRow, version_hash

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_HLC = re.compile(r"^[0-9]{13}\.[0-9]{4}$")
EARLIEST_MS = 946_684_800_000  # 2000-01-01T00:00:00Z
"""A clock before this was wrong (a flat battery resets it to 1970, 1980 or 1999)."""

RAW_COLUMNS = (
    "CAST(vid AS BLOB), CAST(tbl AS BLOB), CAST(rid AS BLOB), CAST(hlc AS BLOB), "
    "CAST(origin AS BLOB), seq, typeof(seq), CAST(author AS BLOB), deleted, "
    "typeof(deleted), CAST(data AS BLOB), typeof(data), CAST(hash AS BLOB)"
)
"""The version columns as they are stored, text as bytes, with the storage types that
matter: select these (optionally qualified) and pass each row to `check_version`."""


_PLAIN_TYPES = (
    "typeof(vid) = 'text' AND typeof(tbl) = 'text' AND typeof(rid) = 'text' "
    "AND typeof(hlc) = 'text' AND typeof(origin) = 'text' AND typeof(seq) = 'integer' "
    "AND typeof(author) = 'text' AND typeof(deleted) = 'integer' "
    "AND typeof(data) IN ('text', 'null')"
)


def canonical_sql(parents: str, parents_plain: str) -> str:
    """An SQL expression for the bytes `versions.version_hash` hashes, built by SQLite
    (`json_array` writes JSON as `canonical_json` does: no spaces, no key to sort,
    non-ASCII text as is, the same escapes), so that a version is hashed without
    decoding and re-encoding it in Python.  `parents` is an SQL expression for the JSON
    array of its parent ids in order, `parents_plain` one that is true when every one of
    them is stored as text.  NULL for a row with any column not stored with its plain
    type (a blob, a real): such a row is hashed in Python.  Pass the value to
    `check_version` as `canonical`: where it hashes to the stored hash, the row is what
    was hashed (two JSON texts that are equal hold equal values); anywhere else the
    version is hashed in Python, which decides."""
    return (
        f"CASE WHEN {_PLAIN_TYPES} AND {parents_plain} THEN CAST(json_array(vid, tbl, rid, "
        f"hlc, origin, seq, author, deleted, data, json({parents})) AS BLOB) END"
    )


def hashes_to(canonical: bytes | None, stored: bytes | str) -> bool:
    """Whether `canonical` (from `canonical_sql`) hashes to the stored hash."""
    if canonical is None:
        return False
    digest = hashlib.sha256(canonical).hexdigest()
    return digest == stored if isinstance(stored, str) else digest.encode() == stored


@dataclass(frozen=True)
class RedactedHash:
    """What a redaction recorded about one purged version."""

    original: str
    """The hash the version had before the purge (still its stored `hash`)."""
    content: str
    """The hash of its content after the purge."""


def check_version(
    raw: Sequence[Any],
    parents: Sequence[str],
    *,
    redactions: Mapping[str, RedactedHash] | None = None,
    shape: bool = True,
    canonical: bytes | None = None,
) -> str | None:
    """None when the version is sound; otherwise a short phrase saying what is wrong.

    `raw` is a row of RAW_COLUMNS; `parents` the version ids its parent edges name.
    `shape=False` checks only the hash: for a version whose shape was checked with the
    same hash before (the same hash means the same content).  `canonical`, the row's
    `canonical_sql` value, saves re-encoding the row when it hashes to the stored hash;
    when it does not (or is None), the row is hashed here."""
    if shape and canonical is not None:  # the common case, without building a VersionRow
        fields = _plain(raw)
        if fields is not None and fields[0] not in (redactions or {}):
            problem = _shape_of(*fields)
            if problem or hashes_to(canonical, raw[-1]):
                return problem
    try:
        row, stored_hash = _decode(raw)
    except _Bad as bad:
        return str(bad)
    problem = _shape(row) if shape else None
    if problem:
        return problem
    redacted = (redactions or {}).get(row.vid)
    if redacted is None and hashes_to(canonical, stored_hash):
        return None
    digest = version_hash(row, parents)
    if redacted is not None:
        if stored_hash != redacted.original:
            return "its hash is not the one its redaction recorded"
        if digest != redacted.content:
            return "its content does not match its redaction"
        return None
    if digest != stored_hash and not _withheld(row):
        return "its content does not match its hash (changed or damaged)"
    return None


def _withheld(row: VersionRow) -> bool:
    """A protected name whose text a file issued to an inspector withholds
    (`store.minimise`): its stored hash is the original's, so it cannot be recomputed;
    its shape has been checked.  (A recorded hash of the withheld content, through the
    redaction seam above, would let it be verified as well.)"""
    if row.tbl != "protected_name" or row.deleted or not row.data:
        return False
    return bool(json.loads(row.data).get("name") == WITHHELD_NAME)


class _Bad(Exception):
    pass


def _text(value: Any, what: str) -> str:
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            raise _Bad(f"its {what} is not valid UTF-8 text") from None
    raise _Bad(f"its {what} is missing")


def _decode(raw: Sequence[Any]) -> tuple[VersionRow, str]:
    (vid, tbl, rid, hlc, origin, seq, seq_type, author, deleted, deleted_type, data,
     data_type, digest) = raw  # fmt: skip
    if seq_type != "integer":
        raise _Bad("its sequence number is not a whole number")
    if deleted_type != "integer" or deleted not in (0, 1):
        raise _Bad("its deleted flag is neither 0 nor 1")
    try:  # the common case: every text present and valid UTF-8
        return VersionRow(
            vid.decode(), tbl.decode(), rid.decode(), hlc.decode(), origin.decode(), int(seq),
            author.decode(), bool(deleted), None if data_type == "null" else data.decode(),
        ), digest.decode()  # fmt: skip
    except (AttributeError, UnicodeDecodeError):
        pass  # which one, in the words below
    payload = None if data_type == "null" else _text(data, "content")
    row = VersionRow(
        vid=_text(vid, "id"),
        tbl=_text(tbl, "kind"),
        rid=_text(rid, "record id"),
        hlc=_text(hlc, "clock"),
        origin=_text(origin, "origin"),
        seq=int(seq),
        author=_text(author, "author"),
        deleted=bool(deleted),
        data=payload,
    )
    return row, _text(digest, "hash")


_Fields = tuple[str, str, str, str, str, int, str, bool, "str | None"]
"""A version's columns (VERSION_COLUMNS), decoded."""


def _plain(raw: Sequence[Any]) -> _Fields | None:
    """A row's fields decoded, when `_decode` would decode it in its first step (every
    text valid UTF-8, the hash too; the numbers whole), else None."""
    (vid, tbl, rid, hlc, origin, seq, seq_type, author, deleted, deleted_type, data,
     data_type, digest) = raw  # fmt: skip
    if seq_type != "integer" or deleted_type != "integer" or deleted not in (0, 1):
        return None
    try:
        digest.decode()
        return (
            vid.decode(), tbl.decode(), rid.decode(), hlc.decode(), origin.decode(), seq,
            author.decode(), bool(deleted), None if data_type == "null" else data.decode(),
        )  # fmt: skip
    except (AttributeError, UnicodeDecodeError):
        return None


def _shape(row: VersionRow) -> str | None:
    return _shape_of(
        row.vid, row.tbl, row.rid, row.hlc, row.origin, row.seq, row.author, row.deleted,
        row.data,
    )  # fmt: skip


def _shape_of(
    vid: str, tbl: str, rid: str, hlc: str, origin: str, seq: int, author: str,
    deleted: bool, data: str | None,
) -> str | None:  # fmt: skip
    for value, what in ((vid, "id"), (rid, "record id"), (origin, "origin")):
        if not _UUID.match(value):
            return f"its {what} is not a valid id"
    if tbl not in RECORD_TYPES:
        return f"its kind {tbl[:20]!r} is unknown"
    if not _HLC.match(hlc):
        return "its clock value is garbled"
    if seq < 1:
        return "its sequence number is not positive"
    if not author.strip():
        return "it has no author"
    if deleted:
        return "a deletion carries content" if data is not None else None
    return _payload(tbl, data)


def _payload(kind: str, data: str | None) -> str | None:
    if data is None:
        return "it has no content"
    model = RECORD_TYPES[kind]
    try:  # the common case, parsed and validated in one pass by pydantic
        model.model_validate_json(data)
        return None
    except ValueError:
        pass  # what is wrong, in the words below (and text JSON allows that pydantic's
        # parser refuses, a lone surrogate escape, judged as before)
    try:
        value = json.loads(data)
    except ValueError:
        return "its content is not JSON"
    if not isinstance(value, dict):
        return "its content is not a record"
    try:
        model.model_validate(value)
    except ValueError:
        return f"its content is not a valid {kind.replace('_', ' ')}"
    return None


def clock_error(ms: int, now_ms: int | None = None, created_ms: int = EARLIEST_MS) -> str | None:
    """How a version's clock was wrong when it was made, as a phrase ("set before
    2000", "at least 365 days behind", "12 days ahead"), or None when it is plausible: wrong when before
    2000, before the inspection was created (`created_ms`: no change can be older than
    the file it was made in), or more than `MAX_CLOCK_AHEAD_MS` ahead of this computer's
    clock."""
    now = time.time_ns() // 1_000_000 if now_ms is None else now_ms
    if ms < EARLIEST_MS:
        return "set before 2000"
    if ms < created_ms:
        return f"at least {duration(created_ms - ms)} behind"  # it was later than `created`
    if ms > now + MAX_CLOCK_AHEAD_MS:
        return f"{duration(ms - now)} ahead"
    return None


@dataclass(frozen=True)
class WrongClock:
    """The changes one file identity made while its laptop's clock was wrong."""

    origin: str
    phrases: list[str]
    """How the clock was wrong, from `clock_error` ("set before 2000", "12 days ahead"):
    one phrase, or two when its earliest and latest such changes were wrong in different
    ways (never the same phrase twice: tester 25, F6, "at least 2 days behind and at
    least 2 days behind")."""
    changes: int
    author: str
    """One author of those changes (the least id), to name whose file it was."""
    last_seq: int
    """The highest change number among them."""


def slow_here(
    found: list[WrongClock], own: str | None, name: Callable[[WrongClock], str]
) -> str | None:
    """The sentence saying this computer's clock is likelier slow (None: it is not),
    where the changes of several other files (`found`, less this file's own, `own`) are
    all ahead of it: as they agree, this computer's clock is the likelier one wrong.
    This file's own changes say nothing against it, however they are dated: behind, as
    a slow clock dates them, or ahead, made before its clock went back (tester 25, F6:
    on a laptop two days slow, the merge and `check` told its inspector to have the
    lead and six colleagues set their clocks).  `name` names a file for the reader."""
    ahead = [f for f in found if f.origin != own]
    if len(ahead) < 2 or not all(p.endswith("ahead") for f in ahead for p in f.phrases):
        return None
    most = max(ahead, key=lambda f: f.changes).phrases[0]  # the bulk of them
    names = ", ".join(name(f) for f in ahead)
    return (
        f"{sum(f.changes for f in ahead)} changes from {len(ahead)} files ({names}) are "
        f"dated about {most} of this computer's clock: as they agree, this computer's date "
        f"and time are more likely wrong (slow) than theirs: set them. Nothing is damaged "
        f"or lost, and nothing is decided by these dates."
    )


def _said(phrases: list[str]) -> list[str]:
    """How a file's clock was wrong, each way once: its earliest and latest changes
    both ahead by different amounts are one span ("46 to 47 hours ahead", not "46 hours
    ahead and 47 hours ahead": tester 25, F6); both behind, the latest's "at least",
    which is true of them all ("at least 47 hours behind", not "at least 2 days behind
    and at least 47 hours behind")."""
    phrases = list(dict.fromkeys(phrases))
    if len(phrases) == 2 and all(
        p.startswith("at least ") and p.endswith(" behind") for p in phrases
    ):
        return [phrases[1]]  # the latest change's, true of every one ("at least")
    if len(phrases) == 2 and all(p.endswith(" ahead") for p in phrases):
        low, high = (p.removesuffix(" ahead") for p in phrases)
        unit = high.split()[-1]
        low = low.removesuffix(f" {unit}") if low.endswith(unit) else low
        return [f"{low} to {high} ahead"]
    return phrases


def clock_bounds(conn: sqlite3.Connection, now_ms: int) -> tuple[str, str]:
    """The lowest and highest hybrid-clock values a change in this file can rightly carry
    (`clock_error`'s rule: not before the inspection was created, not more than
    `MAX_CLOCK_AHEAD_MS` ahead of `now_ms`)."""
    return format_hlc(created_ms(conn), 0), format_hlc(now_ms + MAX_CLOCK_AHEAD_MS, 9999)


def wrong_clocks(
    conn: sqlite3.Connection, table: Literal["version", "temp.fw_incoming"], now_ms: int
) -> list[WrongClock]:
    """Per file identity (origin), the versions in `table` made while a clock was wrong:
    the stored versions (`fieldwork check`) or those a merge is about to take."""
    created = created_ms(conn)
    lowest, highest = clock_bounds(conn, now_ms)
    found = []
    for origin, lo, hi, n, author, last in conn.execute(
        "SELECT origin, min(hlc), max(hlc), count(*), min(author), max(seq) "  # noqa: S608
        f"FROM {table} WHERE hlc < ? OR hlc > ? GROUP BY origin ORDER BY origin",
        (lowest, highest),
    ).fetchall():
        wrong = (clock_error(parse_hlc(v)[0], now_ms, created) for v in dict.fromkeys((lo, hi)))
        found.append(
            WrongClock(
                str(origin),
                _said([w for w in wrong if w]),
                int(n),
                str(author),
                int(last),
            )  # fmt: skip
        )
    return found


def created_ms(conn: sqlite3.Connection) -> int:
    """When the inspection in this file was created (its first version's clock), or 2000
    where the file holds none: the earliest a change made for it can be dated."""
    row = conn.execute("SELECT min(hlc) FROM version WHERE tbl = 'inspection'").fetchone()
    return max(EARLIEST_MS, parse_hlc(row[0])[0]) if row and row[0] else EARLIEST_MS


def duration(ms: int) -> str:
    """A length of time in the largest sensible unit (minutes, hours or days)."""
    minutes = ms // 60_000
    if minutes < 120:
        return f"{minutes} minutes"
    hours = round(minutes / 60)
    if hours < 48:
        return f"{hours} hours"
    return f"{round(minutes / 1440)} days"
