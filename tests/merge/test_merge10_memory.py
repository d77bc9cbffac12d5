"""A large merge is not held in memory: the versions a source brings are staged (and
kept, verified, until every source is merged) in a temporary file paged through
SQLite's bounded cache.  Aisha's file brings about 24 MB of notes; SQLite's own memory
high-water mark during the merge stays well under that (before, the staging tables were
in memory and the mark rose to over three times it).  Memory, not time, is measured:
`sqlite3_status64`, from the SQLite library Python's sqlite3 module uses."""

from __future__ import annotations

import _sqlite3
import ctypes
from pathlib import Path

import pytest

from store.models import Evidence
from store.store import Store
from tests.merge.team10 import make_team10

NOTES = 800
WORDS = "Supervision recorded monthly; reflective discussion of risk noted on file. " * 405


def _sqlite_memory(reset: bool) -> tuple[int, int]:
    """SQLite's memory in use and its high-water mark in bytes (SQLITE_STATUS_MEMORY_USED),
    the mark reset when asked.  Both are the whole process's: in a test run they include
    what other tests' connections still hold."""
    lib = ctypes.CDLL(_sqlite3.__file__)
    now, high = ctypes.c_int64(), ctypes.c_int64()
    assert lib.sqlite3_status64(0, ctypes.byref(now), ctypes.byref(high), int(reset)) == 0
    return now.value, high.value


@pytest.mark.slow
def test_a_large_merge_is_staged_on_disk_not_in_memory(tmp_path: Path) -> None:
    t = make_team10(tmp_path)
    with Store.open(t.master) as m:
        case_id = m.case_rows(limit=1)[0].id
    with Store.open(t.aisha) as a, a.transaction():
        for n in range(NOTES):
            a.put_evidence(Evidence(case_id=case_id, criteria=["QP7"], source="CASE_FILE",
                                    polarity="neutral", text=f"{n}: {WORDS}"))  # fmt: skip
    incoming = NOTES * len(WORDS)
    assert incoming > 20_000_000
    with Store.open(t.master) as m:
        held, _ = _sqlite_memory(reset=True)
        (report,), _ = m.merge([t.aisha])
        _, high = _sqlite_memory(reset=False)
    assert report.new_records == NOTES
    rise = high - held  # the merge's own, not what the process held before it
    assert rise < incoming * 0.6, (rise, high, incoming)  # staged in memory: 3.5 times it
