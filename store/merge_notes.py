"""The sentences a merge report adds about a source: clocks that were wrong, origins
compared in full, and versions whose ids clash with held ones (see `store/merge.py`).
The hybrid clock is advanced here too, since the clock note is read from the same rows.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

from store.checks import copies_settled
from store.connection import MAX_CLOCK_AHEAD_MS
from store.fileinfo import SourceInfo
from store.history import HistoryMixin
from store.ids import format_hlc, parse_hlc
from store.integrity import slow_here, wrong_clocks
from store.minimise import holder
from store.roles import ISSUED_PREFIX
from store.staging import FULL_REASONS

MAX_DRIFT_MS = MAX_CLOCK_AHEAD_MS
"""A clock read from another file is adopted up to this far ahead of our own, no further."""


class MergeNotesMixin(HistoryMixin):
    """What the merge report says about a source's clocks and identities."""

    def _advance_clock(self, src: Path, info: SourceInfo) -> list[str]:
        """Move the hybrid clock past the new versions, but not far past our own wall
        clock: a laptop days fast must not drag everyone's later edits with it.  A file
        whose versions were made with a wrong clock (ahead, behind the inspection's
        creation, or before 2000) is named:
        its work is merged like any other (nothing is ordered or decided by the clock).
        Merged into a team member's file, only the source file's own clock is named: the
        master's merge told the lead of the others', and the inspector cannot act on
        them."""
        row = self.conn.execute(
            "SELECT hlc FROM temp.fw_incoming ORDER BY hlc DESC LIMIT 1"
        ).fetchone()
        if row is None:
            return []
        now = time.time_ns() // 1_000_000
        top = row[0]
        bounded = (
            top if parse_hlc(top)[0] <= now + MAX_DRIFT_MS else format_hlc(now + MAX_DRIFT_MS, 0)
        )
        self.clock.receive(bounded)
        self._set_meta("hlc_last", self.clock.value)
        found = wrong_clocks(self.conn, "temp.fw_incoming", now)
        if slow := slow_here(found, self.replica_id,
                             lambda f: self._origin_name(f.origin.encode(), src, info, f.author)):  # fmt: skip
            return [slow]
        if holder(self.conn):  # a team member's file: only the source's own clock is
            found = [f for f in found if f.origin == info.replica_id]  # theirs to ask about
        notes = []
        for one in found:
            phrase = " and ".join(
                f"{w} of this computer's" if w.endswith("ahead") else w for w in one.phrases
            )
            who = self._origin_name(one.origin.encode(), src, info, one.author)
            n = one.changes
            notes.append(
                f"{who} had its clock {phrase} when it made "
                f"{'one of these changes; it was' if n == 1 else f'{n} of these changes; they were'}"
                f" merged like any others and its times "
                f"were not adopted here: ask its owner to set the laptop's date and time."
            )
        return notes

    def _own_copy_note(self, src: Path) -> str:
        """What to do after the master took back a copy of itself used elsewhere."""
        name = self.path.name
        return (
            f"{src} is a copy of this file used on another computer: its work is merged "
            f"here and nothing was lost. Record only in {name} from now on (copy {name} "
            f"over the other if you need it there), and once every copy is merged run "
            f"'fieldwork check {name} --copies-merged'."
        )

    def _full_note(self, src: Path, info: SourceInfo, origin: bytes, why: str) -> str | None:
        """Why an origin's versions were compared in full (None: nothing to tell, as a
        copy used in two places was settled here and this merge brings no new number
        made twice; tester 23, F9: the note came back on every later merge)."""
        who = self._origin_name(origin, src, info, None)
        note = f"{who}'s versions were compared in full because {FULL_REASONS[why]}"
        carried = [
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT coalesce(l.src_path, '') FROM temp.fw_incoming i "
                "JOIN main.version m ON m.origin = i.origin AND m.seq = i.seq AND m.vid <> i.vid "
                "LEFT JOIN main.version_arrival a ON a.vid = m.vid "
                "LEFT JOIN main.merge_log l ON l.id = a.merge_id "
                "WHERE i.origin = CAST(? AS TEXT) ORDER BY l.id",
                (origin,),
            )
        ]
        settled = origin.decode(errors="replace") in copies_settled(self._meta)
        if not carried and settled and why in ("gap-source", "gap-target"):
            return None
        theirs = holder(self.conn) and origin.decode(errors="replace") != self.replica_id
        if theirs and why in ("gap-source", "gap-target"):
            return None  # another file's copy: said to the lead, who settles it (tester 27, F9)
        if carried:
            held = ", ".join(p or f"this file ({self.path.name})" for p in carried)
            note += (
                f"; versions with the same numbers already held here (from {held}) were "
                f"kept as well, nothing was refused (a file restored from a backup or "
                f"copied, or versions forged with its identity)"
            )
        return note + "."

    def _clash_note(self, src: Path, clashes: list[str]) -> str:
        marks = ",".join("?" * len(clashes))
        carried = [
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT l.src_path FROM main.version_arrival a "
                f"JOIN main.merge_log l ON l.id = a.merge_id WHERE a.vid IN ({marks}) "
                "ORDER BY l.id",
                clashes,
            )
        ] or [f"this file ({self.path.name})"]
        n = len(clashes)
        return (
            f"{n} version{'s' if n != 1 else ''} in {src} "
            f"{'have ids' if n != 1 else 'has the id'} of one already held here with other "
            f"content (the held copy came from {', '.join(carried)}): the held copy was "
            f"kept and everything else merged; one of the two files was altered, so check "
            f"with its owner which is right."
        )

    def _superseded_note(self, src: Path, info: SourceInfo) -> str | None:
        """When a newer file was issued to the holder of `src` (a lost laptop replaced,
        say), one sentence saying so: its work is merged all the same (nothing in it is
        lost, and versions held already are not taken twice), and only the newer file
        should be used from now on.  None otherwise.  The issuing register
        (`store/roles.py`) says whose each file is; a file id is a UUIDv7, so a larger one
        was issued later.  A master is issued from no file: the files issued from it to
        the lead (the lead's own inspecting file) do not supersede it (tester 31, F17: a
        copy of the master merged into an inspector's file was called the lead's older
        file, to be put away)."""
        if not info.issued_from:
            return None
        whose = info.issued_to or self._scalar(
            "SELECT v FROM main.meta WHERE k = ?", (ISSUED_PREFIX + info.replica_id,)
        )
        if not whose:
            return None
        newer = sorted(
            k.removeprefix(ISSUED_PREFIX)
            for (k,) in self.conn.execute(
                "SELECT k FROM main.meta WHERE k LIKE ? AND v = ?", (ISSUED_PREFIX + "%", whose)
            )
            if k.removeprefix(ISSUED_PREFIX) > info.replica_id
        )
        if not newer:
            return None
        name = self._scalar("SELECT name FROM inspectors WHERE id = ?", (whose,)) or whose
        latest = newer[-1]
        which = (
            f"this file ({self.path.name})"
            if latest == self.replica_id
            else f"file {latest[:8]}, issued {issued_on(latest)}"
        )
        return (
            f"{src} is an older file of {name}'s, issued before the newer one ({which}): "
            f"its work was merged all the same and nothing in it was lost; from now on "
            f"{name} works in the newer file only, and this one can be put away."
        )

    def _origin_name(self, origin: bytes, src: Path, info: SourceInfo, author: str | None) -> str:
        text = origin.decode("utf-8", "replace")
        if text == self.replica_id:
            return f"This file ({self.path.name})"
        if text == info.replica_id:
            return f"{src}"
        if author is None:
            author = self._scalar(
                "SELECT author FROM main.version WHERE origin = ? ORDER BY seq LIMIT 1", (text,)
            ) or self._scalar(
                "SELECT author FROM temp.fw_incoming WHERE origin = ? ORDER BY seq LIMIT 1",
                (text,),
            )
        name = self._scalar("SELECT name FROM inspectors WHERE id = ?", (author,))
        return f"{name}'s file" if name else f"The file {text[:8]}"


def issued_on(file_id: str, *, minute: bool = False) -> str:
    """The day a file was issued (with `minute`, its time in UTC too), read from its id
    (a UUIDv7 starts with the time)."""
    ms = int(file_id.replace("-", "")[:12], 16)
    return datetime.fromtimestamp(ms / 1000, UTC).strftime(
        "%Y-%m-%d %H:%M UTC" if minute else "%Y-%m-%d"
    )
