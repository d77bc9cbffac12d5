"""Merging inspectors' databases: the gate, the union, the report.

A merge is a set union of immutable versions (see `store/versions.py`), so it is
idempotent, order-independent and associative by construction.  For each source file:

1. gates, before anything is written (`check_source`): the file passes the one file
   inspection (`store/fileinfo.py`), belongs to the same inspection and is not the
   target itself; the versions it would bring are staged and verified
   (`store/staging.py`, `store/integrity.py`): any damaged, altered or malformed one
   refuses the whole source, naming it and how many versions are bad;
2. a backup of the target (`store/replicas.py`);
3. in one transaction per source (a later source refused puts the target back from
   the copy of step 2: `ReplicasMixin.put_back`): stage again (per origin, the version-vector
   shortcut or the full comparison, and the report says when and why the latter),
   confirm in SQL that each staged version is exactly as the gate verified it and
   verify in full only those that are not (the source changed since: each version is
   verified once, `store/staging.py`), then `INSERT ... SELECT` the staged versions
   and their parent edges; the hybrid clock advances past them, but never more than
   `MAX_DRIFT_MS` beyond this computer's clock (the report names a file whose clock is
   far ahead);
4. the working rows of the touched records only are recomputed (`store/working.py`);
   the counts come from the working rows before and after;
5. a line in `merge_log` (local to the file: never merged, never dumped), and which
   merge brought each version (`version_arrival`), so that a later message can name
   the file that carried a version.

Errors are blamed on the right file: reading the source (damaged, in use) names the
source; writing the target (full disk, read-only, in use) names the target.

After the union and before the working rows, every redaction the target now holds
purges the versions it has not purged yet (`store/redaction.py`), so text erased on one
laptop is erased here too and an old copy cannot bring it back.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import Field

from store.backup_scrub import scrub_backups, targets
from store.connection import app_version, locked
from store.errors import FieldworkError
from store.fileinfo import (
    SourceInfo,
    backups_of,
    immutable_uri,
    open_to_others,
    read_source,
    ro_uri,
)
from store.merge_elsewhere import MergeElsewhereMixin
from store.merge_framework import MergeFrameworkMixin
from store.merge_holders import MergeHoldersMixin
from store.merge_notes import MergeNotesMixin
from store.merge_swaps import held, names_of, swap_notes
from store.merge_twins import MergeTwinsMixin
from store.minimise import holder, minimise, restore_withheld, withhold_in_backups
from store.models import Model, counted
from store.redaction import apply_redactions, copy_redacted_versions, scrub_index
from store.roles import LeadGuardMixin
from store.sqlerrors import source_errors, translate_errors
from store.staging import SRC, StagingMixin, Strategy
from store.unfinished import UnfinishedMergeMixin

_SRC = SRC


class WrongInspectionError(FieldworkError):
    """A source belongs to another inspection, or is the target itself."""


class MergeReport(Model):
    """What one source brought into the target."""

    source: str
    source_replica: str
    source_sha256: str
    issued_to: str | None = Field(default=None, description="Inspector the source belongs to.")
    issued_to_name: str | None = None
    new_versions: int = 0
    new_records: int = 0
    changed: int = 0
    deleted: int = 0
    new_conflicts: int = 0
    settled: int = Field(default=0, description="Conflicts this merge settled.")
    by_kind: dict[str, dict[str, int]] = Field(
        default={}, description="Per kind (evidence, grading, ...): new, changed, deleted."
    )
    notes: list[str] = Field(
        default=[], description="What the user should know: origins compared in full, clocks."
    )

    @property
    def nothing_new(self) -> bool:
        """The source brought no version the target did not hold."""
        return self.new_versions == 0

    def summary(self) -> str:
        """One line for the terminal (and a line per note)."""
        who = f" ({self.issued_to_name})" if self.issued_to_name else ""
        if self.nothing_new:
            line = f"{self.source}{who}: nothing new"
        else:
            settled = f", {self.settled} settled" if self.settled else ""
            line = (
                f"{self.source}{who}: {self.new_records} new, {self.changed} changed, "
                f"{self.deleted} deleted, {counted(self.new_conflicts, 'new conflict')}{settled} "
                f"({counted(self.new_versions, 'version')})"
            )
        kinds = [
            f"{_PLURAL.get(kind, kind)}: "
            + ", ".join(f"{n} {what}" for what, n in counts.items() if n)
            for kind, counts in self.by_kind.items()
            if any(counts.values())
        ]
        detail = [f"  {'; '.join(kinds)}"] if kinds and not self.nothing_new else []
        return "\n".join([line, *detail, *(f"  note: {n}" for n in self.notes)])


def _say_withheld(report: MergeReport, withheld: int) -> None:
    """Say in a team inspector's file that names of others' cases came and were withheld,
    counted as withheld, not new ("136 new" read as names reaching the laptop: tester 19)."""
    counts = report.by_kind.get("protected_name", {})
    moved = min(withheld, counts.get("new", 0))
    if moved:
        counts["new"] -= moved
        counts["withheld"] = counts.get("withheld", 0) + moved
        report.new_records -= moved
    report.notes.append(
        f"{counted(withheld, 'protected name')} of cases you do not hold came with this merge "
        f"and {'is' if withheld == 1 else 'are'} withheld: this file keeps only the names "
        f"of your own cases."
    )


_PLURAL = {
    "evidence": "evidence",
    "grading": "gradings",
    "judgement": "judgements",
    "recommendation": "recommendations",
    "case": "cases",
    "area": "areas",
    "inspector": "inspectors",
    "protected_name": "protected names",
    "sample": "samples",
    "inspection": "inspection",
    "identify_decision": "identifiability decisions",
    "identify_override": "exports written despite identifying details",
    "redaction": "redactions",
}


class MergeLogEntry(Model):
    """One line of this file's merge log."""

    id: int
    at: str
    by: str | None
    by_name: str
    src_path: str
    src_replica: str
    src_sha256: str
    new_versions: int
    new_records: int
    changed: int
    deleted: int
    new_conflicts: int
    settled: int = 0
    by_kind: dict[str, dict[str, int]] = {}
    notes: list[str] = []
    app_version: str


