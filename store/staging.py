"""Staging a merge: the versions a source would bring, copied aside and verified.

With a source ATTACHed as `fw_src`, `_stage()` copies the versions the target lacks
into `temp.fw_incoming` (and their parent edges into `temp.fw_incoming_parent`), and
`_verify_staged()` refuses the whole source if any of them is not sound.  Nothing in
`main` is touched here; `store/merge.py` then inserts the staged rows.

Which versions the target lacks is decided per origin (the file that wrote them):

- **the version-vector shortcut**: when both files hold that origin's versions
  numbered 1..n without a gap or a repeat, and they agree on the last version both
  hold, the new ones are those numbered above the target's last;
- **the full comparison** otherwise (or always with `strategy="full"`): every version
  of that origin whose id the target does not hold.  A gap, a jump, a repeat, or two
  files disagreeing at the same number (a file restored from a backup or copied, or a
  forged version) all lead here, and the merge report says so: no single damaged or
  forged row can make the shortcut skip honest work.

Origins and ids are compared as stored bytes (`CAST(? AS TEXT)` of a blob), so a
damaged row never has to be decoded before it is refused.

The staging tables live in a temporary file while a merge runs (`_temp_on_disk`), so
a large merge is paged through SQLite's cache rather than held in memory.

**Each version is verified once.**  A merge of several files checks every file before
writing anything (`Store.merge`: a bad file stops it all), then merges each in its own
transaction.  The check keeps a copy of the rows and parent edges it verified, in temp
tables (`_remember_verified`); inside the transaction, a staged version stored exactly
as a kept one (every column, with its storage type, and the same parent edges) is the
content the check verified, so it is *confirmed* by that comparison in SQL and not
decoded, validated or hashed again.  Only what changed in the source since the check
(a version edited, damaged, forged, or written since) is verified in full there, so a
file altered between the two moments is still refused, with nothing from it written.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from store.errors import CorruptDatabaseError
from store.fileinfo import advice
from store.history import HistoryMixin
from store.integrity import RAW_COLUMNS, RedactedHash, canonical_sql, check_version
from store.versions import VERSION_COLUMNS

Strategy = Literal["vector", "full"]
SRC = "fw_src"
_COLS = VERSION_COLUMNS + ", hash"


FULL_REASONS = {
    "gap-source": "the source numbers them with a gap or a repeat",
    "gap-target": "this file already holds them numbered with a gap or a repeat",
    "differ": "they differ from the ones already held at the same numbers",
    "parent": "a version's parent was outside the shortcut",
}
"""Why an origin was compared in full, as the merge report words it."""


class DamagedSourceError(CorruptDatabaseError):
    """A source holds versions that fail verification: refused whole."""


@dataclass(frozen=True)
class OriginStats:
    """How one file numbers one origin's versions."""

    count: int
    distinct: int
    low: int
    high: int
    odd_types: int

    @property
    def contiguous(self) -> bool:
        """Numbered exactly 1..n: no gap, no jump, no repeat."""
        return self.odd_types == 0 and self.low == 1 and self.count == self.distinct == self.high


_STATS = (
    "SELECT CAST(origin AS BLOB), count(*), count(DISTINCT seq), min(seq), max(seq), "
    "sum(typeof(seq) <> 'integer') FROM {}.version GROUP BY origin"
)
"""Grouped by the stored origin, in the order of the (origin, seq) index (no sort): an
origin stored both as text and as a blob of the same bytes comes as two groups, which
`_origin_stats` takes as not contiguous."""

_HELD = (
    "SELECT count(*), count(DISTINCT seq), min(seq), max(seq), sum(typeof(seq) <> 'integer') "
    "FROM main.version WHERE origin = CAST(? AS TEXT) AND seq <= ?"
)
"""This file's numbers of one origin up to the source's highest: what decides which of the
source's versions it lacks (numbers above are the source's to lack, and reading them
would make a merge's work grow with this file's history, not with the source)."""
_HELD_BLOB = "SELECT count(*) FROM main.version WHERE origin = ?"


