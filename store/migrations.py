"""The database schema, as append-only migrations.

`sqlite_utils.Migrations` records each applied step in `_sqlite_migrations`; we also
mirror the count in `PRAGMA user_version`, so that a file from a newer Fieldwork is
recognised from its header without running any SQL on it.  Never edit a migration
that has shipped: add a new one (`@step("0002_...")`).

Opening an up-to-date file only reads `_sqlite_migrations` (`pending`); sqlite-utils is
imported when a step has to run, because importing it costs about a tenth of the
TUI's start-up (see `docs/performance.md`).

The two layers:
- `version` and `parent` hold every create, edit and delete as an immutable version
  (see docs in `store/versions.py`).  They are what merges exchange.
- the working tables (`cases`, `evidence`, ...) hold each record's current value,
  materialised from its head versions, for fast screens and exports.
"""

from __future__ import annotations

import datetime
import functools
import sqlite3
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from store.stepdb import step_database

if TYPE_CHECKING:
    from sqlite_utils import Database, Migrations

MIGRATION_SET = "fieldwork"
Step = Callable[["Database"], None]
_STEPS: list[tuple[str, Step]] = []
"""Every schema step, in order: (name, function)."""


def step(name: str) -> Callable[[Step], Step]:
    """Register a schema step (append only)."""

    def register(fn: Step) -> Step:
        if any(n == name for n, _ in _STEPS):
            raise ValueError(f"schema step {name} is registered twice")
        _STEPS.append((name, fn))
        return fn

    return register


# 'FWRK': marks the file as ours in the SQLite header (PRAGMA application_id).
APPLICATION_ID = 0x4657524B

_PROVENANCE = """
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin TEXT NOT NULL,
    head_vid TEXT NOT NULL,
    conflict INTEGER NOT NULL DEFAULT 0
"""


