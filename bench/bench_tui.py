"""TUI benchmarks (issue 3), each against a baseline measured in the same run.
(Start-up, against Harlequin and a bare Textual app, is `bench_startup.py`; keystroke to
frame in each text box is `bench_keys.py`.)

- Full-text search at ~200,000 evidence items: `Store.search` against the same FTS5 SQL
  through a plain sqlite3 connection (best of N).
- Judgements at 6,000 cases: the list's read (its judgements, grades and rationales), and
  the evidence balances beside them (`Store.judgement_balances`, the grouped read of
  `store/balances.py`) against the read they replaced (`bench/balances_before.py`), in
  CPU time; then the screen itself, headless: from opening it to its list on screen
  (first paint) and to its balances filled in.

Run with `.venv/bin/python bench/bench_tui.py` or `make bench`.  Set FIELDWORK_BENCH_DIR
to a folder to keep (and reuse) the generated demo databases between runs.
"""

from __future__ import annotations

import asyncio
import compileall
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.balances_before import balances_before  # noqa: E402
from bench.timing import best_of, cpu_best_of  # noqa: E402
from demo import write_demo  # noqa: E402
from store.queries import SEARCH_SQL, fts_query  # noqa: E402
from store.store import Store  # noqa: E402
from tui.screens.judgement_rows import judgement_rows  # noqa: E402

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
    """The Judgements screen's reads: the list, and the balances now against before."""
    store = Store.open(db)
    try:
        listed = best_of(lambda: judgement_rows(store), 5)
        now_cpu, now_wall = cpu_best_of(store.judgement_balances, 3)
        before_cpu, before_wall = cpu_best_of(lambda: balances_before(store), 1)
        same = {(b.judgement_id, b.area_code): b for b in store.judgement_balances()} == {
            (b.judgement_id, b.area_code): b for b in balances_before(store)
        }
        print(
            f"judgements list read           {listed * 1000:9.2f} ms\n"
            f"judgement balances, CPU        now {now_cpu:6.2f} s   before {before_cpu:6.2f} s"
            f"   ratio {now_cpu / before_cpu:5.2f}   (wall {now_wall:.2f} s, {before_wall:.2f} s;"
            f" same numbers: {same})",
            flush=True,
        )
    finally:
        store.close()
    first, first_cpu, filled, filled_cpu = asyncio.run(open_screen(db))
    print(
        f"judgements screen, headless    list on screen {first * 1000:7.1f} ms"
        f" (CPU {first_cpu * 1000:6.1f} ms)   balances filled {filled * 1000:7.1f} ms"
        f" (CPU {filled_cpu * 1000:6.1f} ms)",
        flush=True,
    )


async def open_screen(db: Path) -> tuple[float, float, float, float]:
    """Open the Judgements screen in a headless app: seconds until its list is on
    screen (wall, CPU of the process), and until its balances are filled in (same)."""
    from textual.widgets import DataTable

    from tui.app import make_app
    from tui.screens.judgements import JudgementsScreen
    from tui.settings import Settings

    store = Store.open(db)
    app = make_app(store, Settings(start_screen="home"))
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause(0.5)
            await app.workers.wait_for_complete()
            t, c = time.perf_counter(), time.process_time()
            screen = JudgementsScreen()
            app.push_screen(screen)
            first = filled = first_cpu = filled_cpu = 0.0
            while not filled:
                await pilot.pause(0.02)
                table = screen.query_one("#judgements-table", DataTable)
                if not first and table.row_count:
                    await pilot.pause()
                    first, first_cpu = time.perf_counter() - t, time.process_time() - c
                if screen.balances is not None:
                    filled, filled_cpu = time.perf_counter() - t, time.process_time() - c
            return first, first_cpu, filled, filled_cpu
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
