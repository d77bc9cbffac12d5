"""A pytest plugin that sums the CPU time of each test, for measuring the suite on a
shared machine (docs/performance.md, "The test suite"): the process's own CPU time plus
that of the child processes it has waited for (a `fieldwork` command, LibreOffice),
over setup, call and teardown.

    SUITE_CPU_OUT=/tmp/run .venv/bin/python -m pytest -q -n 2 -p bench.suite_cpu
    .venv/bin/python -m bench.suite_cpu /tmp/run        # the table, largest first

Each pytest process (each xdist worker, and the controller as `main`) writes
`OUT.<worker>.json`: {"tests": [[CPU seconds, test id, wall seconds, start, run-queue
seconds]], "phases": {phase: [time, own CPU, waited children's CPU]}} (times in seconds since the
epoch; the controller's children are the workers): when the process started, when this plugin
was loaded, collection finished, the session finished and the process exited, so the
time and CPU outside the tests (start-up, collection, the end) can be read too.  A test's
wall time is its CPU time, plus the time its process was ready to run but another had
the core (the run queue: the machine's load, from Linux's /proc/self/task/*/schedstat),
plus the time it was blocked: a sleep, a lock, the disk, a process it waits for.  Only
that last part, "blocked", is a core left idle on a quiet machine; the run queue is
what a loaded machine adds, so "blocked" can be measured on a busy one.
Not a benchmark of `make bench`; nothing in the suite loads it unless asked with `-p`.
"""

from __future__ import annotations

import atexit
import json
import os
import resource
import sys
import time
from collections.abc import Generator
from pathlib import Path

import pytest

_ROWS: list[tuple[float, str, float, float, float]] = []
_PHASES: dict[str, tuple[float, float, float]] = {}


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


def _started() -> float:
    """When this process started (seconds since the epoch; now where /proc is not there)."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        boot = next(
            int(line.split()[1])
            for line in Path("/proc/stat").read_text().splitlines()
            if line.startswith("btime")
        )
    except (OSError, IndexError, ValueError, StopIteration):
        return time.time()
    return boot + ticks / os.sysconf("SC_CLK_TCK")


def _phase(name: str) -> None:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    _PHASES[name] = (time.time(), time.process_time(), children.ru_utime + children.ru_stime)


_PHASES["start"] = (_started(), 0.0, 0.0)
_phase("loaded")


def pytest_collection_finish() -> None:
    _phase("collected")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Generator[None, object, object]:
    """Time one test's setup, call and teardown."""
    start, began, queued = _cpu(), time.time(), _queued()
    try:
        return (yield)
    finally:
        cpu, wall = _cpu() - start, time.time() - began
        _ROWS.append((cpu, item.nodeid, wall, began, _queued() - queued))


def _write() -> None:
    """Write this process's rows and phases where SUITE_CPU_OUT says."""
    out = os.environ.get("SUITE_CPU_OUT")
    if out:
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        data = {"tests": _ROWS, "phases": _PHASES}
        Path(f"{out}.{worker}.json").write_text(json.dumps(data))


def _exit() -> None:
    _phase("exit")
    _write()


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session) -> None:
    _phase("finished")
    _write()
    atexit.register(_exit)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure() -> None:
    """The exit as pytest ends; written again at the interpreter's exit where that runs
    (an xdist worker may leave without it)."""
    _exit()


def _top(title: str, totals: dict[str, float], top: int) -> None:
    print(f"\n{title}: {sum(totals.values()):.1f} s")
    for where, seconds in sorted(totals.items(), key=lambda kv: -kv[1])[:top]:
        print(f"{seconds:7.2f}  {where}")


def _file(name: str) -> str:
    return name.split("::")[0]


def _read(part: Path) -> tuple[list[list[object]], dict[str, list[float]]]:
    """A process's tests and phases (a file written before the phases: its tests only)."""
    got = json.loads(part.read_text())
    if isinstance(got, list):
        return got, {}
    return got["tests"], got["phases"]


def _process(name: str, tests: list[list[object]], phases: dict[str, list[float]]) -> str:
    """One process's line: its tests, their CPU, its span; where phases were written,
    the time and CPU before the first test and after the last, and the whole."""
    cpu = sum(float(str(row[0])) for row in tests)
    line = f"{name}: {len(tests)} tests, {cpu:.1f} s CPU in them"
    if tests and len(tests[0]) > 3:
        begin = min(float(str(row[3])) for row in tests)
        end = max(float(str(row[3])) + float(str(row[2])) for row in tests)
        line += f", first start to last end {end - begin:.1f} s, ended at {end:.0f}"
    if "start" in phases and "exit" in phases:
        start, (stop, own, children) = phases["start"][0], phases["exit"]
        line += f"; process {stop - start:.1f} s, {own:.1f} s CPU"
        if tests:
            line += (
                f" and its children's {children:.1f}, of which {own + children - cpu:.1f} "
                f"outside tests; {begin - start:.1f} s before its first test, "
                f"{stop - end:.1f} s after its last"
            )
    return line


def main(prefix: str, top: int = 30) -> None:
    """Print the total, the costliest tests and the costliest folders and files (CPU),
    then the tests and files blocked longest (wall time beyond CPU and run queue), the
    run queue's total, and each process's span: where its time went, when it ended, and
    (where it wrote its phases) its time and CPU outside the tests."""
    rows: list[tuple[float, str]] = []
    blocked: dict[str, float] = {}
    blocked_files: dict[str, float] = {}
    queued = 0.0
    processes: list[str] = []
    for part in sorted(Path(prefix).parent.glob(Path(prefix).name + ".*.json")):
        tests, phases = _read(part)
        for row in tests:
            cpu, name = float(str(row[0])), str(row[1])
            rows.append((cpu, name))
            if len(row) > 4:  # wall beyond CPU and the run queue
                waited = float(str(row[2])) - cpu - float(str(row[4]))
                blocked[name] = waited
                blocked_files[_file(name)] = blocked_files.get(_file(name), 0) + waited
                queued += float(str(row[4]))
        processes.append(_process(part.name, tests, phases))
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
    print()
    for line in processes:
        print(line)


if __name__ == "__main__":
    main(sys.argv[1], *map(int, sys.argv[2:3]))
