"""The public write API that case import, sampling and the demo use: `transaction()`,
`bulk_create()` and `put()`; and the one rule for inspecting a file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from store.errors import CorruptDatabaseError, DiskFullError, InvalidInputError
from store.fileinfo import inspect_file
from store.ids import uuid7
from store.models import Area, CaseFile, Evidence, Record
from store.store import Store


def _count(store: Store, sql: str) -> int:
    return int(store.conn.execute(sql).fetchone()[0])


def test_transaction_keeps_every_write_or_none(empty_store: Store) -> None:
    empty_store.put_area(Area(code="6", name="Hampshire", visited=True))
    versions = _count(empty_store, "SELECT count(*) FROM version")
    with pytest.raises(InvalidInputError), empty_store.transaction():
        empty_store.put_evidence(
            Evidence(area_code="6", criteria=["SW1"], source="CASE_FILE", text="First note.")
        )
        empty_store.put_evidence(  # unknown source: refused after the first write
            Evidence(area_code="6", criteria=["SW1"], source="GOSSIP", text="Second note.")
        )
    assert _count(empty_store, "SELECT count(*) FROM version") == versions
    assert empty_store.evidence_for_area("6") == []
    with empty_store.transaction():
        for text in ("One.", "Two."):
            empty_store.put_evidence(
                Evidence(area_code="6", criteria=["SW1"], source="CASE_FILE", text=text)
            )
    assert sorted(e.text for e in empty_store.evidence_for_area("6")) == ["One.", "Two."]


def test_transaction_turns_sqlite_errors_into_one_sentence(empty_store: Store) -> None:
    """SQLITE_FULL (simulated with max_page_count) inside a transaction: one sentence,
    and the writes made before it in the same transaction are gone too."""
    pages = empty_store.conn.execute("PRAGMA page_count").fetchone()[0]
    empty_store.conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFullError, match="is full"), empty_store.transaction():
        empty_store.put_area(Area(code="9", name="Kent"))
        empty_store.put_area(Area(code="6", name="Hampshire " * 4000))
    empty_store.conn.execute("PRAGMA max_page_count = 1073741823")
    assert empty_store.areas() == []


def test_bulk_create_is_one_transaction(empty_store: Store) -> None:
    """A batch whose last record cannot be stored leaves none of it behind."""
    versions = _count(empty_store, "SELECT count(*) FROM version")
    empty_store.conn.execute(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON areas WHEN new.code = '99' "
        "BEGIN SELECT RAISE(ABORT, 'refused'); END"
    )
    records: list[tuple[str, Record]] = [
        (uuid7(), Area(code=code, name=f"Area {code}")) for code in ("1", "2", "3", "99")
    ]
    with pytest.raises(sqlite3.IntegrityError):
        empty_store.bulk_create(records, author=empty_store.me_id or "")
    assert _count(empty_store, "SELECT count(*) FROM version") == versions
    assert empty_store.areas() == []
    empty_store.bulk_create(records[:3], author=empty_store.me_id or "")
    assert [a.code for a in empty_store.areas()] == ["1", "2", "3"]
    seqs = [r[0] for r in empty_store.conn.execute("SELECT seq FROM version ORDER BY seq")]
    assert seqs == list(range(1, len(seqs) + 1)), "a failed batch burnt sequence numbers"


def test_put_writes_any_record_kind(empty_store: Store) -> None:
    empty_store.put_area(Area(code="6", name="Hampshire"))
    case = CaseFile(ref="C-1000-AA", area_code="6", law_type="PRIVATE", case_type="CAO",
                    stage="WTFH")  # fmt: skip
    cid = empty_store.put(case, uuid7())
    assert empty_store.case(cid).ref == "C-1000-AA"
    assert empty_store.case(cid).meta.updated_by == empty_store.me_id


def test_a_source_and_an_open_file_are_inspected_alike(empty_db: Path, tmp_path: Path) -> None:
    """One rule: a truncated file is refused whether it is opened or merged, with the
    advice that suits the role."""
    cut = tmp_path / "cut.db"
    data = empty_db.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptDatabaseError, match="truncated.*backup beside it"):
        inspect_file(cut)
    with pytest.raises(CorruptDatabaseError, match="truncated.*fresh copy"):
        inspect_file(cut, role="source")


def test_a_flipped_byte_in_the_schema_table_is_one_sentence(empty_db: Path) -> None:
    """Invalid UTF-8 in the migrations table: damaged, not a UnicodeDecodeError."""
    conn = sqlite3.connect(empty_db)
    conn.execute(
        "UPDATE _sqlite_migrations SET name = CAST(X'30303031FF' AS TEXT) "
        "WHERE name = '0001_initial'"
    )
    conn.commit()
    conn.close()
    with pytest.raises(CorruptDatabaseError, match="damaged.*not valid UTF-8"):
        inspect_file(empty_db)