@step("0001_initial")
def m0001_initial(db: Database) -> None:
    db.executescript(
        f"""
        CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;

        -- Every create, edit and delete, never changed once written.
        CREATE TABLE version (
            vid TEXT PRIMARY KEY,
            tbl TEXT NOT NULL,
            rid TEXT NOT NULL,
            hlc TEXT NOT NULL,
            origin TEXT NOT NULL,
            seq INTEGER NOT NULL,
            author TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            data TEXT,
            hash TEXT NOT NULL
        );
        CREATE INDEX version_record ON version (tbl, rid);
        CREATE UNIQUE INDEX version_origin_seq ON version (origin, seq);
        CREATE TABLE parent (
            vid TEXT NOT NULL REFERENCES version (vid),
            pvid TEXT NOT NULL,
            PRIMARY KEY (vid, pvid)
        ) WITHOUT ROWID;
        CREATE INDEX parent_pvid ON parent (pvid);

        CREATE TABLE framework (id TEXT PRIMARY KEY, body TEXT NOT NULL);

        CREATE TABLE inspection (
            id TEXT PRIMARY KEY, title TEXT, organisation TEXT, framework_id TEXT,
            start_date TEXT, end_date TEXT, inspection_type TEXT, statutory_basis TEXT,
            organisation_note TEXT, {_PROVENANCE});
        CREATE TABLE areas (
            id TEXT PRIMARY KEY, code TEXT NOT NULL, name TEXT, region TEXT,
            visited INTEGER NOT NULL DEFAULT 0, {_PROVENANCE});
        CREATE INDEX areas_code ON areas (code);
        CREATE TABLE inspectors (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, initials TEXT, role TEXT,
            active INTEGER NOT NULL DEFAULT 1, {_PROVENANCE});
        CREATE TABLE cases (
            id TEXT PRIMARY KEY, ref TEXT NOT NULL, area_code TEXT, law_type TEXT,
            case_type TEXT, stage TEXT, age_band TEXT, child_seen INTEGER, seen_alone TEXT,
            inspector_id TEXT, status TEXT, sample TEXT, source_key TEXT, notes TEXT,
            {_PROVENANCE});
        CREATE INDEX cases_ref ON cases (ref);
        CREATE INDEX cases_area ON cases (area_code, ref);
        CREATE INDEX cases_inspector ON cases (inspector_id, ref);
        CREATE INDEX cases_status ON cases (status, ref);
        CREATE INDEX cases_source_key ON cases (source_key);
        CREATE TABLE evidence (
            id TEXT PRIMARY KEY, case_id TEXT, area_code TEXT, source TEXT, polarity TEXT,
            text TEXT, child_words TEXT, child_words_flag INTEGER, safeguarding TEXT,
            escalation TEXT, escalation_note TEXT, {_PROVENANCE});
        CREATE INDEX evidence_case ON evidence (case_id);
        CREATE INDEX evidence_area ON evidence (area_code);
        CREATE INDEX evidence_escalation ON evidence (escalation);
        CREATE TABLE evidence_criterion (
            evidence_id TEXT NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
            criterion_id TEXT NOT NULL,
            PRIMARY KEY (evidence_id, criterion_id)
        ) WITHOUT ROWID;
        CREATE INDEX evidence_criterion_c ON evidence_criterion (criterion_id, evidence_id);
        CREATE TABLE gradings (
            id TEXT PRIMARY KEY, case_id TEXT NOT NULL, criterion_id TEXT NOT NULL,
            grade TEXT, rationale TEXT, {_PROVENANCE});
        CREATE INDEX gradings_case ON gradings (case_id, criterion_id);
        CREATE TABLE judgements (
            id TEXT PRIMARY KEY, judgement_id TEXT NOT NULL, area_code TEXT, grade TEXT,
            rationale TEXT, {_PROVENANCE});
        CREATE TABLE protected_names (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, category TEXT, case_id TEXT,
            {_PROVENANCE});
        CREATE TABLE samples (
            id TEXT PRIMARY KEY, seed INTEGER, method TEXT, areas TEXT, per_area INTEGER,
            case_ids TEXT, substitutions TEXT, {_PROVENANCE});

        -- Full-text search over evidence, kept in step by triggers.
        CREATE VIRTUAL TABLE evidence_fts USING fts5 (
            text, child_words, safeguarding,
            content='evidence', content_rowid='rowid', tokenize='porter unicode61'
        );
        CREATE TRIGGER evidence_ai AFTER INSERT ON evidence BEGIN
            INSERT INTO evidence_fts (rowid, text, child_words, safeguarding)
            VALUES (new.rowid, new.text, new.child_words, new.safeguarding);
        END;
        CREATE TRIGGER evidence_ad AFTER DELETE ON evidence BEGIN
            INSERT INTO evidence_fts (evidence_fts, rowid, text, child_words, safeguarding)
            VALUES ('delete', old.rowid, old.text, old.child_words, old.safeguarding);
        END;
        CREATE TRIGGER evidence_au AFTER UPDATE OF text, child_words, safeguarding
        ON evidence BEGIN
            INSERT INTO evidence_fts (evidence_fts, rowid, text, child_words, safeguarding)
            VALUES ('delete', old.rowid, old.text, old.child_words, old.safeguarding);
            INSERT INTO evidence_fts (rowid, text, child_words, safeguarding)
            VALUES (new.rowid, new.text, new.child_words, new.safeguarding);
        END;

        -- Local to this file: never merged, never dumped.
        CREATE TABLE merge_log (
            id INTEGER PRIMARY KEY, at TEXT NOT NULL, by TEXT, src_path TEXT,
            src_replica TEXT, src_sha256 TEXT, new_versions INTEGER, new_records INTEGER,
            changed INTEGER, deleted INTEGER, new_conflicts INTEGER, app_version TEXT);
        CREATE TABLE drafts (key TEXT PRIMARY KEY, payload TEXT NOT NULL, updated_at TEXT NOT NULL);
        """
    )


@step("0002_versions_not_unique_by_origin_seq")
def m0002_versions_not_unique_by_origin_seq(db: Database) -> None:
    """A version's identity is its id and hash.  Two versions numbered alike by one
    origin (a file restored from a backup or copied, or a version forged with another
    file's identity) are both kept instead of blocking each other; the merge compares
    such origins in full.  `version_arrival` (local, never merged) records which merge
    brought each version, so that a message can name the file that carried it.  The
    merge log also keeps conflicts settled, the counts by kind (JSON) and the notes."""
    db.executescript(
        """
        DROP INDEX version_origin_seq;
        CREATE INDEX version_origin_seq ON version (origin, seq);
        CREATE TABLE version_arrival (
            vid TEXT PRIMARY KEY,
            merge_id INTEGER NOT NULL
        ) WITHOUT ROWID;
        ALTER TABLE merge_log ADD COLUMN settled INTEGER;
        ALTER TABLE merge_log ADD COLUMN by_kind TEXT;
        ALTER TABLE merge_log ADD COLUMN notes TEXT;
        """
    )


