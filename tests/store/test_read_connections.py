"""Reads from worker threads run on read connections of their own (store/reads.py):
they neither wait for the writer's lock nor hold it, they see what is committed, and a
read can be cancelled.  On the hand-written inspection (tests/fixtures/handwritten)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

import pytest

from store.models import Area
from store.reads import ReadCancelled
from store.store import Store
from tests.store.held import WAIT, write_held

T = TypeVar("T")


def in_worker(fn: Callable[[], T]) -> T:
    """`fn()` run on another thread than the one that opened the store (a TUI worker)."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(fn).result(timeout=WAIT)


def test_a_workers_reads_do_not_wait_for_a_write_in_progress(handwritten_store: Store) -> None:
    """Home's summary, the judgements and their balances are read while another thread
    holds a write open: before, each waited for the store's lock until the write ended."""
    store = handwritten_store
    expected = (store.home_summary(), store.judgements(), store.judgement_balances())
    with write_held(store):
        got = in_worker(
            lambda: (store.home_summary(), store.judgements(), store.judgement_balances())
        )
    assert got == expected
    assert got[0].evidence_total == 300


def test_a_worker_reads_what_is_committed_and_never_half_a_write(
    handwritten_store: Store,
) -> None:
    store = handwritten_store
    names = {a.code: a.name for a in store.areas()}
    store.put_area(Area(code="2", name="Tees Valley and Durham", visited=True))
    assert {a.code: a.name for a in in_worker(store.areas)} == {
        **names,
        "2": "Tees Valley and Durham",
    }
    renamed = Area(code="2", name="Renamed but not yet committed", visited=True)
    with write_held(store, lambda: store.put_area(renamed)):
        during = {a.code: a.name for a in in_worker(store.areas)}
    assert during["2"] == "Tees Valley and Durham"
    assert {a.code: a.name for a in in_worker(store.areas)}["2"] == "Renamed but not yet committed"


def test_a_cancelled_read_stops_and_the_next_read_works(handwritten_store: Store) -> None:
    store = handwritten_store
    wanted = store.home_summary()

    def cancelled_read() -> None:
        with store.cancelled_by(lambda: True):
            store.home_summary()

    with pytest.raises(ReadCancelled):
        in_worker(cancelled_read)

    def read_uncancelled() -> object:
        with store.cancelled_by(lambda: False):
            return store.home_summary()

    assert in_worker(read_uncancelled) == wanted
    assert in_worker(store.home_summary) == wanted


def test_reads_on_the_opening_thread_use_the_writing_connection(handwritten_store: Store) -> None:
    """The command line and the exporters read as before: on the one connection, so a
    read inside a transaction sees that transaction's own writes."""
    store = handwritten_store
    with store.transaction():
        store.put_area(Area(code="2", name="Seen inside the transaction", visited=True))
        assert store.area("2").name == "Seen inside the transaction"

    def inside_a_workers_transaction() -> str:
        with store.transaction():
            store.put_area(Area(code="2", name="A worker's own write", visited=True))
            return store.area("2").name

    assert in_worker(inside_a_workers_transaction) == "A worker's own write"


def test_closing_the_store_closes_the_read_connections(handwritten_db: Path) -> None:
    """Every connection gone: SQLite removes the write-ahead log when the last one closes."""
    store = Store.open(handwritten_db)
    for _ in range(3):
        in_worker(store.home_summary)
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda _: store.judgement_balances(), range(8)))
    store.close()
    assert not Path(f"{handwritten_db}-wal").exists()
