"""Merge benchmark (issue 4): ten inspectors' databases of 2,000 evidence items each,
merged into the master, then merged again (nothing new).

Baseline, in the same run: plain `sqlite3` copying the same version rows into an empty
table of the same shape (same indexes, WAL, `synchronous=FULL`) with
`INSERT INTO main.version SELECT * FROM src.version`, attaching each source in turn,
one transaction per source, as the merge does.
Targets: first merge <= 3x the baseline; the re-merge <= 0.3x the first merge.
Each is timed in wall-clock and in CPU time of this process (`time.process_time`): on
a shared, loaded machine the CPU ratio is the one to read (the wall ratio then mostly
measures the other processes).

Run with `.venv/bin/python bench/bench_merge.py` or `make bench`.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from store.framework import load_framework  # noqa: E402
from store.ids import uuid7  # noqa: E402
from store.models import Area, CaseFile, Evidence, Inspector, Record  # noqa: E402
from store.store import Store  # noqa: E402

INSPECTORS = 10
ITEMS = 2000
ROUNDS = 3
CRITERIA = ["SW1", "SW2", "QP1", "QP2", "LG1"]
SOURCES = ["CASE_FILE", "CASE_DISCUSSION", "INT_CHILD", "OBS_PRACTICE"]


def build(root: Path) -> tuple[Path, list[Path]]:
    """A master with ten inspectors and 50 cases; each inspector records 2,000 items."""
    fw = load_framework("cafcass-2018")
    master = Store.create(root / "master.db", fw, title="Bench", lead="Ruth Okafor")
    master.put_area(Area(code="6", name="Hampshire", visited=True))
    cases = [
        master.put_case(
            CaseFile(
                ref=f"C-{1000 + i}-AB",
                area_code="6",
                law_type="PRIVATE",
                case_type="CAO",
                stage="WTFH",
            )
        )  # fmt: skip
        for i in range(50)
    ]
    people = [
        master.put_inspector(Inspector(name=f"Inspector {i}", initials=f"I{i}"))
        for i in range(INSPECTORS)
    ]
    paths = []
    for i, who in enumerate(people):
        path = master.issue(root / f"inspector{i}.db", who)
        s = Store.open(path)
        records: list[tuple[str, Record]] = []
        for k in range(ITEMS):
            text = (
                f"Inspector {i}, item {k}: the practitioner's analysis of risk was clear and "
                "the child's wishes and feelings were recorded in their own words; management "
                "oversight was evident at key decision points and the plan was reviewed. " * 2
            )
            records.append((uuid7(), Evidence(
                case_id=cases[k % len(cases)], criteria=[CRITERIA[k % 5], CRITERIA[(k + 2) % 5]],
                source=SOURCES[k % 4], polarity="strength", text=text,
            )))  # fmt: skip
        s.bulk_create(records, who)
        s.close()
        paths.append(path)
    master.close()
    return root / "master.db", paths


def baseline(root: Path, sources: list[Path]) -> tuple[float, float]:
    """Plain sqlite3: INSERT ... SELECT the version rows from each attached source."""
    path = root / "floor.db"
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(
        "CREATE TABLE version (vid TEXT PRIMARY KEY, tbl TEXT NOT NULL, rid TEXT NOT NULL, "
        "hlc TEXT NOT NULL, origin TEXT NOT NULL, seq INTEGER NOT NULL, author TEXT NOT NULL, "
        "deleted INTEGER NOT NULL DEFAULT 0, data TEXT, hash TEXT NOT NULL)"
    )
    conn.execute("CREATE INDEX version_record ON version (tbl, rid)")
    conn.execute("CREATE UNIQUE INDEX version_origin_seq ON version (origin, seq)")
    start, cpu = time.perf_counter(), time.process_time()
    for src in sources:
        conn.execute("ATTACH DATABASE ? AS src", (f"{src.resolve().as_uri()}?mode=ro",))
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT OR IGNORE INTO main.version SELECT vid, tbl, rid, hlc, origin, seq, author, "
            "deleted, data, hash FROM src.version"
        )
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE src")
    elapsed = (time.perf_counter() - start, time.process_time() - cpu)
    rows = conn.execute("SELECT count(*) FROM version").fetchone()[0]
    conn.close()
    assert rows >= INSPECTORS * ITEMS
    return elapsed


def baseline_same_schema(root: Path, master: Path, sources: list[Path]) -> tuple[float, float]:
    """Plain sqlite3 on a copy of the master (same schema, indexes, FTS triggers): INSERT
    ... SELECT every row the merge lands (versions, parent edges, evidence working rows,
    evidence criteria) from each attached source."""
    path = root / "floor2.db"
    shutil.copyfile(master, path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    cols = [r[1] for r in conn.execute("PRAGMA table_info(evidence)")]
    ev = ", ".join(cols)
    start, cpu = time.perf_counter(), time.process_time()
    for src in sources:
        conn.execute("ATTACH DATABASE ? AS src", (f"{src.resolve().as_uri()}?mode=ro",))
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT OR IGNORE INTO main.version SELECT * FROM src.version")
        conn.execute("INSERT OR IGNORE INTO main.parent SELECT * FROM src.parent")
        conn.execute(f"INSERT OR IGNORE INTO main.evidence ({ev}) SELECT {ev} FROM src.evidence")
        conn.execute(
            "INSERT OR IGNORE INTO main.evidence_criterion SELECT * FROM src.evidence_criterion"
        )
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE src")
    elapsed = (time.perf_counter() - start, time.process_time() - cpu)
    rows = conn.execute("SELECT count(*) FROM evidence").fetchone()[0]
    conn.close()
    path.unlink()
    assert rows == INSPECTORS * ITEMS
    return elapsed


Timing = tuple[float, float]
"""(wall seconds, CPU seconds of this process)."""


def _timed(fn: Callable[[], object]) -> Timing:
    start, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - start, time.process_time() - cpu


def merge_once(root: Path, master: Path, sources: list[Path], n: int) -> tuple[Timing, ...]:
    """(first merge, re-merge, backup) timings, on a fresh copy of the master."""
    target = root / f"target{n}.db"
    shutil.copyfile(master, target)
    store = Store.open(target)
    try:
        out: dict[str, object] = {}

        def first() -> None:
            out["first"] = store.merge(sources, backup=False)[0]

        def again() -> None:
            out["again"] = store.merge(sources, backup=False)[0]

        timed = (_timed(first), _timed(again))
        reports, again_reports = out["first"], out["again"]
        assert isinstance(reports, list) and isinstance(again_reports, list)
        assert sum(r.new_records for r in reports) == INSPECTORS * ITEMS
        assert all(r.nothing_new for r in again_reports)
        copied = _timed(lambda: store.backup(root / f"target{n}.bak"))
    finally:
        store.close()
    return (*timed, copied)


def _best(timings: list[Timing]) -> Timing:
    return min(t[0] for t in timings), min(t[1] for t in timings)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        t = time.perf_counter()
        master, sources = build(root)
        print(f"built {INSPECTORS} x {ITEMS} evidence items in {time.perf_counter() - t:.1f} s")
        floors, floors2, firsts, seconds, backups = [], [], [], [], []
        for n in range(ROUNDS):
            floors.append(baseline(root, sources))
            floors2.append(baseline_same_schema(root, master, sources))
            first, second, backup = merge_once(root, master, sources, n)
            firsts.append(first)
            seconds.append(second)
            backups.append(backup)
        bare, floor = _best(floors), _best(floors2)
        first, second = _best(firsts), _best(seconds)
        for i, clock in ((0, "wall"), (1, "CPU")):
            print(f"-- {clock} time, best of {ROUNDS}")
            print(f"{'floor A: version rows, bare table':<40} {bare[i] * 1000:9.1f} ms")
            print(f"{'floor B: every row landed, same schema':<40} {floor[i] * 1000:9.1f} ms")
            print(f"{'first merge / floor A':<40} {first[i] / bare[i]:9.2f}")
            print(f"{'first merge (ours)':<40} {first[i] * 1000:9.1f} ms   "
                  f"ratio {first[i] / floor[i]:5.2f}   target <= 3")  # fmt: skip
            print(f"{'re-merge, nothing new (ours)':<40} {second[i] * 1000:9.1f} ms   "
                  f"ratio {second[i] / first[i]:5.3f} of first   target <= 0.3")  # fmt: skip
            print(f"{'backup of the merged master':<40} {_best(backups)[i] * 1000:9.1f} ms")
        ok = first[1] <= 3 * floor[1] and second[1] <= 0.3 * first[1]
        print("merge targets met (CPU)" if ok else "MERGE TARGETS MISSED (CPU)")


if __name__ == "__main__":
    main()
