"""A merge's work is bounded by what the incoming file holds, not by the size of the
target's history: merging Rajesh's file, which brings three edits, reads as much of a
master that also holds 1,500 of Aisha's notes as of one that holds 150.  Work is counted
in SQLite virtual-machine steps (a progress handler), never in time.  Before, the query
reading the touched records' heads built a Bloom filter over the whole version table,
so the same three edits cost ten times as much in the larger master, and the target's
numbers of an origin were all read, the lead's own notes written since Rajesh's file was
issued among them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from store.models import Evidence
from store.store import Store
from tests.merge.team10 import edit, make_team10, merge, note

STEP = 100
"""The progress handler's granularity (virtual-machine instructions per call)."""


def _work(tmp_path: Path, others: int, by_lead: bool = False) -> int:
    t = make_team10(tmp_path)
    eids = [note(t.rajesh, f"Case file read {n}: plan recorded, risk assessed.") for n in range(3)]
    merge(t.master, t.rajesh)
    with Store.open(t.master) as m:
        case_id = m.case_rows(limit=1)[0].id
    with Store.open(t.master if by_lead else t.aisha) as a, a.transaction():
        for n in range(others):
            a.put_evidence(Evidence(case_id=case_id, criteria=["QP7"], source="CASE_FILE",
                                    polarity="neutral", text=f"Observation {n}: supervision "
                                    "recorded monthly; reflective discussion noted."))  # fmt: skip
    if not by_lead:
        merge(t.master, t.aisha)
    # The planner's statistics current, as after any merge: refreshing them once the file
    # has grown tenfold is upkeep, sampled (`analysis_limit`), not the merge's own work.
    with sqlite3.connect(t.master) as c:
        c.execute("ANALYZE")
    for n, eid in enumerate(eids):
        edit(t.rajesh, eid, "--text", f"Case file read {n}: plan recorded, risk not assessed.")
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    with Store.open(t.master) as m:
        m.conn.set_progress_handler(count, STEP)
        (report,), _ = m.merge([t.rajesh])
        m.conn.set_progress_handler(None, 0)
    assert report.new_versions == 3 and report.changed == 3
    return steps[0]


@pytest.mark.slow
@pytest.mark.parametrize("by_lead", [False, True], ids=["inspector", "lead"])
def test_a_small_merge_costs_the_same_in_a_large_master(tmp_path: Path, by_lead: bool) -> None:
    """The master grows by another inspector's notes, or by the lead's own (written in
    the master after Rajesh's file was issued, so his file holds few of them)."""
    (tmp_path / "small").mkdir()
    (tmp_path / "large").mkdir()
    small = _work(tmp_path / "small", 150, by_lead)
    large = _work(tmp_path / "large", 1500, by_lead)
    assert large < small * 1.25, (small, large)
