"""Criteria a database kept from an earlier Fieldwork, linked to the judgements that
weigh them now.

An inspection database holds its own copy of the framework.  Until session 14 the
built-in 2013 framework linked initial risk assessment and screening (QP2), seeing
children (QP8) and information sharing (QP12) to the quality of practice only, so the
safeguarding judgement and its report section never saw the late checks and children
not seen that an inspector grades it on (tester 13's F14).  They are now linked to the
safeguarding judgement first, which says them, and to the quality of practice, which
weighs them (`exporters.draft.judgementpool`).  A copy of a built-in framework whose
criteria still carry the links shipped before takes the new ones; a criterion a team
relinked, and a framework of a team's own, are left as they are.
"""

from __future__ import annotations

import sqlite3

from store.storedframework import upgrade_shipped

RELINKED = {"cafcass-2013": {"QP2": ["J13-2"], "QP8": ["J13-2"], "QP12": ["J13-2"]}}
"""Framework id -> criterion id -> the judgements it was linked to in the built-in
framework shipped before."""


def upgrade_criterion_links(conn: sqlite3.Connection) -> bool:
    """Give a stored built-in framework's criteria the judgements its built-in file
    links them to now, where they still have the links shipped before (`RELINKED`);
    True when anything changed.  Runs inside the caller's transaction (a schema step's)."""
    return upgrade_shipped(
        conn, "criteria", "id", "judgements",
        lambda fid: RELINKED.get(fid, {}),
        lambda fw: {c.id: c.judgements for c in fw.criteria},
    )  # fmt: skip
