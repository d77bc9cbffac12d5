"""TUI benchmarks (issue 3), each against a baseline measured in the same run.
(Start-up, against Harlequin and a bare Textual app, is `bench_startup.py`; keystroke to
frame in each text box is `bench_keys.py`.)

- Full-text search at ~200,000 evidence items: `Store.search` against the same FTS5 SQL
  through a plain sqlite3 connection (best of N).
- Opening Judgements at 6,000 cases: what the screen waits for before it shows the list
  (its judgements, grades and rationales) against what it waited for before the evidence
  balances moved after the list (the list and every balance, one pass over all evidence).

Run with `.venv/bin/python bench/bench_tui.py` or `make bench`.  Set FIELDWORK_BENCH_DIR
to a folder to keep (and reuse) the generated demo databases between runs.
"""

from __future__ import annotations

import compileall
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.timing import best_of  # noqa: E402
from demo import write_demo  # noqa: E402
from store.queries import SEARCH_SQL, fts_query  # noqa: E402
from store.store import Store  # noqa: E402
from tui.screens.judgement_rows import judgement_rows, with_balances  # noqa: E402

SEARCH_ROUNDS = 20


def demo(folder: Path, cases: int) -> Path:
    """The seed-2018 demo with this many cases (reused if already in the folder)."""
    path = folder / f"demo-{cases}-2018.db"
    if not path.exists():
        t = time.perf_counter()
        stats = write_demo(path, cases=cases, seed=2018)
        print(f"  wrote {path.name}: {stats.summary()} in {time.perf_counter() - t:.1f} s")
    return path


def bench_search(db: Path) -> None:
    """`Store.search` against the raw FTS5 query it runs."""
    store = Store.open(db)
    raw = sqlite3.connect(str(db))
    for query in ("child", "guardian court", '"wishes and feelings"', "safeguard"):
        match = fts_query(query)
        ours = best_of(lambda q=query: store.search(q), SEARCH_ROUNDS)  # type: ignore[misc]
        base = best_of(lambda m=match: raw.execute(SEARCH_SQL, (m, 200)).fetchall(), SEARCH_ROUNDS)  # type: ignore[misc]
        hits = len(store.search(query))
        print(
            f"search {query!r:<24} {hits:4d} hits   ours {ours * 1000:7.2f} ms   "
            f"raw FTS5 {base * 1000:7.2f} ms   ratio {ours / base:5.2f}",
            flush=True,
        )
    raw.close()
    store.close()


def bench_judgements(db: Path) -> None:
    """The Judgements screen's wait before its list shows, against the old wait."""
    store = Store.open(db)
    try:
        ours = best_of(lambda: judgement_rows(store), 5)
        base = best_of(lambda: with_balances(judgement_rows(store), store.judgement_balances()), 1)
        print(
            f"judgements open (list shown)   ours {ours * 1000:9.2f} ms   "
            f"before (list + balances) {base * 1000:9.2f} ms   ratio {ours / base:7.4f}",
            flush=True,
        )
    finally:
        store.close()


def compile_sources() -> None:
    """Write our modules' bytecode, as `make run` does: textual, the bare app's only
    code, was compiled when pip installed it, and with PYTHONDONTWRITEBYTECODE set
    (as on this machine) ours would otherwise be compiled again at every start."""
    root = Path(__file__).resolve().parent.parent
    for package in ("store", "tui", "exporters"):
        compileall.compile_dir(root / package, quiet=1)


def main() -> None:
    compile_sources()
    keep = os.environ.get("FIELDWORK_BENCH_DIR")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(keep) if keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        large = demo(folder, 6000)
        bench_judgements(large)
        bench_search(large)


if __name__ == "__main__":
    main()