# Each staged version's parent ids, in order, as a JSON array (edges grouped by the
# bytes of their version id, as `_check_staged_rows` reads them), to hash with it.
_PARENTS = (
    "LEFT JOIN (SELECT pv, json_group_array(CASE WHEN typeof(pvid) = 'text' THEN pvid END) "
    "AS pj, max(typeof(pvid) <> 'text') AS podd FROM (SELECT CAST(vid AS BLOB) AS pv, pvid "
    "FROM temp.fw_incoming_parent ORDER BY pv, pvid) GROUP BY pv) "
    "ON pv = CAST(fw_incoming.vid AS BLOB)"
)
_CANONICAL = canonical_sql("ifnull(pj, '[]')", "ifnull(podd, 0) = 0")

_SAME = " AND ".join(
    [f"v.{c} IS i.{c}" for c in _COLS.replace(" ", "").split(",")]
    + ["typeof(v.seq) = typeof(i.seq)", "typeof(v.deleted) = typeof(i.deleted)"]
)
"""Every column equal, compared with its storage type: `IS` never takes a text for a
blob of the same bytes, and the two whole-number columns have their types compared
(`1 IS 1.0` holds)."""
_NOT_AS_VERIFIED = (
    "INSERT INTO temp.fw_check (r) SELECT i.rowid FROM temp.fw_incoming i WHERE NOT EXISTS "
    f"(SELECT 1 FROM temp.fw_verified_{{k:d}} v WHERE v.vid = i.vid AND {_SAME}) "
    "OR EXISTS (SELECT 1 FROM temp.fw_incoming_parent p WHERE p.vid = i.vid AND NOT EXISTS "
    "(SELECT 1 FROM temp.fw_verified_parent q WHERE q.k = :k AND q.vid = p.vid "
    "AND q.pvid IS p.pvid AND typeof(q.pvid) = typeof(p.pvid))) "
    "OR EXISTS (SELECT 1 FROM temp.fw_verified_parent q WHERE q.k = :k AND q.vid = i.vid "
    "AND NOT EXISTS (SELECT 1 FROM temp.fw_incoming_parent p WHERE p.vid = q.vid "
    "AND p.pvid IS q.pvid AND typeof(p.pvid) = typeof(q.pvid)))"
)
"""The staged versions not stored exactly as the check kept them (`_remember_verified`):
any column differing in value or storage type (text compared byte for byte), or a
parent edge added or taken away.  Only these are verified in full in the transaction."""


