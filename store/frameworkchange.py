"""Changing the framework an inspection uses, for a lead who set up the file under the
wrong one (tester 29, F2: set up under 2021, noticed, and the only way out was a new
file, every case list imported again and every pseudonymised reference changed).

The framework is the file's own copy (`framework` table), not a record that merges: it
is changed in the master only, and files issued before keep the old one until issued
again.  Everything recorded must still mean something under the new framework: each
criterion, source, law type, case type, stage, judgement and grade in use must be one
of its own, or the change is refused naming what is not, changing nothing.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from store.connection import StoreBase
from store.errors import InvalidInputError
from store.framework import Framework, dump_framework
from store.roles import ISSUED_PREFIX

_IN_USE = (
    ("criteria", "SELECT DISTINCT criterion_id FROM evidence_criterion "
                 "UNION SELECT DISTINCT criterion_id FROM gradings"),
    ("sources", "SELECT DISTINCT source FROM evidence WHERE source IS NOT NULL"),
    ("law types", "SELECT DISTINCT law_type FROM cases"),
    ("case types", "SELECT DISTINCT case_type FROM cases"),
    ("stages", "SELECT DISTINCT stage FROM cases"),
    ("judgements", "SELECT DISTINCT judgement_id FROM judgements"),
    ("grades", "SELECT DISTINCT grade FROM gradings WHERE grade IS NOT NULL "
               "UNION SELECT DISTINCT grade FROM judgements WHERE grade IS NOT NULL"),
)  # fmt: skip
"""What a file's records use of its framework, by the name said when it is missing."""


@dataclass(frozen=True)
class FrameworkChange:
    """What a change of framework did: the ids before and after, and the inspectors
    holding a file issued before it (they keep the old framework until issued again)."""

    before: str
    after: str
    issued_to: list[str]


def _known(fw: Framework) -> dict[str, set[str]]:
    return {
        "criteria": {c.id for c in fw.criteria},
        "sources": {s.code for s in fw.sources},
        "law types": {i.code for i in fw.law_types},
        "case types": {i.code for i in fw.case_types},
        "stages": {i.code for i in fw.stages},
        "judgements": {j.id for j in fw.judgements},
        "grades": {g.code for g in fw.grades} | {o.code for o in fw.grading_options},
    }


def not_in(conn: sqlite3.Connection, framework: Framework) -> list[str]:
    """What the file's records use that `framework` does not have, each kind as one
    phrase ("criteria QP13, QP14"); empty when everything in use is its own."""
    known = _known(framework)
    missing = []
    for what, sql in _IN_USE:
        used = {str(v) for (v,) in conn.execute(sql) if v not in (None, "")}
        if lost := sorted(used - known[what]):
            missing.append(f"{what} {', '.join(lost)}")
    return missing


class FrameworkChangeMixin(StoreBase):
    """`change_framework`, for the Store facade."""

    def outside_framework(self) -> list[str]:
        """What the records use that this file's framework does not have (`not_in`)."""
        return not_in(self.conn, self.framework)

    def change_framework(self, framework: Framework) -> FrameworkChange:
        """Make `framework` this master's framework, in one transaction; refused (one
        sentence, nothing changed) in a file issued from another, or where a value in
        use is not the new framework's."""
        if self._meta.get("issued_from"):
            raise InvalidInputError(
                f"{self.path} was issued from the master; the framework is changed in the "
                "master only, which then issues each inspector a new file."
            )
        missing = not_in(self.conn, framework)
        before = self.framework.id
        if missing:
            raise InvalidInputError(
                f"{framework.id} has no {'; no '.join(missing)}, which this file's records "
                f"use: nothing was changed; keep {before}, or start a new file with "
                "'fieldwork new' and record those again."
            )
        holders = sorted(
            {v for k, v in self._meta.items() if k.startswith(ISSUED_PREFIX)
             and k != ISSUED_PREFIX + self.replica_id and v != self.issued_to}
        )  # fmt: skip
        with self.transaction():
            self.conn.execute("DELETE FROM framework")
            self.conn.execute(
                "INSERT INTO framework (id, body) VALUES (?, ?)",
                (framework.id, dump_framework(framework)),
            )
        self.framework = framework
        names = dict(self.conn.execute("SELECT id, name FROM inspectors").fetchall())
        return FrameworkChange(before, framework.id, [names.get(h, h) for h in holders])