@step("0003_identify_decisions_redactions")
def m0003_identify_decisions_redactions(db: Database) -> None:
    """Per-hit decisions of the identifiability check, the audit of exports written
    despite hits, and redactions (records that merge like any other), plus the local
    list of versions a redaction purged, with the hash of their purged content."""
    db.executescript(
        f"""
        CREATE TABLE identify_decisions (
            id TEXT PRIMARY KEY, hit_kind TEXT NOT NULL, digest TEXT NOT NULL,
            reason TEXT NOT NULL, {_PROVENANCE});
        CREATE INDEX identify_decisions_digest ON identify_decisions (digest);
        CREATE TABLE identify_overrides (
            id TEXT PRIMARY KEY, export TEXT NOT NULL, hits INTEGER NOT NULL, kinds TEXT,
            {_PROVENANCE});
        CREATE TABLE redactions (
            id TEXT PRIMARY KEY, target_kind TEXT NOT NULL, target_id TEXT NOT NULL,
            fields TEXT NOT NULL, head TEXT NOT NULL, reason TEXT NOT NULL, {_PROVENANCE});
        CREATE TABLE redacted_version (
            vid TEXT PRIMARY KEY, redaction_id TEXT NOT NULL, hash TEXT NOT NULL
        ) WITHOUT ROWID;
        """
    )


@step("0004_case_order")
def m0004_case_order(db: Database) -> None:
    """The order the sample draws cases in, from the organisation's case number (a
    plain SHA-256 of the number and child id, no inspection secret), so the same list
    and seed give the same sample in any inspection.  Local to the file: never merged,
    never dumped, emptied in a file issued to a team inspector (`store.minimise`); a
    case imported before this step gets its key when the same list is imported again."""
    db.executescript(
        """
        CREATE TABLE case_order (
            case_id TEXT PRIMARY KEY,
            order_key TEXT NOT NULL
        ) WITHOUT ROWID;
        """
    )


@step("0005_merge_changes")
def m0005_merge_changes(db: Database) -> None:
    """What each merge did to each record (local, like `merge_log`: never merged, never
    dumped): `what` is new, changed, deleted, conflict (a new one) or settled; `fields`
    a JSON list of the fields changed, or in conflict.  Merges made before this step
    have no rows here; their detail is read from `version_arrival`."""
    db.executescript(
        """
        CREATE TABLE merge_change (
            merge_id INTEGER NOT NULL,
            tbl TEXT NOT NULL,
            rid TEXT NOT NULL,
            what TEXT NOT NULL,
            fields TEXT,
            PRIMARY KEY (merge_id, tbl, rid)
        ) WITHOUT ROWID;
        """
    )


@step("0006_grade_and_rationale_whole")
def m0006_grade_and_rationale_whole(db: Database) -> None:
    """A grading's or judgement's grade and rationale merge as one unit
    (`store.fieldmerge.UNITS`): records in several versions are shown again by that
    rule, so a file merged before it no longer shows a grade beside a rationale its
    author did not write (and shows the conflict it is)."""
    from store.fieldmerge import view
    from store.versions import read_heads

    conn = db.conn
    for kind, table in (("grading", "gradings"), ("judgement", "judgements")):
        torn = conn.execute(
            "SELECT rid FROM version v WHERE tbl = ? AND NOT EXISTS "
            "(SELECT 1 FROM parent p WHERE p.pvid = v.vid) GROUP BY rid HAVING count(*) > 1",
            (kind,),
        ).fetchall()
        for (rid,) in torn:
            shown = view(conn, read_heads(conn, kind, rid))
            if shown.top.deleted:
                continue
            values = shown.top.values()
            conn.execute(
                f"UPDATE {table} SET grade = ?, rationale = ?, conflict = ? WHERE id = ?",
                (values.get("grade"), values.get("rationale", ""), int(shown.conflict), rid),
            )


