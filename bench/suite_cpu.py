"""A pytest plugin that sums the CPU time of each test, for measuring the suite on a
shared machine (docs/performance.md, "The test suite"): the process's own CPU time plus
that of the child processes it has waited for (a `fieldwork` command, LibreOffice),
over setup, call and teardown.

    SUITE_CPU_OUT=/tmp/run .venv/bin/python -m pytest -q -n 2 -p bench.suite_cpu
    .venv/bin/python -m bench.suite_cpu /tmp/run        # the table, largest first

Each pytest process (each xdist worker) writes `OUT.<worker>.json`: [[CPU seconds, test
id, wall seconds, start]] (start: seconds since the epoch).  A test whose wall time is
far above its CPU time is waiting (a sleep, a lock, a process it does not wait for): on
a quiet machine that is a core left idle.
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

_ROWS: list[tuple[float, str, float, float]] = []


def _cpu() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Generator[None, object, object]:
    """Time one test's setup, call and teardown."""
    start, began = _cpu(), time.time()
    try:
        return (yield)
    finally:
        _ROWS.append((_cpu() - start, item.nodeid, time.time() - began, began))


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Write this process's rows where SUITE_CPU_OUT says."""
    out = os.environ.get("SUITE_CPU_OUT")
    if out:
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        Path(f"{out}.{worker}.json").write_text(json.dumps(_ROWS))


def main(prefix: str, top: int = 30) -> None:
    """Print the total, the costliest tests and the costliest folders and files (CPU),
    then the tests that wait longest (wall time beyond CPU time), where recorded."""
    rows: list[tuple[float, str]] = []
    waits: list[tuple[float, str]] = []
    for part in Path(prefix).parent.glob(Path(prefix).name + ".*.json"):
        for row in json.loads(part.read_text()):
            rows.append((float(row[0]), str(row[1])))
            if len(row) > 2:
                waits.append((float(row[2]) - float(row[0]), str(row[1])))
    rows.sort(reverse=True)
    print(f"{len(rows)} tests, {sum(s for s, _ in rows):.1f} s of CPU inside them")
    for seconds, name in rows[:top]:
        print(f"{seconds:7.2f}  {name}")
    for depth in (2, 3):
        totals: dict[str, float] = {}
        for seconds, name in rows:
            where = "/".join(name.split("::")[0].split("/")[:depth])
            totals[where] = totals.get(where, 0.0) + seconds
        print()
        for where, seconds in sorted(totals.items(), key=lambda kv: -kv[1])[:top]:
            print(f"{seconds:7.2f}  {where}")
    if waits:
        waits.sort(reverse=True)
        print(f"\nwall beyond CPU inside the tests: {sum(w for w, _ in waits):.1f} s")
        for seconds, name in waits[:top]:
            print(f"{seconds:7.2f}  {name}")


if __name__ == "__main__":
    main(sys.argv[1], *map(int, sys.argv[2:3]))
