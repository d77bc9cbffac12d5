"""What the benchmarks share: the best of several runs."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_of(fn: Callable[[], object], rounds: int) -> float:
    """The fastest of `rounds` runs of `fn`, in seconds."""
    best = float("inf")
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def cpu_best_of(fn: Callable[[], object], rounds: int) -> tuple[float, float]:
    """The least CPU time (`time.process_time`, which load on a shared machine stretches
    far less than the wall clock) of `rounds` runs of `fn`, and the least wall time."""
    cpu = wall = float("inf")
    for _ in range(rounds):
        t, w = time.process_time(), time.perf_counter()
        fn()
        cpu = min(cpu, time.process_time() - t)
        wall = min(wall, time.perf_counter() - w)
    return cpu, wall
