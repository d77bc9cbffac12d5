"""`fieldwork check`: what is wrong with a file, and what to do, without changing it.

Besides SQLite's integrity check and the records' consistency (orphans, unknown
criteria, open conflicts and escalations), every stored version is verified as a
merge verifies incoming ones (`store/integrity.py`): its hash recomputed, its shape
checked, its parents present.
"""

from __future__ import annotations

import json
import time
from collections import Counter

from pydantic import Field

from store.connection import app_version, locked
from store.frameworkchange import not_in
from store.history import HistoryMixin
from store.integrity import (
    RAW_COLUMNS,
    WrongClock,
    check_version,
    clock_bounds,
    slow_here,
    wrong_clocks,
)
from store.minimise import holder
from store.models import Model, counted
from store.queries import QueriesMixin
from store.staging import StagingMixin

COPIES_SETTLED = "copies_settled"


class CheckProblem(Model):
    kind: str
    message: str
    record_id: str | None = None


class CheckReport(Model):
    path: str
    schema_version: int
    app_version: str
    integrity: str
    inspection_id: str
    replica_id: str
    counts: dict[str, int]
    problems: list[CheckProblem]
    settled: list[str] = Field(
        default=[], description="Problems found before that are settled: nothing to do."
    )

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and not self.problems


def copies_settled(meta: dict[str, str]) -> dict[str, int]:
    """Per origin, how many change numbers made twice the holder of a file has said are
    settled (`settle_copies`; local to that file), from the file's meta."""
    try:
        said = json.loads(meta.get(COPIES_SETTLED, "{}"))
    except ValueError:
        return {}
    return {str(k): int(v) for k, v in said.items()} if isinstance(said, dict) else {}


"""Meta key: per file identity used in two places, the count of change numbers made
twice that the holder of this file said were settled."""


