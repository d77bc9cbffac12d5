"""The merge tests' clocks: one fake wall clock for a world of laptops, each laptop's
hybrid clock that fake time plus its own skew, and `machine`, which makes this
computer's clock the fake one and the random bits of new ids a seed's, so that a
history replays byte for byte."""

from __future__ import annotations

import contextlib
import random
from collections.abc import Iterator
from types import SimpleNamespace
from unittest import mock

import store.ids as store_ids
from store.ids import HybridClock
from store.store import Store

BASE_MS = 1_790_000_000_000
"""The world's start (September 2026), a minute after the template's files were made."""


class FakeTime:
    """Shared fake wall clock (ms); each op moves it on a little."""

    def __init__(self, ms: int = BASE_MS) -> None:
        self.ms = ms


@contextlib.contextmanager
def machine(fake: FakeTime, seed: str) -> Iterator[None]:
    """This computer's clock is the world's fake clock (the lead's laptop keeps true
    time), and the random bits of new ids come from `seed`, so that a history replays
    exactly from its hypothesis seed.

    Before, the world's clock started in 2023, behind the clock every file took from the
    real time it was made: every laptop's hybrid clock only counted on from there, so no
    skew (a laptop three days fast) was ever exercised, and which file's versions sorted
    first hung on the real milliseconds the files were issued in, with the ids' random
    bits: a failure seen once (session 15) could not be replayed from its seed."""
    rng = random.Random(seed)
    with (
        mock.patch("time.time_ns", lambda: fake.ms * 1_000_000),
        mock.patch.object(store_ids, "os", SimpleNamespace(urandom=rng.randbytes)),
    ):
        yield


class SkewedClock(HybridClock):
    """A hybrid clock whose wall time is the fake time plus a fixed skew."""

    fake: FakeTime
    skew: int

    def now(self, wall_ms: int | None = None) -> str:
        return super().now(self.fake.ms + self.skew)


def skew_clock(store: Store, fake: FakeTime, skew: int) -> None:
    clock = SkewedClock(store.clock.last_ms, store.clock.last_counter)
    clock.fake = fake
    clock.skew = skew
    store.clock = clock
