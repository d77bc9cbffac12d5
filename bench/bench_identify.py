"""The identifiability scanner over a 600-case inspection's evidence, against the floor
of reading every word of the same text once, measured in the same run; and its recall
and false alarms on the hand-written corpora of `tests/export/`.

Ours: `Scanner.from_store` (word lists, protected names, the team, areas and framework)
and `Scanner.scan` over every evidence text, child's words, safeguarding note,
escalation note and grading rationale (about 21,000 notes), with a fresh scanner each
round so that nothing is remembered between rounds.  Floor: `re.findall(r"\\w+")` and
`str.lower()` over the same notes.  Best of three.
"""

from __future__ import annotations

import re
import tempfile
import time
from pathlib import Path

from bench.timing import best_of
from demo import write_demo
from exporters.identify import Scanner
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


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.db"
        write_demo(db, cases=CASES)
        with Store.open(db) as store:
            texts = notes(store)
            t = time.perf_counter()
            Scanner.from_store(store)  # loads the word lists once per process
            first = time.perf_counter() - t
            build = best_of(lambda: Scanner.from_store(store), RUNS)
            scanner = Scanner.from_store(store)

            def scan_all() -> None:
                scanner._memo.clear()
                for text in texts:
                    scanner.scan(text)

            ours = best_of(scan_all, RUNS)
            floor = best_of(lambda: [_WORD.findall(t.lower()) for t in texts], RUNS)
    print(f"{len(texts)} notes; word lists loaded in {first:.2f} s (once per process); "
          f"scanner built in {build:.3f} s")  # fmt: skip
    print(f"scan: {ours:.2f} s ({ours / len(texts) * 1e6:.0f} us a note); floor "
          f"{floor:.2f} s; ratio {ours / floor:.1f}")  # fmt: skip
    rates = measure(corpus_scanner())
    print(rates.table())
    print(f"protected names and variants recall {rates.recall(PROTECTED_KINDS):.3f}")


if __name__ == "__main__":
    main()