@step("0007_case_and_note_units_whole")
def m0007_case_and_note_units_whole(db: Database) -> None:
    """A case's child seen / seen alone, and its law type / case type / stage, and a
    note's safeguarding concern / escalation / escalation note, and its child's words /
    flag, each merge as one unit (`store.fieldmerge.UNITS`): records in several versions
    are shown again by that rule, so a file merged before it no longer shows a
    combination nobody entered (and shows the conflict it is)."""
    _reshow(db.conn, {
        "case": ("cases", ("child_seen", "seen_alone", "law_type", "case_type", "stage")),
        "evidence": (
            "evidence",
            ("safeguarding", "escalation", "escalation_note", "child_words", "child_words_flag"),
        ),
    })  # fmt: skip


def _reshow(conn: sqlite3.Connection, units: dict[str, tuple[str, tuple[str, ...]]]) -> None:
    """Show again, by the current merge rules, the given columns of every record of these
    kinds that has several heads (kind -> (working table, columns))."""
    from store.fieldmerge import view
    from store.versions import read_heads

    for kind, (table, cols) in units.items():
        torn = conn.execute(
            "SELECT rid FROM version v WHERE tbl = ? AND NOT EXISTS "
            "(SELECT 1 FROM parent p WHERE p.pvid = v.vid) GROUP BY rid HAVING count(*) > 1",
            (kind,),
        ).fetchall()
        sets = ", ".join(f"{c} = ?" for c in cols)
        for (rid,) in torn:
            shown = view(conn, read_heads(conn, kind, rid))
            if shown.top.deleted:
                continue
            values = shown.top.values()
            stored = [int(v) if isinstance(v, bool) else v for v in (values.get(c) for c in cols)]
            conn.execute(
                f"UPDATE {table} SET {sets}, conflict = ? WHERE id = ?",
                (*stored, int(shown.conflict), rid),
            )


@step("0008_proportion_bands_upgraded")
def m0008_proportion_bands_upgraded(db: Database) -> None:
    """A stored framework whose proportion bands are a table Fieldwork shipped before
    takes the current built-in ones ("some" from 15%, "a small number of" from 5%), as a
    new inspection would; bands a lead edited are left as they are (`store.bands`)."""
    from store.bands import upgrade_bands

    upgrade_bands(db.conn)


@step("0009_proportion_bands_as_inspectorate")
def m0009_proportion_bands_as_inspectorate(db: Database) -> None:
    """A stored framework whose proportion bands are a table Fieldwork shipped before
    takes the current built-in ones, the inspectorate's usage ("most" from 75%, "the
    vast majority of" from 85%, "many" only of ten cases with a view or more), as a new
    inspection would; bands a lead edited are left as they are (`store.bands`)."""
    from store.bands import upgrade_bands

    upgrade_bands(db.conn)


@step("0010_grade_label_in_full")
def m0010_grade_label_in_full(db: Database) -> None:
    """A stored built-in framework's "Requires improvement" becomes "Requires
    improvement to be good", as the report's headings say it (`store.gradelabels`)."""
    from store.gradelabels import upgrade_grade_labels

    upgrade_grade_labels(db.conn)


@step("0011_other_application_any_law")
def m0011_other_application_any_law(db: Database) -> None:
    """A stored built-in framework's "Other application" fits every law type, as a
    special guardianship order in public or private law proceedings needs
    (`store.casetypes`)."""
    from store.casetypes import upgrade_case_types

    upgrade_case_types(db.conn)


@step("0012_note_text_and_finding_whole")
def m0012_note_text_and_finding_whole(db: Database) -> None:
    """A note's text and its finding merge as one unit (`store.fieldmerge.UNITS`): notes
    in several versions are shown again by that rule, so a file merged before it no
    longer shows one side's text beside the other side's finding (and shows the conflict
    it is)."""
    _reshow(db.conn, {"evidence": ("evidence", ("text", "polarity"))})


