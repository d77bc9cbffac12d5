"""Identifiers and clocks for mergeable records.

Every record has a time-ordered UUID (version 7, RFC 9562) so that rows created on
different laptops never collide and B-tree inserts stay local.  Records that two
inspectors must not create twice (the grading of one case against one criterion,
one judgement for one area) get a deterministic UUIDv5 of their natural key
instead, so that two creations become two versions of one record.

Versions are ordered by a hybrid logical clock (HLC): wall-clock milliseconds plus a
counter, advanced past every clock value seen in a merge.  An edit made after
seeing another therefore always sorts after it, even when laptops' clocks disagree.
"""

from __future__ import annotations

import os
import time
import uuid
from dataclasses import dataclass

# Namespace for natural-key ids.  Never change it: ids derived from it are stored.
FIELDWORK_NS = uuid.UUID("6f1d8c62-4a55-4b8e-9a4e-2f7c1b0d9e31")

_HLC_COUNTER_MAX = 9999


def uuid7(ms: int | None = None) -> str:
    """A UUIDv7 string: 48 bits of Unix milliseconds, then 74 random bits."""
    if ms is None:
        ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= (rand >> 68 & 0xFFF) << 64
    value |= 0b10 << 62
    value |= rand & ((1 << 62) - 1)
    return str(uuid.UUID(int=value))


def natural_id(kind: str, *parts: str) -> str:
    """A deterministic id for a record whose identity is its natural key."""
    return str(uuid.uuid5(FIELDWORK_NS, "|".join((kind, *parts))))


def format_hlc(ms: int, counter: int) -> str:
    """Fixed width, so that text order is clock order."""
    return f"{ms:013d}.{counter:04d}"


def parse_hlc(value: str) -> tuple[int, int]:
    ms, _, counter = value.partition(".")
    return int(ms), int(counter or 0)


def hlc_to_iso(value: str) -> str:
    """The wall-clock part of an HLC as an ISO 8601 UTC timestamp."""
    ms, _ = parse_hlc(value)
    secs, rem = divmod(ms, 1000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(secs)) + f".{rem:03d}Z"


@dataclass
class HybridClock:
    """A hybrid logical clock.  `last` is persisted by the store after each write."""

    last_ms: int = 0
    last_counter: int = 0

    def now(self, wall_ms: int | None = None) -> str:
        if wall_ms is None:
            wall_ms = time.time_ns() // 1_000_000
        if wall_ms > self.last_ms:
            self.last_ms, self.last_counter = wall_ms, 0
        elif self.last_counter >= _HLC_COUNTER_MAX:
            self.last_ms, self.last_counter = self.last_ms + 1, 0
        else:
            self.last_counter += 1
        return format_hlc(self.last_ms, self.last_counter)

    def receive(self, seen: str) -> None:
        """Advance past a clock value read from another replica."""
        ms, counter = parse_hlc(seen)
        if (ms, counter) > (self.last_ms, self.last_counter):
            self.last_ms, self.last_counter = ms, counter

    @property
    def value(self) -> str:
        return format_hlc(self.last_ms, self.last_counter)


def protected_name_id(inspection_id: str, name: str, category: str, case_id: str | None) -> str:
    """The id of a protected name: one record per name, category and case, so that a
    name two cases share is kept in the file of whoever holds either case (an issued
    file holds the names of its own cases only: tester 14, F7, where a name was tied to
    the first case that gave it and every other holder's file lacked it).  A name tied
    to no case (a school, a street) is one record for the inspection."""
    parts = (inspection_id, name.casefold(), category) + ((case_id,) if case_id else ())
    return natural_id("protected_name", *parts)