class StagingMixin(HistoryMixin):
    """Copying aside and verifying what a source would bring."""

    def _origin_stats(self, schema: str) -> dict[bytes, OriginStats]:
        out: dict[bytes, OriginStats] = {}
        for origin, n, nd, lo, hi, odd in self.conn.execute(_STATS.format(schema)):
            key = origin if isinstance(origin, bytes) else b""
            seen = out.get(key)
            if seen is not None:  # the same bytes stored as two types: never contiguous
                n, nd = n + seen.count, nd + seen.distinct
                out[key] = OriginStats(n, nd, 0, 0, n)
            elif isinstance(lo, int) and isinstance(hi, int):
                out[key] = OriginStats(n, nd, lo, hi, odd or 0)
            else:
                out[key] = OriginStats(n, nd, 0, 0, n)
        return out

    def _stage(self, strategy: Strategy) -> list[tuple[bytes, str]]:
        """Fill the staging tables; return the origins compared in full although the
        shortcut was asked for, with why (`FULL_REASONS`), for the report."""
        self.conn.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS fw_incoming AS SELECT {_COLS} FROM main.version "
            "WHERE 0"
        )
        self.conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS fw_incoming_parent (vid TEXT, pvid TEXT)"
        )
        self.conn.execute(
            "CREATE INDEX IF NOT EXISTS temp.fw_incoming_parent_vid ON fw_incoming_parent (vid)"
        )
        self._unstage()
        in_full = self._stage_rows(strategy)
        self._stage_parents()
        if strategy == "vector" and self._parent_outside_shortcut():
            # A parent the source holds but neither the target nor the staged rows do:
            # the shortcut's premise does not hold for this pair of files.
            self._unstage()
            self._stage_rows("full")
            self._stage_parents()
            in_full = [(o, "parent") for o in sorted(self._origin_stats(SRC))]
        return in_full

    @contextlib.contextmanager
    def _temp_on_disk(self) -> Iterator[None]:
        """The staging tables in a temporary file for the block, not in memory: a source
        bringing a whole inspection's history (and each source's verified copy, kept
        until every source is merged) would otherwise be held in RAM; a file is paged
        through SQLite's bounded cache.  Switching drops any temp tables (scratch only),
        so it is done outside a transaction, and memory is the store's setting again
        after."""
        if self.conn.in_transaction:
            yield
            return
        self.conn.execute("PRAGMA temp_store = FILE")
        try:
            yield
        finally:
            if not self.conn.in_transaction:
                self.conn.execute("PRAGMA temp_store = MEMORY")

    def _unstage(self) -> None:
        self.conn.execute("DELETE FROM temp.fw_incoming")
        self.conn.execute("DELETE FROM temp.fw_incoming_parent")

    # Verified once ----------------------------------------------------------------------
    _kept: frozenset[int] = frozenset()
    """The keys of the checks whose verified rows `_remember_verified` kept."""

    def _remember_verified(self, key: int) -> None:
        """Keep the staged versions and edges, just verified, under `key`: the staging
        table itself becomes `fw_verified_<key>` (temp tables: written inside the
        check's transaction, kept after it)."""
        kept = f"fw_verified_{key:d}"
        self.conn.execute(f"DROP TABLE IF EXISTS temp.{kept}")
        self.conn.execute(f"ALTER TABLE temp.fw_incoming RENAME TO {kept}")
        self.conn.execute(f"CREATE INDEX temp.{kept}_vid ON {kept} (vid)")
        self.conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS fw_verified_parent AS SELECT 0 AS k, vid, pvid "
            "FROM temp.fw_incoming_parent WHERE 0"
        )
        self.conn.execute(
            "CREATE INDEX IF NOT EXISTS temp.fw_verified_parent_vid ON fw_verified_parent (k, vid)"
        )
        self.conn.execute(
            "INSERT INTO temp.fw_verified_parent SELECT ?, vid, pvid FROM temp.fw_incoming_parent",
            (key,),
        )
        self._kept = self._kept | {key}

    def _forget_verified(self) -> None:
        for key in self._kept:
            self.conn.execute(f"DROP TABLE IF EXISTS temp.fw_verified_{key:d}")
        if self._kept:
            self.conn.execute("DROP TABLE IF EXISTS temp.fw_verified_parent")
        self._kept = frozenset()

    def _stage_parents(self) -> None:
        self.conn.execute(
            f"INSERT INTO temp.fw_incoming_parent (vid, pvid) SELECT p.vid, p.pvid "
            f"FROM {SRC}.parent p WHERE p.vid IN (SELECT vid FROM temp.fw_incoming)"
        )

    def _held_stats(self, origins: Mapping[bytes, OriginStats]) -> dict[bytes, OriginStats]:
        """`_origin_stats` of this file for the source's origins, each up to the source's
        highest number of it (`_HELD`), read from the (origin, seq) index; an origin also
        stored as a blob is taken as not contiguous."""
        out = {}
        for origin, theirs in origins.items():
            n, nd, lo, hi, odd = self.conn.execute(_HELD, (origin, theirs.high)).fetchone()
            blob = self.conn.execute(_HELD_BLOB, (origin,)).fetchone()[0]
            if blob:
                out[origin] = OriginStats(n + blob, nd + blob, 0, 0, n + blob)
            elif n and isinstance(lo, int) and isinstance(hi, int):
                out[origin] = OriginStats(n, nd, lo, hi, odd or 0)
            elif n:
                out[origin] = OriginStats(n, nd, 0, 0, n)
        return out

    def _stage_rows(self, strategy: Strategy) -> list[tuple[bytes, str]]:
        if strategy == "full":
            self._stage_full(None)
            return []
        src = self._origin_stats(SRC)
        tgt = self._held_stats(src)
        in_full = []
        for origin, theirs in sorted(src.items()):
            mine = tgt.get(origin)
            reason = self._shortcut_refused(origin, theirs, mine)
            if reason:
                in_full.append((origin, reason))
                self._stage_full(origin)
            elif mine is None:
                self._stage_above(origin, 0)
            elif theirs.high > mine.high:
                self._stage_above(origin, mine.high)
        return in_full

    def _shortcut_refused(
        self, origin: bytes, theirs: OriginStats, mine: OriginStats | None
    ) -> str | None:
        """Why the shortcut cannot be trusted for this origin, or None."""
        if not theirs.contiguous:
            return "gap-source"
        if mine is None:
            return None
        if not mine.contiguous:
            return "gap-target"
        at = min(theirs.high, mine.high)
        q = (
            "SELECT CAST(vid AS BLOB), CAST(hash AS BLOB) FROM {}.version "
            "WHERE origin = CAST(? AS TEXT) AND seq = ?"
        )
        mine_row = self.conn.execute(q.format("main"), (origin, at)).fetchone()
        theirs_row = self.conn.execute(q.format(SRC), (origin, at)).fetchone()
        return None if mine_row is not None and mine_row == theirs_row else "differ"

    def _stage_above(self, origin: bytes, seq: int) -> None:
        self.conn.execute(
            f"INSERT INTO temp.fw_incoming ({_COLS}) SELECT {_COLS} FROM {SRC}.version "
            "WHERE origin = CAST(? AS TEXT) AND seq > ?",
            (origin, seq),
        )

    def _stage_full(self, origin: bytes | None) -> None:
        where = "" if origin is None else "s.origin = CAST(? AS TEXT) AND"
        self.conn.execute(
            f"INSERT INTO temp.fw_incoming ({_COLS}) SELECT {_COLS} FROM {SRC}.version s "
            f"WHERE {where} NOT EXISTS (SELECT 1 FROM main.version m WHERE m.vid = s.vid "
            "AND m.hash = s.hash)",
            () if origin is None else (origin,),
        )

    def _parent_outside_shortcut(self) -> bool:
        row = self.conn.execute(
            f"SELECT 1 FROM {SRC}.parent p JOIN temp.fw_incoming i ON i.vid = p.vid "
            "WHERE NOT EXISTS (SELECT 1 FROM main.version m WHERE m.vid = p.pvid) "
            "AND NOT EXISTS (SELECT 1 FROM temp.fw_incoming j WHERE j.vid = p.pvid) "
            f"AND EXISTS (SELECT 1 FROM {SRC}.version s WHERE s.vid = p.pvid) LIMIT 1"
        ).fetchone()
        return row is not None

    # Verification -----------------------------------------------------------------------
    def _redactions(self) -> Mapping[str, RedactedHash]:
        """Purged versions and the hashes their redaction recorded, in this file and in
        an attached source (`store/redaction.py`)."""
        from store.redaction import redacted_hashes

        out: dict[str, RedactedHash] = {}
        attached = {r[1] for r in self.conn.execute("PRAGMA database_list")}
        for schema in ("main", SRC):
            if schema in attached:
                for vid, (original, content) in redacted_hashes(self.conn, schema).items():
                    out[vid] = RedactedHash(original=original, content=content)
        return out

    def _verify_staged(self, src: Path, verified: int | None = None) -> list[str]:
        """Refuse the source (DamagedSourceError, naming it and how many versions are
        bad) unless every staged version is sound (with `verified`, the key of a check
        of this source that `_remember_verified` kept: only the versions not exactly as
        that check verified them are verified again).  Staged versions the target
        already holds unchanged are dropped.  A sound version whose id the target holds with
        other content (a version altered and re-hashed somewhere: it cannot be told
        which copy is the honest one) is not taken, and does not stop the rest: its id
        is returned, for the report to name it and where the held copy came from."""
        self.conn.execute(
            "DELETE FROM temp.fw_incoming WHERE EXISTS (SELECT 1 FROM main.version m "
            "WHERE m.vid = fw_incoming.vid AND m.hash = fw_incoming.hash)"
        )
        bad: dict[bytes, str] = {}
        for (vid,) in self.conn.execute(
            "SELECT CAST(vid AS BLOB) FROM temp.fw_incoming GROUP BY vid HAVING count(*) > 1"
        ):
            bad[vid] = "its id is used twice"
        for (vid,) in self.conn.execute(
            "SELECT DISTINCT CAST(p.vid AS BLOB) FROM temp.fw_incoming_parent p "
            "JOIN temp.fw_incoming i ON i.vid = p.vid WHERE NOT EXISTS "
            "(SELECT 1 FROM main.version m WHERE m.vid = p.pvid AND m.tbl = i.tbl "
            "AND m.rid = i.rid) AND NOT EXISTS (SELECT 1 FROM temp.fw_incoming j "
            "WHERE j.vid = p.pvid AND j.tbl = i.tbl AND j.rid = i.rid)"
        ):
            bad.setdefault(vid, "it names a parent version of its record that is missing")
        kept = verified if verified in self._kept else None
        bad.update(self._check_staged_rows(bad, kept))
        if bad:
            first = next(iter(bad.values()))
            n = len(bad)
            raise DamagedSourceError(
                f"{src} holds {n} damaged or altered version{'s' if n != 1 else ''} "
                f"({first}); nothing was merged from it: {advice('source')}."
            )
        clashes = [
            r[0]
            for r in self.conn.execute(
                "SELECT i.vid FROM temp.fw_incoming i JOIN main.version m ON m.vid = i.vid"
            )
        ]
        if clashes:
            self.conn.execute(
                "DELETE FROM temp.fw_incoming WHERE vid IN (SELECT vid FROM main.version)"
            )
            self.conn.execute(
                "DELETE FROM temp.fw_incoming_parent WHERE vid IN (SELECT vid FROM main.version)"
            )
        return [str(v) for v in clashes]

    def _staged_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM temp.fw_incoming").fetchone()[0])

    def _check_staged_rows(
        self, known: Mapping[bytes, str], verified: int | None
    ) -> dict[bytes, str]:
        """Verify the staged rows; return the bad ones, by id, with what is wrong.  A row
        stored exactly as a row the check `verified` kept (every column, with its storage
        type, and the same parent edges) is not verified again."""
        parents: dict[bytes, list[str]] = {}
        out: dict[bytes, str] = {}
        for vid, pvid in self.conn.execute(
            "SELECT CAST(vid AS BLOB), CAST(pvid AS BLOB) FROM temp.fw_incoming_parent"
        ):
            try:
                parents.setdefault(vid, []).append(pvid.decode("utf-8"))
            except (UnicodeDecodeError, AttributeError):
                out[vid] = "a parent id is not valid text"
        which = ""
        if verified is not None:
            which = " WHERE fw_incoming.rowid IN (SELECT r FROM temp.fw_check)"
            self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS fw_check (r INTEGER PRIMARY KEY)")
            self.conn.execute("DELETE FROM temp.fw_check")
            self.conn.execute(_NOT_AS_VERIFIED.format(k=verified), {"k": verified})
        redactions: Mapping[str, RedactedHash] | None = None  # read when a row needs them
        for *raw, canonical in self.conn.execute(
            f"SELECT {RAW_COLUMNS}, {_CANONICAL} FROM temp.fw_incoming {_PARENTS}{which}"
        ):
            vid = raw[0] if isinstance(raw[0], bytes) else b""
            if vid in known or vid in out:
                continue
            if redactions is None:
                redactions = self._redactions()
            problem = check_version(
                raw, parents.get(vid, []), redactions=redactions, canonical=canonical
            )
            if problem:
                out[vid] = problem
        return out


def origin_text(origin: bytes) -> str:
    """An origin as text for a message (damaged bytes shown replaced)."""
    return origin.decode("utf-8", "replace")
