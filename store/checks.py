"""`fieldwork check`: what is wrong with a file, and what to do, without changing it.

Besides SQLite's integrity check and the records' consistency (orphans, unknown
criteria, open conflicts and escalations), every stored version is verified as a
merge verifies incoming ones (`store/integrity.py`): its hash recomputed, its shape
checked, its parents present.
"""

from __future__ import annotations

import time
from collections import Counter

from store.connection import MAX_CLOCK_AHEAD_MS, app_version, locked
from store.history import HistoryMixin
from store.ids import format_hlc, parse_hlc
from store.integrity import EARLIEST_MS, RAW_COLUMNS, check_version, clock_error
from store.models import CheckProblem, CheckReport
from store.queries import QueriesMixin
from store.staging import StagingMixin


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
        for r in self._rows(
            "SELECT e.id FROM evidence e WHERE e.case_id IS NOT NULL "
            "AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.id = e.case_id)"
        ):
            problems.append(
                CheckProblem(
                    kind="orphan",
                    record_id=r["id"],
                    message="Evidence belongs to a case that has been deleted.",
                )
            )
        for r in self._rows(
            "SELECT g.id FROM gradings g WHERE "
            "NOT EXISTS (SELECT 1 FROM cases c WHERE c.id = g.case_id)"
        ):
            problems.append(
                CheckProblem(
                    kind="orphan",
                    record_id=r["id"],
                    message="A grading belongs to a case that has been deleted.",
                )
            )
        known = {c.id for c in self.framework.criteria}
        for r in self._rows("SELECT DISTINCT criterion_id FROM evidence_criterion"):
            if r["criterion_id"] not in known:
                problems.append(
                    CheckProblem(
                        kind="unknown-criterion",
                        record_id=None,
                        message=f"Evidence refers to criterion {r['criterion_id']}, "
                        "which the framework does not define.",
                    )
                )
        if counts["conflicts"]:
            problems.append(
                CheckProblem(
                    kind="conflicts",
                    message=f"{counts['conflicts']} records have versions that disagree; "
                    "settle them with 'fieldwork conflicts' and 'fieldwork resolve'.",
                )
            )
        if counts["open_escalations"]:
            problems.append(
                CheckProblem(
                    kind="escalation",
                    message=f"{counts['open_escalations']} safeguarding concerns are not yet "
                    "marked as escalated to senior managers.",
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
        problems += self._identity_problems()
        problems += self._clock_problems()
        return CheckReport(
            path=str(self.path),
            schema_version=int(self._scalar("PRAGMA user_version")),
            app_version=app_version(),
            integrity=integrity,
            inspection_id=self.inspection_id,
            replica_id=self.replica_id,
            counts=counts,
            problems=problems,
        )

    def _identity_problems(self) -> list[CheckProblem]:
        """Files whose identity was used in two places (a copy, or a restored backup
        that went on being used): told apart by change numbers made twice.  Nothing
        is lost (every version is kept); the message says what to do."""
        out: list[CheckProblem] = []
        for origin, n, author in self.conn.execute(
            "SELECT origin, count(*), min(author) FROM (SELECT origin, seq, min(author) AS "
            "author FROM version GROUP BY origin, seq HAVING count(*) > 1) GROUP BY origin"
        ):
            whose = self._whose_file(origin, author)
            out.append(
                CheckProblem(
                    kind="copied-file",
                    message=f"{whose} was used in two places ({n} change number"
                    f"{'s' if n != 1 else ''} made twice: a copy, or a restored backup that "
                    f"went on being used); nothing is lost, every change is kept: merge "
                    f"every copy into the master ('fieldwork merge MASTER FILE...'), then "
                    f"work in one of them only.",
                )
            )
        return out

    def _clock_problems(self) -> list[CheckProblem]:
        """Changes made while a laptop's clock was wrong (ahead of this computer's, or
        before 2000): not damage; nothing is ordered or decided by these dates."""
        now = time.time_ns() // 1_000_000
        out: list[CheckProblem] = []
        for origin, lo, hi, n, author in self.conn.execute(
            "SELECT origin, min(hlc), max(hlc), count(*), min(author) FROM version "
            "WHERE hlc < ? OR hlc > ? GROUP BY origin ORDER BY origin",
            (format_hlc(EARLIEST_MS, 0), format_hlc(now + MAX_CLOCK_AHEAD_MS, 9999)),
        ).fetchall():
            wrong = [clock_error(parse_hlc(v)[0], now) for v in dict.fromkeys((lo, hi))]
            phrase = " and ".join(w for w in wrong if w)
            whose = self._whose_file(origin, author)
            out.append(
                CheckProblem(
                    kind="clock",
                    message=f"{whose} made {n} change{'s' if n != 1 else ''} while its "
                    f"laptop's clock was wrong ({phrase}): nothing is damaged or lost and "
                    f"nothing is decided by these dates, but the times shown for them are "
                    f"wrong; set that laptop's date and time.",
                )
            )
        return out

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