class CheckMixin(QueriesMixin, StagingMixin, HistoryMixin):
    """The file check."""

    # Check ----------------------------------------------------------------------------
    @locked
    def _whose_file(self, origin: str, author: str) -> str:
        """A file named for a sentence: "This file", "Ana Ruiz's file" (its holder, from a
        version's author) or, for someone not on the team, "The file 1a2b3c4d"."""
        if origin == self.replica_id:
            return "This file"
        name = self._scalar("SELECT name FROM inspectors WHERE id = ?", (author,))
        return f"{name}'s file" if name else f"The file {str(origin)[:8]}"

    def check(self) -> CheckReport:
        """Schema version, integrity, counts and problems found, without changing anything."""
        integrity = "; ".join(r[0] for r in self.conn.execute("PRAGMA integrity_check"))
        counts = {
            name: int(self._scalar(f"SELECT count(*) FROM {table}"))
            for name, table in (
                ("areas", "areas"),
                ("visited_areas", "areas WHERE visited = 1"),
                ("inspectors", "inspectors"),
                ("cases", "cases"),
                ("evidence", "evidence"),
                ("gradings", "gradings"),
                ("judgements", "judgements"),
                ("protected_names", "protected_names"),
                ("sampled_cases", "cases WHERE sample = 'area-sampled'"),
                ("substitute_cases", "cases WHERE sample = 'substitute'"),
                ("replaced_cases", "cases WHERE sample = 'replaced'"),
                ("versions", "version"),
                ("open_escalations", "evidence WHERE escalation = 'needs-escalation'"),
                ("drafts", "drafts"),
                ("merges", "merge_log"),
            )
        }
        counts["conflicts"] = self._conflict_count()
        problems: list[CheckProblem] = []
        for table, what in (("evidence", "Evidence belongs"), ("gradings", "A grading belongs")):
            for r in self._rows(
                f"SELECT t.id FROM {table} t WHERE t.case_id IS NOT NULL "  # noqa: S608
                "AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.id = t.case_id)"
            ):
                problems.append(
                    CheckProblem(
                        kind="orphan",
                        record_id=r["id"],
                        message=f"{what} to a case that has been deleted.",
                    )
                )
        fw = self.framework.id
        for lost in not_in(self.conn, self.framework):  # a merge of a file on an older one
            problems.append(
                CheckProblem(
                    kind="not-in-framework",
                    message=f"Records use {lost}, which this file's framework ({fw}) does not "
                    "have: change them to its own ('fieldwork framework show' lists them; "
                    "'fieldwork evidence list DB --criterion ID' finds the notes).",
                )
            )
        if counts["conflicts"]:
            problems.append(
                CheckProblem(
                    kind="conflicts",
                    message=f"{counted(counts['conflicts'], 'record')} "
                    f"{'has' if counts['conflicts'] == 1 else 'have'} versions that disagree; "
                    "settle them with 'fieldwork conflicts' and 'fieldwork resolve'.",
                )
            )
        if open_ := counts["open_escalations"]:
            problems.append(
                CheckProblem(
                    kind="escalation",
                    message=f"{counted(open_, 'safeguarding concern')} "
                    f"{'is' if open_ == 1 else 'are'} not yet "
                    "marked as escalated to senior managers ('fieldwork evidence list DB "
                    "--to-escalate' lists them, as the home screen does); once each is, tick "
                    "Escalated in the evidence editor or run 'fieldwork evidence edit DB ID "
                    '--escalated --escalation-note "to whom and when"\'.',
                )
            )
        dangling = self._scalar(
            "SELECT count(*) FROM parent p WHERE NOT EXISTS "
            "(SELECT 1 FROM version v WHERE v.vid = p.pvid)"
        )
        if dangling:
            problems.append(
                CheckProblem(
                    kind="history",
                    message=f"{dangling} versions name a parent version this file does not hold.",
                )
            )
        problems += self._version_problems()
        copies, copies_settled = self._identity_problems()
        clocks, clocks_settled = self._clock_problems()
        problems += copies + clocks
        return CheckReport(
            path=str(self.path),
            schema_version=int(self._scalar("PRAGMA user_version")),
            app_version=app_version(),
            integrity=integrity,
            inspection_id=self.inspection_id,
            replica_id=self.replica_id,
            counts=counts,
            problems=problems,
            settled=copies_settled + clocks_settled,
        )

    def _copied_origins(self) -> list[tuple[str, int, str]]:
        """(origin, change numbers made twice, an author) of every file identity used
        in two places."""
        return [
            (str(o), int(n), str(a))
            for o, n, a in self.conn.execute(
                "SELECT origin, count(*), min(author) FROM (SELECT origin, seq, min(author) "
                "AS author FROM version GROUP BY origin, seq HAVING count(*) > 1) "
                "GROUP BY origin ORDER BY origin"
            )
        ]

    def _copies_settled(self) -> dict[str, int]:
        return copies_settled(self._meta)

    @locked
    def settle_copies(self) -> list[str]:
        """Say that every copy of each file used in two places has been merged into
        this one and only one copy is used from now on: `check` stops reporting those
        copies, until a change number is made twice again (a copy still in use).
        Recorded in this file only.  Returns whose files were settled, as words."""
        found = self._copied_origins()
        if not found:
            return []
        with self.transaction():
            said = self._copies_settled()
            said.update({origin: n for origin, n, _ in found})
            self._set_meta(COPIES_SETTLED, json.dumps(said, sort_keys=True))
        return [self._whose_file(origin, author) for origin, _, author in found]

    def _identity_problems(self) -> tuple[list[CheckProblem], list[str]]:
        """Files whose identity was used in two places (a copy, or a restored backup
        that went on being used): told apart by change numbers made twice.  Nothing
        is lost (every version is kept); the message says what to do.  Settled once
        the holder of this file says every copy is merged (`settle_copies`) and no
        change number has been made twice since.  (problems, settled)"""
        out: list[CheckProblem] = []
        settled: list[str] = []
        said = self._copies_settled()
        name = self.path.name
        for origin, n, author in self._copied_origins():
            whose = self._whose_file(origin, author)
            twice = f"{n} change number{'s' if n != 1 else ''} made twice"
            if said.get(origin, -1) >= n:
                settled.append(
                    f"{whose} was used in two places ({twice}); every copy was said to be "
                    f"merged here, and no change number has been made twice since: settled, "
                    f"nothing to do."
                )
                continue
            if origin != self.replica_id and holder(self.conn):
                # A team inspector's file holds every change the copies made; settling
                # them is the lead's, in the master (tester 19, F17).
                settled.append(
                    f"{whose} was used in two places ({twice}); every change that reached "
                    f"this file is kept, and the lead settles the copies in the master: "
                    f"nothing to do here."
                )
                continue
            again = (
                f" again since it was settled ({n - said[origin]} more)"
                if origin in said else ""
            )  # fmt: skip
            if origin == self.replica_id and not holder(self.conn):
                todo = (
                    f"merge every copy of this file into it ('fieldwork merge {name} "
                    f"COPY...'), work in this file only and put the copies away (or copy "
                    f"this file over them)"
                )
            elif origin == self.replica_id:
                todo = (
                    f"merge every copy of this file into the master ('fieldwork merge "
                    f"MASTER COPY...'), merge the master into this file ('fieldwork merge "
                    f"{name} MASTER'), work in this file only and put the copies away"
                )
            else:
                todo = (
                    f"merge every copy of that file into this one ('fieldwork merge {name} "
                    f"COPY...'); its holder keeps one copy, merges this file into it "
                    f"('fieldwork merge KEPT {name}') and puts the others away"
                )
            out.append(
                CheckProblem(
                    kind="copied-file",
                    message=f"{whose} was used in two places{again} ({twice}: a copy, or a "
                    f"restored backup that went on being used); nothing is lost, every "
                    f"change that reached this file is kept. To settle it: {todo}; then "
                    f"run 'fieldwork check {name} --copies-merged'.",
                )
            )
        return out, settled

    def _clock_problems(self) -> tuple[list[CheckProblem], list[str]]:
        """Changes made while a laptop's clock was wrong (ahead of this computer's, dated
        before the inspection was created, or before 2000): not damage; nothing is ordered or decided by these dates.  Settled
        once that file has made a later change dated right (its clock has been set).
        (problems, settled)"""
        now = time.time_ns() // 1_000_000
        lowest, highest = clock_bounds(self.conn, now)
        out: list[CheckProblem] = []
        settled: list[str] = []
        everyone = wrong_clocks(self.conn, "version", now)
        if slow := self._slow_here(everyone):
            return [CheckProblem(kind="clock", message=slow)], []
        for found in everyone:
            origin, n = found.origin, found.changes
            whose = self._whose_file(origin, found.author)
            what = (
                f"{whose} made {n} change{'s' if n != 1 else ''} while its laptop's clock "
                f"was wrong ({' and '.join(found.phrases)})"
            )
            mended = self._scalar(
                "SELECT 1 FROM version WHERE origin = ? AND seq > ? AND hlc BETWEEN ? AND ? "
                "LIMIT 1",
                (origin, found.last_seq, lowest, highest),
            )
            if mended:
                settled.append(
                    f"{what}; its later changes are dated right, so the clock has been set: "
                    f"settled, nothing to do (the times shown for those changes stay wrong)."
                )
                continue
            if origin != self.replica_id and holder(self.conn):
                # Another file's clock, in a team inspector's file: the lead tells its
                # owner from the master (tester 27, F5's rest), as with copies.
                settled.append(
                    f"{what}; nothing is damaged or lost, and the lead asks its owner to set "
                    f"it: nothing to do here."
                )
                continue
            later = (
                "make a change in this file (its date shows the clock is right)"
                if origin == self.replica_id
                else "the next change made in that file, once merged here, shows it is right"
            )
            out.append(
                CheckProblem(
                    kind="clock",
                    message=f"{what}: nothing is damaged or lost and nothing is decided by "
                    f"these dates, but the times shown for them are wrong. To settle it: set "
                    f"that laptop's date and time; {later}, and this is settled.",
                )
            )
        return out, settled

    def _slow_here(self, found: list[WrongClock]) -> str | None:
        return slow_here(found, self.replica_id, lambda f: self._whose_file(f.origin, f.author))

    def clock_slow_here(self) -> str | None:
        """The sentence saying this computer's clock seems slow, when the changes of
        several other files it holds are all ahead of it (the workbench says so when it
        opens: tester 25, F6, the inspector with the slow laptop never saw it); None
        otherwise."""
        return self._slow_here(wrong_clocks(self.conn, "version", time.time_ns() // 1_000_000))

    def _version_problems(self) -> list[CheckProblem]:
        """Every stored version verified: hash, shape, parents."""
        parents: dict[bytes, list[str]] = {}
        bad: Counter[str] = Counter()
        for vid, pvid in self.conn.execute(
            "SELECT CAST(vid AS BLOB), CAST(pvid AS BLOB) FROM parent"
        ):
            parents.setdefault(vid, []).append(pvid.decode("utf-8", "replace"))
        redactions = self._redactions()
        for raw in self.conn.execute(f"SELECT {RAW_COLUMNS} FROM version"):
            vid = raw[0] if isinstance(raw[0], bytes) else b""
            problem = check_version(raw, parents.get(vid, []), redactions=redactions)
            if problem:
                bad[problem] += 1
        if not bad:
            return []
        n = sum(bad.values())
        what = "; ".join(f"{k} ({v})" for k, v in bad.most_common(3))
        return [
            CheckProblem(
                kind="damaged-versions",
                message=f"{n} stored version{'s' if n != 1 else ''} fail their check "
                f"({what}): this file is damaged. Restore it from the newest backup that "
                f"'fieldwork check' passes, then merge the master into it again.",
            )
        ]
