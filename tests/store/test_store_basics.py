"""Store round trips through the pydantic models, migrations, versions and permissions."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from store.errors import InvalidInputError, NotFoundError
from store.framework import load_framework
from store.migrations import schema_version
from store.models import Area, CaseFile, Evidence, Grading, Inspector, Judgement
from store.store import Store


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _area_and_case(store: Store) -> str:
    store.put_area(Area(code="15a", name="London (north and east)", visited=True))
    return store.put_case(
        CaseFile(
            ref="C-2041-QM",
            area_code="15a",
            law_type="PUBLIC",
            case_type="S31",
            stage="CMH",
            age_band="5-9",
            child_seen=True,
            seen_alone="yes",
            status="in-progress",
        )
    )


def test_new_database_is_private_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    store = Store.create(
        path, load_framework("cafcass-2021"), title="Cafcass 2024", lead="Ruth Okafor"
    )
    _area_and_case(store)  # writes something so WAL files exist
    assert _mode(path) == 0o600
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists():
            assert _mode(side) & 0o077 == 0, f"{side.name} is readable by others"
    assert store.check().schema_version == schema_version()
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    store.close()


def test_migrations_from_an_empty_file_record_every_step(empty_store: Store) -> None:
    names = [
        r[0]
        for r in empty_store.conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'fieldwork'"
        )
    ]
    assert len(names) == schema_version()
    assert empty_store.conn.execute("PRAGMA user_version").fetchone()[0] == schema_version()


def test_inspection_and_lead_round_trip(empty_store: Store) -> None:
    info = empty_store.inspection()
    assert info.title == "Test inspection"
    assert info.framework_id == "cafcass-2018"
    me = empty_store.me()
    assert me is not None and me.name == "Ruth Okafor" and me.role == "lead"
    assert me.initials == "RO"


def test_case_round_trip_keeps_every_field(empty_store: Store) -> None:
    case_id = _area_and_case(empty_store)
    case = empty_store.case(case_id)
    assert (case.ref, case.area_code, case.case_type, case.stage) == (
        "C-2041-QM",
        "15a",
        "S31",
        "CMH",
    )
    assert case.child_seen is True and case.seen_alone == "yes"
    assert case.meta.created_by == empty_store.me_id
    assert empty_store.case_by_ref("c-2041-qm").id == case_id


def test_evidence_round_trip_with_criteria_as_child_rows(empty_store: Store) -> None:
    case_id = _area_and_case(empty_store)
    evidence_id = empty_store.put_evidence(
        Evidence(
            case_id=case_id,
            criteria=["QP8", "QP3"],
            source="INT_CHILD",
            polarity="strength",
            text="The guardian visited the child at the foster home and used a feelings chart.",
            child_words="I like it here but I miss my brother",
            child_words_flag=True,
        )
    )
    ev = empty_store.evidence(evidence_id)
    assert ev.criteria == ["QP3", "QP8"]
    assert ev.child_words == "I like it here but I miss my brother"
    assert ev.case_ref == "C-2041-QM"
    rows = empty_store.conn.execute(
        "SELECT criterion_id FROM evidence_criterion WHERE evidence_id = ? ORDER BY 1",
        (evidence_id,),
    ).fetchall()
    assert [r[0] for r in rows] == ["QP3", "QP8"]


def test_edit_keeps_the_old_version(empty_store: Store) -> None:
    case_id = _area_and_case(empty_store)
    ev = Evidence(case_id=case_id, criteria=["QP1"], source="CASE_FILE", text="First note.")
    evidence_id = empty_store.put_evidence(ev)
    empty_store.put_evidence(ev.model_copy(update={"text": "Corrected note."}), evidence_id)
    assert empty_store.evidence(evidence_id).text == "Corrected note."
    texts = [
        r[0]
        for r in empty_store.conn.execute(
            "SELECT data FROM version WHERE rid = ? ORDER BY hlc", (evidence_id,)
        )
    ]
    assert len(texts) == 2 and "First note." in texts[0]
    parents = empty_store.conn.execute(
        "SELECT count(*) FROM parent p JOIN version v ON v.vid = p.vid WHERE v.rid = ?",
        (evidence_id,),
    ).fetchone()[0]
    assert parents == 1


def test_delete_is_a_version_and_undo_restores(empty_store: Store) -> None:
    case_id = _area_and_case(empty_store)
    evidence_id = empty_store.put_evidence(
        Evidence(case_id=case_id, criteria=["QP1"], source="CASE_FILE", text="Kept note.")
    )
    empty_store.delete_evidence(evidence_id)
    assert empty_store.evidence_for_case(case_id) == []
    assert empty_store.search("kept") == []
    empty_store.restore_evidence(evidence_id)
    assert empty_store.evidence(evidence_id).text == "Kept note."
    assert [h.evidence_id for h in empty_store.search("kept")] == [evidence_id]
    assert (
        empty_store.conn.execute(
            "SELECT count(*) FROM version WHERE rid = ?", (evidence_id,)
        ).fetchone()[0]
        == 3
    )


def test_grading_is_one_record_per_case_and_criterion(empty_store: Store) -> None:
    case_id = _area_and_case(empty_store)
    empty_store.set_grading(Grading(case_id=case_id, criterion_id="QP7", grade="good"))
    empty_store.set_grading(
        Grading(
            case_id=case_id,
            criterion_id="QP7",
            grade="outstanding",
            rationale="Analysis is exceptionally clear.",
        )
    )
    grades = empty_store.gradings_for_case(case_id)
    assert list(grades) == ["QP7"]
    assert grades["QP7"].grade == "outstanding"
    with pytest.raises(InvalidInputError, match="not a grade"):
        empty_store.set_grading(Grading(case_id=case_id, criterion_id="QP7", grade="average"))


def test_judgement_scope_is_checked(empty_store: Store) -> None:
    empty_store.put_area(Area(code="6", name="Hampshire, Isle of Wight and Dorset", visited=True))
    empty_store.set_judgement(
        Judgement(
            judgement_id="J18-4A",
            area_code="6",
            grade="good",
            rationale="Leaders know their teams well.",
        )
    )
    stored = empty_store.judgement("J18-4A", "6")
    assert stored is not None and stored.grade == "good"
    with pytest.raises(InvalidInputError, match="per area"):
        empty_store.set_judgement(Judgement(judgement_id="J18-4A", grade="good"))
    with pytest.raises(InvalidInputError, match="is national"):
        empty_store.set_judgement(Judgement(judgement_id="J18-1", area_code="6", grade="good"))


def test_unknown_codes_are_refused_with_the_choices(empty_store: Store) -> None:
    case_id = _area_and_case(empty_store)
    with pytest.raises(InvalidInputError, match="Unknown criterion QPX"):
        empty_store.put_evidence(
            Evidence(case_id=case_id, criteria=["QPX"], source="CASE_FILE", text="x")
        )
    with pytest.raises(InvalidInputError, match="not an evidence source"):
        empty_store.put_evidence(
            Evidence(case_id=case_id, criteria=["QP1"], source="GOSSIP", text="x")
        )
    with pytest.raises(NotFoundError, match="no service area"):
        empty_store.area("99")


def test_find_inspector_by_name_initials_and_ambiguity(empty_store: Store) -> None:
    empty_store.put_inspector(Inspector(name="Daniel Price", initials="DP"))
    empty_store.put_inspector(Inspector(name="Danielle Pryce", initials="DPR"))
    assert empty_store.find_inspector("dpr").name == "Danielle Pryce"
    assert empty_store.find_inspector("daniel price").initials == "DP"
    with pytest.raises(NotFoundError, match="give the full name"):
        empty_store.find_inspector("Dani")


def test_safeguarding_escalation_needs_a_note(empty_store: Store) -> None:
    case_id = _area_and_case(empty_store)
    with pytest.raises(InvalidInputError, match="needs a note"):
        empty_store.put_evidence(
            Evidence(
                case_id=case_id,
                criteria=["SW1"],
                source="CASE_FILE",
                text="Concern.",
                escalation="needs-escalation",
            )
        )
    evidence_id = empty_store.put_evidence(
        Evidence(
            case_id=case_id,
            criteria=["SW1"],
            source="CASE_FILE",
            text="Concern about contact.",
            safeguarding="Police information not followed up before the hearing.",
            escalation="needs-escalation",
        )
    )
    assert [e.id for e in empty_store.escalations()] == [evidence_id]
    assert empty_store.home_summary().open_escalations == 1


def test_failed_write_changes_nothing(empty_store: Store) -> None:
    """A write that fails inside its transaction leaves no version and no row."""
    case_id = _area_and_case(empty_store)
    before = empty_store.conn.execute("SELECT count(*) FROM version").fetchone()[0]
    empty_store.conn.execute(
        "CREATE TEMP TRIGGER fail_evidence BEFORE INSERT ON evidence "
        "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"
    )
    with pytest.raises(sqlite3.IntegrityError):
        empty_store.put_evidence(
            Evidence(
                case_id=case_id, criteria=["QP1"], source="CASE_FILE", text="Will not be kept."
            )
        )
    empty_store.conn.execute("DROP TRIGGER fail_evidence")
    assert empty_store.conn.execute("SELECT count(*) FROM version").fetchone()[0] == before
    assert empty_store.evidence_for_case(case_id) == []
    # The sequence number was not burnt: the next write follows on without a gap.
    empty_store.put_evidence(
        Evidence(case_id=case_id, criteria=["QP1"], source="CASE_FILE", text="Kept this time.")
    )
    seqs = [r[0] for r in empty_store.conn.execute("SELECT seq FROM version ORDER BY seq")]
    assert seqs == list(range(1, len(seqs) + 1))


def test_drafts_survive_reopen(empty_db: Path) -> None:
    store = Store.open(empty_db)
    store.save_draft("evidence:new", {"text": "Half-typed note about the child's"})
    store.conn.close()  # as if the process died: no orderly close
    reopened = Store.open(empty_db)
    drafts = reopened.drafts()
    assert [d.payload["text"] for d in drafts] == ["Half-typed note about the child's"]
    reopened.discard_draft("evidence:new")
    assert reopened.drafts() == []
    reopened.close()


def test_clock_never_goes_backwards_after_reopen(empty_db: Path) -> None:
    store = Store.open(empty_db)
    store.put_area(Area(code="1", name="Tyneside and Northumbria"))
    last = store.clock.value
    store.close()
    reopened = Store.open(empty_db)
    assert reopened.clock.now() > last
    reopened.close()


def test_full_disk_is_one_sentence_and_loses_nothing(empty_store: Store) -> None:
    """SQLITE_FULL (simulated with max_page_count) rolls the whole write back."""
    from store.errors import DiskFullError

    case_id = _area_and_case(empty_store)
    before = empty_store.conn.execute("SELECT count(*) FROM version").fetchone()[0]
    pages = empty_store.conn.execute("PRAGMA page_count").fetchone()[0]
    empty_store.conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFullError, match="is full; nothing was saved"):
        empty_store.put_evidence(
            Evidence(
                case_id=case_id,
                criteria=["QP1"],
                source="CASE_FILE",
                text="A long observation. " * 2000,
            )
        )
    empty_store.conn.execute("PRAGMA max_page_count = 1073741823")
    assert empty_store.conn.execute("SELECT count(*) FROM version").fetchone()[0] == before
    assert empty_store.evidence_for_case(case_id) == []


def test_locked_database_is_one_sentence(empty_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import store.connection
    from store.errors import DatabaseLockedError

    monkeypatch.setattr(store.connection, "BUSY_TIMEOUT_MS", 200)
    store_ = Store.open(empty_db)
    other = sqlite3.connect(empty_db)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLockedError, match="is in use: another process"):
            store_.put_area(Area(code="2", name="Durham and Cleveland"))
    finally:
        other.rollback()
        other.close()
    store_.put_area(Area(code="2", name="Durham and Cleveland"))
    assert [a.code for a in store_.areas()] == ["2"]
    store_.close()


def test_store_is_safe_to_call_from_worker_threads(empty_store: Store) -> None:
    from concurrent.futures import ThreadPoolExecutor

    case_id = _area_and_case(empty_store)

    def add(i: int) -> str:
        return empty_store.put_evidence(
            Evidence(
                case_id=case_id,
                criteria=["QP2"],
                source="CASE_FILE",
                text=f"Screening note number {i} recorded during the file reading.",
            )
        )

    with ThreadPoolExecutor(max_workers=4) as pool:
        ids = list(pool.map(add, range(40)))
    assert len(set(ids)) == 40
    assert len(empty_store.evidence_for_case(case_id)) == 40
    assert empty_store.check().integrity == "ok"


def test_a_file_open_elsewhere_is_still_recognised(tmp_path: Path) -> None:
    """The lead's TUI holds the master open while a merge or check opens it again."""
    path = tmp_path / "open.db"
    first = Store.create(path, load_framework("cafcass-2018"), title="t", lead="Ruth Okafor")
    first.put_area(Area(code="1", name="Tyneside and Northumbria", visited=True))
    second = Store.open(path)
    assert [a.code for a in second.areas()] == ["1"]
    second.close()
    first.close()