@step("0013_shared_criteria_linked")
def m0013_shared_criteria_linked(db: Database) -> None:
    """A stored built-in 2013 framework links late checks (QP2), seeing children (QP8)
    and information sharing (QP12) to the safeguarding judgement, which says them, as
    well as to the quality of practice, which weighs them (`store.criterionlinks`)."""
    from store.criterionlinks import upgrade_criterion_links

    upgrade_criterion_links(db.conn)


@step("0014_case_application")
def m0014_case_application(db: Database) -> None:
    """A case's `application`: what the case list named an Other application (SGO...),
    for the draft's rarer work (`CaseFile.application`); filled by a re-import --update."""
    db.executescript("ALTER TABLE cases ADD COLUMN application TEXT;")


@step("0015_case_family")
def m0015_case_family(db: Database) -> None:
    """Each imported case's family (the keyed hash of its case number alone) beside its
    order key, local: a child is found across lists of two kinds (`store.crosslists`)."""
    db.executescript("ALTER TABLE case_order ADD COLUMN family TEXT;")


@step("0016_previous_inspection")
def m0016_previous_inspection(db: Database) -> None:
    """The previous inspection's date and overall judgement, on the inspection, and its
    recommendations with what this inspection found of each (`Recommendation`), for the
    draft's "Previous inspections" section and key finding."""
    db.executescript(
        f"""
        ALTER TABLE inspection ADD COLUMN previous_date TEXT;
        ALTER TABLE inspection ADD COLUMN previous_grade TEXT;
        CREATE TABLE recommendations (
            id TEXT PRIMARY KEY, number INTEGER NOT NULL, text TEXT NOT NULL, progress TEXT,
            finding TEXT, {_PROVENANCE});
        """
    )


@step("0017_recommendation_criteria")
def m0017_recommendation_criteria(db: Database) -> None:
    """The criteria each recommendation is about (JSON list), so the draft can set it
    beside this inspection's findings on them."""
    db.execute("ALTER TABLE recommendations ADD COLUMN criteria TEXT NOT NULL DEFAULT '[]'")


def schema_version() -> int:
    """The number of schema steps this code knows: stored in PRAGMA user_version."""
    return len(_STEPS)


def known_migration_names() -> set[str]:
    return {name for name, _ in _STEPS}


@functools.cache
def migrations() -> Migrations:
    """The steps as a sqlite-utils migration set (imports sqlite-utils)."""
    from sqlite_utils import Migrations

    migration_set = Migrations(MIGRATION_SET)
    for name, fn in _STEPS:
        migration_set(name=name)(fn)
    return migration_set


def pending(conn: sqlite3.Connection) -> bool:
    """Whether any known step has not been applied to this database (plain SQL)."""
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    if not has_table:
        return True
    applied = {
        r[0]
        for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (MIGRATION_SET,)
        )
    }
    return not known_migration_names() <= applied


def apply(conn: sqlite3.Connection) -> None:
    """Apply the pending steps, each in its own transaction, and mirror the count in
    `PRAGMA user_version`."""
    migrations().apply(step_database()(conn, execute_plugins=False))
    conn.execute(f"PRAGMA user_version = {schema_version()}")


def write_schema(conn: sqlite3.Connection) -> None:
    """Give a new, empty file the whole schema, as `apply` would: a copy of an in-memory
    database the steps were applied to once a process (`sqlite3.Connection.backup`, the
    whole file with its header: `application_id`, `user_version`), each step recorded
    as applied now.  Running the steps themselves costs about seven times the copy, and
    a new inspection file is made hundreds of times a test run (docs/performance.md).
    The file keeps its own journal mode (WAL) and the connection its pragmas."""
    with _TEMPLATE_LOCK:
        _template().backup(conn)
    now = str(datetime.datetime.now(datetime.UTC))
    conn.execute("UPDATE _sqlite_migrations SET applied_at = ?", (now,))


_TEMPLATE_LOCK = threading.Lock()


@functools.cache
def _template() -> sqlite3.Connection:
    """An in-memory database with every step applied, copied into each new file
    (`write_schema`); made once a process, under `_TEMPLATE_LOCK`, and never written
    to again."""
    conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")  # as the store's own connection has it
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    apply(conn)
    return conn
