"""Case types a database kept from an earlier Fieldwork, brought up to date.

An inspection database holds its own copy of the framework.  Until session 11 the
built-in frameworks let "Other application" (OTHER) fit law type Other only, so a
special guardianship order, made in public or private law proceedings and named by no
case type of its own, could not be imported under its law: a lead had to map it to a
case type it is not (a care application), which put it in the wrong sampling stratum.
"Other application" now fits every law type, and a copy of a built-in framework that
still has the old fit takes the new one.  Widening a fit changes no case already held;
a framework of a team's own keeps its case types.
"""

from __future__ import annotations

import sqlite3

from store.storedframework import upgrade_shipped

WIDENED = {"OTHER": ["OTHER"]}
"""Case type code -> the law types it fitted in the built-in frameworks shipped before."""


def upgrade_case_types(conn: sqlite3.Connection) -> bool:
    """Give a stored built-in framework's case types the law types its built-in file
    gives them now, where they still have the ones shipped before (`WIDENED`); True when
    anything changed.  Runs inside the caller's transaction (a schema step's)."""
    return upgrade_shipped(
        conn, "case_types", "code", "law_types",
        lambda _fid: WIDENED,
        lambda fw: {ct.code: ct.law_types for ct in fw.case_types},
    )  # fmt: skip
