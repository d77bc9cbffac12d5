"""The identifiability scanner over a 600-case inspection's evidence, against the floor
of reading every word of the same text once, measured in the same run; and its recall
and false alarms on the hand-written corpora of `tests/export/`.

Cold: `Scanner.from_store` (protected names, the team, areas and framework) and
`Scanner.scan` over every evidence text, child's words, safeguarding note, escalation
note and grading rationale (about 21,000 notes), with everything a scanner remembers
forgotten first (the finds per text and the reading of each word), so each round
scans from nothing but the word lists, which load once per process.  Warm: a second
scanner for the same inspection over the same notes (the next export or refresh in
one session), which reuses the finds of the first.  Floor: `re.findall(r"\w+")` and
`str.lower()` over the same notes.  Best of three, wall clock and CPU time.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.timing import best_of
from demo import write_demo
from exporters.identify import Scanner
from exporters.identify.scanner import forget
from store.store import Store
from tests.export.corpus import PROTECTED_KINDS, corpus_scanner, measure

CASES = 600
RUNS = 3
_WORD = re.compile(r"\w+")


def notes(store: Store) -> list[str]:
    """Every free text of the inspection's evidence and gradings."""
    out: list[str] = []
    for e in store.all_evidence():
        out += [e.text, e.child_words, e.safeguarding, e.escalation_note]
    out += [g.rationale for g in store.all_gradings()]
    return [t for t in out if t]


def _cpu(fn: Callable[[], object]) -> float:
    t = time.process_time()
    fn()
    return time.process_time() - t


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.db"
        write_demo(db, cases=CASES)
        with Store.open(db) as store:
            texts = notes(store)
            t = time.perf_counter()
            Scanner.from_store(store)  # loads the word lists once per process
            first = time.perf_counter() - t

            def cold() -> None:
                forget()
                scanner = Scanner.from_store(store)
                for text in texts:
                    scanner.scan(text)

            def warm() -> None:
                scanner = Scanner.from_store(store)
                for text in texts:
                    scanner.scan(text)

            def floor() -> None:
                for text in texts:
                    _WORD.findall(text.lower())

            ours, base = best_of(cold, RUNS), best_of(floor, RUNS)
            ours_cpu = min(_cpu(cold) for _ in range(RUNS))
            base_cpu = min(_cpu(floor) for _ in range(RUNS))
            again = best_of(warm, RUNS)
    load = os.getloadavg()[0]
    print(f"{len(texts)} notes; word lists loaded in {first:.2f} s (once per process); "
          f"load average {load:.1f}")  # fmt: skip
    print(f"cold scan: {ours:.2f} s wall, {ours_cpu:.2f} s CPU "
          f"({ours_cpu / len(texts) * 1e6:.0f} us CPU a note); floor {base:.2f} s wall, "
          f"{base_cpu:.2f} s CPU; ratio {ours / base:.1f} wall, {ours_cpu / base_cpu:.1f} CPU")  # fmt: skip
    print(f"warm (a second scanner, same inspection): {again:.3f} s")
    rates = measure(corpus_scanner())
    print(rates.table())
    print(f"protected names and variants recall {rates.recall(PROTECTED_KINDS):.3f}")


if __name__ == "__main__":
    main()
