"""Merging inspectors' databases: the gate, the union, the report.

A merge is a set union of immutable versions (see `store/versions.py`), so it is
idempotent, order-independent and associative by construction.  For each source file,
in one transaction on the target:

1. gates: the file is a Fieldwork database of the same inspection (`store/fileinfo.py`),
   not the target itself nor a copy of it, and no version identity in it clashes with
   one we hold (a file copied onto a second laptop reuses its identity for different
   changes);
2. `INSERT ... SELECT` of the versions the target lacks, from the source ATTACHed
   read-only.  Every file holds a prefix of every origin's history (files are always
   merged whole), so "lacks" is `seq > the target's last seq for that origin`: the
   version-vector shortcut.  `strategy="full"` does the plain anti-join on version id
   instead; the tests check that both give the same result;
3. the parent edges of the new versions, then the hybrid clock advances past them;
4. the working rows of the touched records only are recomputed from their heads, set
   based (`store/working.py`); the counts (new, changed, deleted records, new
   conflicts) come from the working rows before and after;
5. a line in `merge_log` (local to the file: never merged, never dumped).

A copy of the target is written beside it before a merge changes anything
(`backup()`, in `store/replicas.py`).  Conflicts and their resolution are in
`store/conflicts.py`.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Literal

from pydantic import Field

from store.connection import app_version, locked
from store.errors import FieldworkError
from store.fileinfo import SourceInfo, read_source, source_error
from store.minimise import holder, minimise
from store.models import Model
from store.replicas import ReplicasMixin
from store.versions import VERSION_COLUMNS

Strategy = Literal["vector", "full"]
_SRC = "fw_src"


class CopiedFileError(FieldworkError):
    """A source reuses version identities for different content (a copied file)."""


class WrongInspectionError(FieldworkError):
    """A source belongs to another inspection, or is the target itself."""


@contextlib.contextmanager
def source_errors(path: Path) -> Iterator[None]:
    """SQLite errors while reading a source, as one sentence naming the source."""
    try:
        yield
    except FieldworkError:
        raise
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise source_error(path, exc) from None


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

    @property
    def nothing_new(self) -> bool:
        return self.new_versions == 0

    def summary(self) -> str:
        """One line for the terminal."""
        who = f" ({self.issued_to_name})" if self.issued_to_name else ""
        if self.nothing_new:
            return f"{self.source}{who}: nothing new"
        return (
            f"{self.source}{who}: {self.new_records} new, {self.changed} changed, "
            f"{self.deleted} deleted, {self.new_conflicts} new conflicts "
            f"({self.new_versions} versions)"
        )


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
    app_version: str


class MergeMixin(ReplicasMixin):
    """Merge: gates, union, report, log."""

    # Gates --------------------------------------------------------------------------------
    @locked
    def check_source(self, path: str | Path, *, full: bool = False) -> SourceInfo:
        """Everything that can be checked about a source before merging it; raises a
        FieldworkError with one sentence, changing nothing, when it must not be merged."""
        src = Path(path)
        info = self._gate(src)
        self._attach(src)
        try:
            with source_errors(src):
                self._check_identities(src, full=full)
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
        if info.replica_id == self.replica_id:
            raise WrongInspectionError(
                f"{src} is a copy or backup of {self.path} (same file identity); there is "
                f"nothing to merge from it."
            )
        return info

    def _attach(self, src: Path) -> None:
        uri = f"{src.resolve().as_uri()}?mode=ro"
        with source_errors(src):
            try:
                self.conn.execute(f"ATTACH DATABASE ? AS {_SRC}", (uri,))
                self.conn.execute(f"SELECT count(*) FROM {_SRC}.meta").fetchone()
            except sqlite3.OperationalError as exc:
                if "locked" in str(exc) or "busy" in str(exc):
                    raise
                # A read-only folder (a USB stick): no -shm can be made; read it as is.
                self._detach()
                self.conn.execute(f"ATTACH DATABASE ? AS {_SRC}", (uri + "&immutable=1",))

    def _detach(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute(f"DETACH DATABASE {_SRC}")

    def _vectors(self) -> tuple[dict[str, int], dict[str, int]]:
        """Last sequence number per origin: (source, target)."""
        src = dict(
            self.conn.execute(f"SELECT origin, max(seq) FROM {_SRC}.version GROUP BY origin")
        )
        tgt = dict(self.conn.execute("SELECT origin, max(seq) FROM main.version GROUP BY origin"))
        return src, tgt

    def _check_identities(self, src: Path, *, full: bool) -> dict[str, tuple[int, int]]:
        """Refuse a source that reuses a version identity for different content.

        Returns, per origin, (target's last seq, source's last seq).  With `full`, every
        shared version is compared; otherwise only the last shared one per origin, which
        suffices because each file holds a prefix of each origin's history and version
        ids are random: two diverged histories differ at every later position.
        """
        svec, tvec = self._vectors()
        clash = None
        if full:
            clash = self.conn.execute(
                f"SELECT s.origin FROM {_SRC}.version s JOIN main.version m "
                "ON m.origin = s.origin AND m.seq = s.seq "
                "WHERE m.vid <> s.vid OR m.hash <> s.hash LIMIT 1"
            ).fetchone()
            if clash is None:
                clash = self.conn.execute(
                    f"SELECT s.origin FROM {_SRC}.version s JOIN main.version m "
                    "ON m.vid = s.vid WHERE m.hash <> s.hash LIMIT 1"
                ).fetchone()
        else:
            for origin, smax in svec.items():
                at = min(smax, tvec.get(origin, 0))
                if at <= 0:
                    continue
                q = "SELECT vid, hash FROM {}.version WHERE origin = ? AND seq = ?"
                mine = self.conn.execute(q.format("main"), (origin, at)).fetchone()
                theirs = self.conn.execute(q.format(_SRC), (origin, at)).fetchone()
                if mine != theirs:
                    clash = (origin,)
                    break
        if clash is not None:
            raise CopiedFileError(
                f"{src} reuses the identity of another inspector's database for different "
                f"changes (it was copied onto a second laptop); nothing was merged: give each "
                f"laptop its own database with 'fieldwork issue' and ask the lead how to "
                f"recover the copy's work."
            )
        return {o: (tvec.get(o, 0), s) for o, s in svec.items()}

    @locked
    def merge(
        self,
        sources: Sequence[str | Path],
        *,
        backup: bool = True,
        keep_backups: int = 5,
        progress: Callable[[int, int], None] | None = None,
        strategy: Strategy = "vector",
    ) -> tuple[list[MergeReport], Path | None]:
        """Merge each source in turn (one transaction each), after checking them all and
        writing a backup of the target (only the newest `keep_backups` are kept).
        Returns the reports and the backup's path."""
        checked = [self.check_source(src) for src in sources]
        copy = self.backup() if backup else None
        if copy is not None:
            self.prune_backups(keep_backups)
        reports = []
        for i, (src, info) in enumerate(zip(sources, checked, strict=True)):
            reports.append(self._merge_one(Path(src), info, strategy))
            if progress:
                progress(i + 1, len(sources))
        return reports, copy

    @locked
    def merge_from(self, path: str | Path, *, strategy: Strategy = "vector") -> MergeReport:
        """Merge one source file into this database, in one transaction."""
        src = Path(path)
        return self._merge_one(src, self._gate(src), strategy)

    def _merge_one(self, src: Path, info: SourceInfo, strategy: Strategy) -> MergeReport:
        self._attach(src)
        try:
            with source_errors(src), self._tx():
                report = self._merge_attached(src, info, strategy)
                holder_id = holder(self.conn)
                if holder_id:  # a file issued to an inspector keeps only their names
                    minimise(self.conn, holder_id)
        finally:
            self._detach()
        self._names = None
        return report

    def _merge_attached(self, src: Path, info: SourceInfo, strategy: Strategy) -> MergeReport:
        vec = self._check_identities(src, full=strategy == "full")
        before = int(
            self.conn.execute("SELECT coalesce(max(rowid), 0) FROM main.version").fetchone()[0]
        )
        cols = VERSION_COLUMNS + ", hash"
        new_versions = 0
        if strategy == "full":
            cur = self.conn.execute(
                f"INSERT INTO main.version ({cols}) SELECT {cols} FROM {_SRC}.version s "
                "WHERE NOT EXISTS (SELECT 1 FROM main.version m WHERE m.vid = s.vid)"
            )
            new_versions = cur.rowcount
        else:
            for origin, (tmax, smax) in sorted(vec.items()):
                if smax > tmax:
                    cur = self.conn.execute(
                        f"INSERT INTO main.version ({cols}) SELECT {cols} FROM {_SRC}.version "
                        "WHERE origin = ? AND seq > ? ORDER BY vid",
                        (origin, tmax),
                    )
                    new_versions += cur.rowcount
        report = MergeReport(
            source=str(src),
            source_replica=info.replica_id,
            source_sha256=info.sha256,
            issued_to=info.issued_to,
            new_versions=new_versions,
        )
        if new_versions:
            self.conn.execute(
                f"INSERT OR IGNORE INTO main.parent (vid, pvid) SELECT p.vid, p.pvid "
                f"FROM main.version v JOIN {_SRC}.parent p ON p.vid = v.vid WHERE v.rowid > ?",
                (before,),
            )
            top = self.conn.execute(
                "SELECT max(hlc) FROM main.version WHERE rowid > ?", (before,)
            ).fetchone()[0]
            self.clock.receive(top)
            self._set_meta("hlc_last", self.clock.value)
            self._fill_touched("SELECT tbl, rid FROM main.version WHERE rowid > ?", (before,))
            counts = self._refresh_touched()
            report = report.model_copy(update=counts)
        if info.issued_to:
            name = self._scalar("SELECT name FROM inspectors WHERE id = ?", (info.issued_to,))
            report.issued_to_name = name
        self.conn.execute(
            "INSERT INTO merge_log (at, by, src_path, src_replica, src_sha256, new_versions, "
            "new_records, changed, deleted, new_conflicts, app_version) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                self._now_iso(),
                self.me_id,
                str(src),
                info.replica_id,
                info.sha256,
                report.new_versions,
                report.new_records,
                report.changed,
                report.deleted,
                report.new_conflicts,
                app_version(),
            ),
        )
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
                app_version=r["app_version"] or "",
            )
            for r in rows
        ]