class MergeMixin(
    StagingMixin,
    UnfinishedMergeMixin,
    LeadGuardMixin,
    MergeNotesMixin,
    MergeTwinsMixin,
    MergeHoldersMixin,
    MergeElsewhereMixin,
    MergeFrameworkMixin,
):
    """Merge: gates, union, report, log."""

    # Gates --------------------------------------------------------------------------------
    @locked
    def check_source(self, path: str | Path, *, full: bool = False) -> SourceInfo:
        """Everything that can be checked about a source before merging it, including
        every version it would bring; raises a FieldworkError with one sentence,
        changing nothing, when it must not be merged.  (`full` is kept for callers:
        the versions are always compared in full here.)"""
        with self._temp_on_disk():
            return self._check(Path(path), None)

    def _check(self, src: Path, remember: int | None) -> SourceInfo:
        """`check_source`; with `remember`, keep what was verified under that key."""
        info = self._gate(src)
        self._attach(src)
        try:
            with source_errors(src, self.path, self.conn):
                self.conn.execute("BEGIN")
                try:
                    self._stage("full")
                    self._verify_staged(src)
                    info.incoming = self._staged_count()
                    if remember is not None:  # only temp tables were written
                        self._remember_verified(remember)
                        self.conn.execute("COMMIT")
                finally:
                    if self.conn.in_transaction:  # the rollback empties the temp tables
                        self.conn.execute("ROLLBACK")
        finally:
            self._detach()
        return info

    def _gate(self, src: Path) -> SourceInfo:
        if src.exists() and src.resolve() == self.path.resolve():
            raise WrongInspectionError(
                f"{src} is the target database itself; name the inspectors' files to merge into it."
            )
        info = read_source(src)
        if info.inspection_id != self.inspection_id:
            raise WrongInspectionError(
                f"{src} belongs to another inspection; merge only files issued from this "
                f"inspection's master (check the file name)."
            )
        # A copy of the master used on a second computer comes back into the master, as
        # through any other file (its versions compared in full, every one kept); a copy
        # of a team member's file goes to the master with the file it copies.
        if info.replica_id == self.replica_id and holder(self.conn) is not None:
            raise WrongInspectionError(
                f"{src} is a copy or backup of {self.path} (the same file identity), and a "
                f"file cannot be merged into its own copy, so nothing was merged: merge both "
                f"into the master ('fieldwork merge MASTER {self.path} {src}'), then take "
                f"the master back into the one you keep."
            )
        return info

    def _attach(self, src: Path) -> None:
        # With no WAL beside it the source is complete and nobody has it open: read it
        # immutable, so that no -wal or -shm is left beside the inspector's file (a
        # read-only connection cannot delete them when it closes).
        uri = ro_uri(src)
        with source_errors(src, self.path, self.conn):
            try:
                self.conn.execute(f"ATTACH DATABASE ? AS {_SRC}", (uri,))
                self.conn.execute(f"SELECT count(*) FROM {_SRC}.meta").fetchone()
            except sqlite3.OperationalError as exc:
                if "locked" in str(exc) or "busy" in str(exc):
                    raise
                # A read-only folder (a USB stick): no -shm can be made; read it as is.
                self._detach()
                self.conn.execute(f"ATTACH DATABASE ? AS {_SRC}", (immutable_uri(src),))

    def _detach(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute(f"DETACH DATABASE {_SRC}")

    # Merge --------------------------------------------------------------------------------
    @locked
    def merge(
        self,
        sources: Sequence[str | Path],
        *,
        backup: bool = True,
        keep_backups: int = 5,
        progress: Callable[[int, int], None] | None = None,
        strategy: Strategy = "vector",
        off_team: bool = False,
    ) -> tuple[list[MergeReport], Path | None]:
        """Merge each source in turn (one transaction each), after checking them all and
        writing a backup of the target (keeping the newest `keep_backups`).  A source
        that fails its checks stops the whole merge before anything is written; one
        found damaged only once it is read puts the target back as the copy from before
        the first source holds it, so a merge of several files is all or nothing.  When
        no source brings anything new, no backup is written (so merges that change
        nothing never push the copies from before a real change out of the newest
        `keep_backups`).  A file issued to someone taken off the team that brings anything
        is refused unless `off_team` (`_refuse_off_team`).  Returns the reports and the
        backup's path (None: none made)."""
        with self._temp_on_disk():
            return self._merge_all(sources, backup, keep_backups, progress, strategy, off_team)

    def _merge_all(
        self,
        sources: Sequence[str | Path],
        backup: bool,
        keep_backups: int,
        progress: Callable[[int, int], None] | None,
        strategy: Strategy,
        off_team: bool = False,
    ) -> tuple[list[MergeReport], Path | None]:
        try:
            checked = []
            for i, src in enumerate(sources):
                try:
                    checked.append(self._check(Path(src), i))
                except FieldworkError as exc:
                    raise self._none_merged(exc, sources, i) from exc
            if not off_team:
                self._refuse_off_team(sources, checked)
            bringing = sum(1 for info in checked if info.incoming)
            # Old backups are pruned once the merge is in: damage found only when a
            # source is read rolls it back, and its backup is then deleted (fuzz test).
            # Several sources bringing work need the copy even without a backup: it is
            # what puts the target back if a later one fails.
            kept = backup and bringing > 0
            several = bringing > 0 and len(sources) > 1
            copy = self.backup(prune=False) if kept or several else None
            if copy is not None and several:  # a process killed midway: `store.unfinished`
                self._begin_merge(copy, sources, kept)
            reports: list[MergeReport] = []
            try:
                for i, (src, info) in enumerate(zip(sources, checked, strict=True)):
                    reports.append(self._merge_one(Path(src), info, strategy, verified=i))
                    if progress:
                        progress(i + 1, len(sources))
            except BaseException as exc:
                try:
                    self._refused_midway(copy, exc, sources, len(reports))
                finally:
                    self._end_merge()
                raise
            self._end_merge()
            if copy is not None and not kept:
                copy.unlink(missing_ok=True)
                copy = None
            elif copy is not None:
                self.prune_backups(keep_backups)
        finally:
            self._forget_verified()
        if any(not r.nothing_new for r in reports):
            self._optimize()
        if reports and backup:  # the backup just written holds what a redaction erased
            note = scrub_backups(backups_of(self.path), targets(self.conn)).sentence()
            if note:
                reports[-1].notes.append(note)
        return reports, copy

    @locked
    def merge_from(self, path: str | Path, *, strategy: Strategy = "vector") -> MergeReport:
        """Merge one source file into this database, in one transaction."""
        src = Path(path)
        with self._temp_on_disk():
            return self._merge_one(src, self._gate(src), strategy)

    def _merge_one(
        self, src: Path, info: SourceInfo, strategy: Strategy, verified: int | None = None
    ) -> MergeReport:
        self._attach(src)
        left: set[str] = set()
        if holder(self.conn):  # names withheld below leave no bytes in freed space
            self.conn.execute("PRAGMA secure_delete = ON")
        try:
            with translate_errors(self.path), self._tx():
                with source_errors(src, self.path, self.conn):
                    in_full = self._stage(strategy)
                    clashes = self._verify_staged(src, verified)
                holder_id = holder(self.conn)
                before = held(self.conn, holder_id) if holder_id else set()
                report = self._apply_staged(src, info, in_full, clashes)
                if holder_id:  # a file issued to an inspector keeps only their names
                    given = restore_withheld(self.conn, holder_id, _SRC)
                    self._materialize("protected_name", given)
                    # Names of cases the lead gave another are said by `swap_notes`,
                    # not counted as names that came (tester 28, F5: "35 withheld" in the
                    # counts, then "38 protected names ... came with this merge").
                    left = before - held(self.conn, holder_id)
                    leaving = names_of(self.conn, left)
                    if withheld := minimise(self.conn, holder_id) - leaving:
                        _say_withheld(report, withheld)
                    report.notes += swap_notes(self.conn, before, holder_id)
                self._unstage()  # in the transaction, not a write of its own after it
        finally:
            with contextlib.suppress(sqlite3.Error):
                self._unstage()
            self._detach()
        self._names = None
        if left and (n := withhold_in_backups(Path(self.path), left)):
            report.notes.append(
                f"The names of the {'case' if len(left) == 1 else 'cases'} given to another were "
                f"withheld in the {n} merge backup{'s' if n != 1 else ''} beside this file too."
            )
        return report

    def _apply_staged(
        self, src: Path, info: SourceInfo, in_full: list[tuple[bytes, str]], clashes: list[str]
    ) -> MergeReport:
        staged = self._staged_count()
        log_id = self.conn.execute(
            "INSERT INTO merge_log (at, by, src_path, src_replica, src_sha256, app_version) "
            "VALUES (?,?,?,?,?,?)",
            (self._now_iso(), self.me_id, str(src), info.replica_id, info.sha256, app_version()),
        ).lastrowid
        # Say why an origin was compared in full only when it brought something: a
        # master that once took a restored file would otherwise say so on every merge.
        brought = {
            r[0]
            for r in self.conn.execute("SELECT DISTINCT CAST(origin AS BLOB) FROM temp.fw_incoming")
        }
        if info.replica_id == self.replica_id:  # the master's own copy (tester 27, F8)
            notes = [self._own_copy_note(src)]
        else:
            full = [self._full_note(src, info, o, why) for o, why in in_full if o in brought]
            notes = [note for note in full if note]
        if clashes:
            notes.append(self._clash_note(src, clashes))
        later = (self._superseded_note(src, info), self._after_leaving_note(src, info))
        notes += [note for note in (*later, open_to_others(src)) if note]
        report = MergeReport(
            source=str(src),
            source_replica=info.replica_id,
            source_sha256=info.sha256,
            issued_to=info.issued_to,
            new_versions=staged,
        )
        if staged:
            guard = self._lead_guard(_SRC, (info.replica_id, info.issued_to))
            cols = "vid, tbl, rid, hlc, origin, seq, author, deleted, data, hash"
            self.conn.execute(
                f"INSERT INTO main.version ({cols}) SELECT {cols} FROM temp.fw_incoming "
                "ORDER BY vid"
            )
            self.conn.execute(
                "INSERT OR IGNORE INTO main.parent (vid, pvid) "
                "SELECT vid, pvid FROM temp.fw_incoming_parent"
            )
            self.conn.execute(
                "INSERT OR IGNORE INTO main.version_arrival (vid, merge_id) "
                "SELECT vid, ? FROM temp.fw_incoming",
                (log_id,),
            )
            notes += self._advance_clock(src, info)
            aside = self._undo_lead_only(guard).sentence(str(src), self.path.name)
            returned, back = self._unassign_off_team()
            notes += [n for n in (aside, back) if n]
            purged = apply_redactions(self.conn)
            copy_redacted_versions(self.conn, _SRC, guard.redactions)
            self._fill_touched("SELECT tbl, rid FROM temp.fw_incoming")
            self.conn.executemany(
                "INSERT OR IGNORE INTO temp.fw_touched (tbl, rid) VALUES (?, ?)",
                [*purged, *(("case", rid) for rid in returned)],
            )
            report = report.model_copy(update=self._refresh_touched(merge_id=log_id))
            if twins := self._twins_note(log_id):
                notes.append(twins)
            if elsewhere := self._elsewhere_note():
                notes.append(elsewhere)
            if purged:
                scrub_index(self.conn)
        if other := self._framework_note(src, info.issued_to):  # after the versions are in
            notes.append(other)
        report.notes = notes
        if info.issued_to:
            name = self._scalar("SELECT name FROM inspectors WHERE id = ?", (info.issued_to,))
            report.issued_to_name = name
        self.conn.execute(
            "UPDATE merge_log SET new_versions = ?, new_records = ?, changed = ?, deleted = ?, "
            "new_conflicts = ?, settled = ?, by_kind = ?, notes = ? WHERE id = ?",
            (
                report.new_versions, report.new_records, report.changed, report.deleted,
                report.new_conflicts, report.settled, json.dumps(report.by_kind),
                json.dumps(report.notes), log_id,
            ),
        )  # fmt: skip
        return report

    # Merge log ----------------------------------------------------------------------------
    @locked
    def merge_log(self) -> list[MergeLogEntry]:
        """This file's merges, newest first."""
        names = dict(self.conn.execute("SELECT id, name FROM inspectors").fetchall())
        rows = self._rows("SELECT * FROM merge_log ORDER BY id DESC")
        return [
            MergeLogEntry(
                id=r["id"],
                at=r["at"],
                by=r["by"],
                by_name=names.get(r["by"], r["by"] or ""),
                src_path=r["src_path"] or "",
                src_replica=r["src_replica"] or "",
                src_sha256=r["src_sha256"] or "",
                new_versions=r["new_versions"] or 0,
                new_records=r["new_records"] or 0,
                changed=r["changed"] or 0,
                deleted=r["deleted"] or 0,
                new_conflicts=r["new_conflicts"] or 0,
                settled=r.get("settled") or 0,
                by_kind=json.loads(r.get("by_kind") or "{}"),
                notes=json.loads(r.get("notes") or "[]"),
                app_version=r["app_version"] or "",
            )
            for r in rows
        ]
