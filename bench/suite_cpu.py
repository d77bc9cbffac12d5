"""A pytest plugin that sums the CPU time of each test, for measuring the suite on a
shared machine (docs/performance.md, "The test suite"): the process's own CPU time plus
that of the child processes it has waited for (a `fieldwork` command, LibreOffice),
over setup, call and teardown.

    SUITE_CPU_OUT=/tmp/run .venv/bin/python -m pytest -q -n 2 -p bench.suite_cpu
    .venv/bin/python -m bench.suite_cpu /tmp/run        # the table, largest first

Each pytest process (each xdist worker) writes `OUT.<worker>.json`: [[CPU seconds, test
id, wall seconds, start, run-queue seconds]] (start: seconds since the epoch).  A test's
wall time is its CPU time, plus the time its process was ready to run but another had
the core (the run queue: the machine's load, from Linux's /proc/self/task/*/schedstat),
plus the time it was blocked: a sleep, a lock, the disk, a process it waits for.  Only
that last part, "blocked", is a core left idle on a quiet machine; the run queue is
what a loaded machine adds, so "blocked" can be measured on a busy one.
Not a benchmark of `make bench`; nothing in the suite loads it unless asked with `-p`.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections.abc import Generator
from pathlib import Path

import pytest

_ROWS: list[tuple[float, str, float, float, float]] = []


def _cpu() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _queued() -> float:
    """Seconds this process's live threads have waited on a run queue (0 where Linux's
    schedstat is not there); a thread that ended meanwhile is not counted."""
    total = 0
    for task in Path("/proc/self/task").glob("*/schedstat"):
        try:
            total += int(task.read_text().split()[1])
        except (OSError, IndexError, ValueError):
            continue
    return total / 1e9


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Generator[None, object, object]:
    """Time one test's setup, call and teardown."""
    start, began, queued = _cpu(), time.time(), _queued()
    try:
        return (yield)
    finally:
        cpu, wall = _cpu() - start, time.time() - began
        _ROWS.append((cpu, item.nodeid, wall, began, _queued() - queued))


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Write this process's rows where SUITE_CPU_OUT says."""
    out = os.environ.get("SUITE_CPU_OUT")
    if out:
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        Path(f"{out}.{worker}.json").write_text(json.dumps(_ROWS))


def _top(title: str, totals: dict[str, float], top: int) -> None:
    print(f"\n{title}: {sum(totals.values()):.1f} s")
    for where, seconds in sorted(totals.items(), key=lambda kv: -kv[1])[:top]:
        print(f"{seconds:7.2f}  {where}")


def _file(name: str) -> str:
    return name.split("::")[0]


def main(prefix: str, top: int = 30) -> None:
    """Print the total, the costliest tests and the costliest folders and files (CPU),
    then the tests and files blocked longest (wall time beyond CPU and run queue), the
    run queue's total, and each worker's span: where its time went, when it ended."""
    rows: list[tuple[float, str]] = []
    blocked: dict[str, float] = {}
    blocked_files: dict[str, float] = {}
    queued = 0.0
    workers: list[str] = []
    for part in sorted(Path(prefix).parent.glob(Path(prefix).name + ".*.json")):
        got = json.loads(part.read_text())
        cpu = sum(float(row[0]) for row in got)
        for row in got:
            rows.append((float(row[0]), str(row[1])))
            if len(row) > 4:  # wall beyond CPU and the run queue
                waited = float(row[2]) - float(row[0]) - float(row[4])
                blocked[str(row[1])] = waited
                blocked_files[_file(str(row[1]))] = (
                    blocked_files.get(_file(str(row[1])), 0) + waited
                )
                queued += float(row[4])
        if got and len(got[0]) > 3:
            begin = min(float(row[3]) for row in got)
            end = max(float(row[3]) + float(row[2]) for row in got)
            workers.append(f"{part.name}: {len(got)} tests, {cpu:.1f} s CPU, first start "
                           f"to last end {end - begin:.1f} s, ended at {end:.0f}")  # fmt: skip
    rows.sort(reverse=True)
    print(f"{len(rows)} tests, {sum(s for s, _ in rows):.1f} s of CPU inside them")
    for seconds, name in rows[:top]:
        print(f"{seconds:7.2f}  {name}")
    for depth in (2, 3):
        totals: dict[str, float] = {}
        for seconds, name in rows:
            where = "/".join(_file(name).split("/")[:depth])
            totals[where] = totals.get(where, 0.0) + seconds
        _top("CPU by " + ("folder" if depth == 2 else "file"), totals, top)
    if blocked:
        print(f"\nwaiting on the run queue (the machine's load): {queued:.1f} s")
        _top("blocked (wall beyond CPU and run queue) by test", blocked, top)
        _top("blocked by file", blocked_files, top)
    for line in workers:
        print(line)


if __name__ == "__main__":
    main(sys.argv[1], *map(int, sys.argv[2:3]))
