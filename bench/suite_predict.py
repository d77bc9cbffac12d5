"""The suite's wall time on a quiet machine, predicted from a run measured on a busy one
(docs/performance.md, "The test suite").

    .venv/bin/python -m bench.suite_predict /tmp/run [CORES] [WORKERS ...]

Reads what `bench/suite_cpu.py` wrote for the run (each test's CPU and its blocked
time: wall beyond CPU and the run queue, which a busy machine does not inflate) and
plays the run again on CORES cores (default 2) with each number of workers (default 4),
as pytest-xdist's `worksteal` hands the tests out: the collection's order cut into one
slice a worker, an idle worker taking half the tests left to the worker with the most.
Each test wants a core for its CPU share of its time (CPU / (CPU + blocked)); while
the running tests want more cores than there are, each is slowed alike.  Before the
tests, each worker's start-up and collection (its CPU before its first test, from the
phases) share the cores; after them, the slowest worker's end.  What the model leaves
out: a wait that overlaps another's (two tests waiting on one shared template),
caches two workers on one core evict, and the order within a test.
"""

from __future__ import annotations

import json
import sys
from collections import deque
from pathlib import Path


def _read(prefix: str) -> tuple[dict[str, tuple[float, float]], float, float]:
    """Each test's (CPU, blocked) by id; a worker's mean CPU before its first test and
    after its last (0 where the run wrote no phases)."""
    tests: dict[str, tuple[float, float]] = {}
    before: list[float] = []
    after: list[float] = []
    for part in sorted(Path(prefix).parent.glob(Path(prefix).name + ".gw*.json")):
        got = json.loads(part.read_text())
        rows, phases = (got, {}) if isinstance(got, list) else (got["tests"], got["phases"])
        for cpu, name, wall, _start, queued in rows:
            tests[name] = (cpu, max(0.0, wall - cpu - queued))
        if "collected" in phases and "finished" in phases:
            own = phases["collected"][1] + phases["collected"][2]
            before.append(own)
            inside = sum(float(row[0]) for row in rows)
            end = phases.get("exit", phases["finished"])
            after.append(max(0.0, end[1] + end[2] - own - inside))
    return tests, _mean(before), _mean(after)


def _mean(xs: list[float]) -> float:
    return sum(xs) / len(xs) if xs else 0.0


class _Worksteal:
    """pytest-xdist's worksteal: a slice of the order each, then half of the longest
    queue left to whoever runs out (never its last two)."""

    def __init__(self, order: list[str], workers: int) -> None:
        k = len(order)
        self.queues = [deque(order[i * k // workers : (i + 1) * k // workers])
                       for i in range(workers)]  # fmt: skip

    def next(self, worker: int) -> str | None:
        mine = self.queues[worker]
        if not mine:
            victim = max(self.queues, key=len)
            steal = min(len(victim) // 2, max(0, len(victim) - 2))
            stolen = [victim.pop() for _ in range(steal)]
            mine.extend(reversed(stolen))
        return mine.popleft() if mine else None


def simulate(tests: dict[str, tuple[float, float]], order: list[str], cores: float,
             workers: int) -> tuple[float, float]:  # fmt: skip
    """Seconds from the first test to the last end, and core-seconds left idle."""
    plan = _Worksteal(order, workers)
    left = [0.0] * workers  # unslowed seconds left of each worker's test
    share = [0.0] * workers  # its CPU share; 0 once the worker has nothing left
    now = idle = 0.0
    done = [False] * workers
    while True:
        for w in range(workers):
            while left[w] <= 1e-12 and not done[w]:
                name = plan.next(w)
                if name is None:
                    done[w], share[w] = True, 0.0
                    break
                cpu, blocked = tests.get(name, (0.0, 0.0))
                left[w] = cpu + blocked
                share[w] = cpu / left[w] if left[w] > 0 else 0.0
        running = [w for w in range(workers) if not done[w]]
        if not running:
            return now, idle
        want = sum(share[w] for w in running)
        speed = min(1.0, cores / want) if want > 0 else 1.0
        step = min(left[w] for w in running) / speed
        idle += max(0.0, cores - want) * step
        now += step
        for w in running:
            left[w] -= step * speed


def main(prefix: str, cores: float = 2.0, *workers: int) -> None:
    tests, before, after = _read(prefix)
    order = _order(tests)
    cpu = sum(c for c, _ in tests.values())
    print(f"{len(tests)} tests, {cpu:.1f} CPU-s in them; a worker's start-up and collection "
          f"{before:.1f} CPU-s, its end {after:.1f} CPU-s; on {cores:g} cores")  # fmt: skip
    for n in workers or (4,):
        span, idle = simulate(tests, order, cores, n)
        start = before * n / min(cores, n)
        print(
            f"{n} workers: start-up {start:.1f} s + tests {span:.1f} s (cores idle "
            f"{idle:.1f} core-s) + end {after:.1f} s = {start + span + after:.1f} s wall"
        )


def _order(tests: dict[str, tuple[float, float]]) -> list[str]:
    """The collection's order (`pytest --collect-only -q`), which the run's ids follow
    where pytest is at hand; else the ids sorted (the long tests first is lost)."""
    import subprocess

    got = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q"],
                         capture_output=True, text=True, check=False).stdout  # fmt: skip
    order = [line.strip() for line in got.splitlines() if "::" in line]
    order = [t for t in order if t in tests]
    return order + sorted(set(tests) - set(order))


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]) if sys.argv[2:] else 2.0, *map(int, sys.argv[3:]))
