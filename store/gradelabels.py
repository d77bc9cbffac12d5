"""Grade labels a database kept from an earlier Fieldwork, brought up to date.

An inspection database holds its own copy of the framework.  Until session 10 the
built-in frameworks labelled the third grade "Requires improvement" while the report's
headings, made grammatical, say "requires improvement to be good" (Ofsted's words): a
lead read two names for one grade.  The built-in frameworks now label it "Requires
improvement to be good" everywhere (the judgements table, the grade dialog, the
command line, the CSV, the Word draft's table), and a copy of a built-in framework
that still has the old label takes the new one, "Requires improvement" staying an
accepted spelling; a framework of a team's own keeps its labels.
"""

from __future__ import annotations

import sqlite3

from store.storedframework import stored_builtin, write_back

RENAMED = {"requires-improvement": ("Requires improvement", "Requires improvement to be good")}
"""Grade code -> (the label shipped before, the label now)."""


def upgrade_grade_labels(conn: sqlite3.Connection) -> bool:
    """Give a stored built-in framework's grades their current labels where they have
    the ones shipped before (`RENAMED`), keeping the old label as an accepted spelling;
    True when anything changed.  Runs inside the caller's transaction (a schema step's)."""
    stored = stored_builtin(conn)
    if stored is None:
        return False  # a file being created, or a framework of a team's own
    fid, data = stored
    changed = False
    for grade in data.get("grades", []):
        old, new = RENAMED.get(grade.get("code"), ("", ""))
        if old and grade.get("label") == old:
            others = [a for a in grade.get("alt_labels", []) if a not in (old, new)]
            grade["label"], grade["alt_labels"] = new, [old, *others]
            changed = True
    if changed:
        write_back(conn, fid, data)
    return changed
