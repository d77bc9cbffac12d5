"""TUI benchmarks (issue 3), each against a baseline measured in the same run.

- Start-up to an interactive case list (first page on screen), in a fresh process,
  through the `fieldwork DB` command with the settings file saying to start on the case
  list, against a bare Textual app with a header, one static and a footer (median of
  N).  Both run Textual's headless driver; our bytecode is compiled first.
- Peak memory (max RSS) of those same processes.
- (Keystroke latency is in `bench/bench_keys.py`.)
- Full-text search at ~200,000 evidence items: `Store.search` against the same FTS5 SQL
  through a plain sqlite3 connection (best of N).

Run with `.venv/bin/python bench/bench_tui.py` or `make bench`.  Set FIELDWORK_BENCH_DIR
to a folder to keep (and reuse) the generated demo databases between runs.
"""

from __future__ import annotations

import compileall
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.timing import best_of  # noqa: E402
from store.demo import write_demo  # noqa: E402
from store.queries import SEARCH_SQL, fts_query  # noqa: E402
from store.store import Store  # noqa: E402

CHILD = Path(__file__).with_name("tui_startup_child.py")
STARTS = 7
SEARCH_ROUNDS = 20
FRAME_MS = 16.0


def demo(folder: Path, cases: int) -> Path:
    """The seed-2018 demo with this many cases (reused if already in the folder)."""
    path = folder / f"demo-{cases}-2018.db"
    if not path.exists():
        t = time.perf_counter()
        stats = write_demo(path, cases=cases, seed=2018)
        print(f"  wrote {path.name}: {stats.summary()} in {time.perf_counter() - t:.1f} s")
    return path


HEADLESS = "textual.drivers.headless_driver:HeadlessDriver"


def start(args: list[str], settings: Path) -> tuple[float, float, int]:
    """One child process: seconds from spawn to its first screen being interactive and
    to its exit, and its peak RSS (KiB)."""
    t = time.monotonic()  # the child reports on the same system-wide clock
    out = subprocess.run(
        [sys.executable, str(CHILD), *args],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "FIELDWORK_CONFIG_FILE": str(settings), "TEXTUAL_DRIVER": HEADLESS},
    ).stdout
    exited = time.monotonic() - t
    interactive, _, peak = out.split()[-3:]
    return float(interactive) - t, exited, int(peak)


def bench_startup(db: Path, label: str) -> None:
    """Median start-up and peak memory, ours against the bare app, interleaved; and the
    floor the design card sets: the bare app after importing pydantic."""
    runs: dict[str, list[tuple[float, float, int]]] = {"bare": [], "floor": [], "ours": []}
    settings = db.with_name("bench-settings.toml")  # the inspector's settings file
    settings.write_text('start_screen = "cases"\n', encoding="utf-8")
    start(["bare"], settings)  # warm the file cache
    start(["bare-pydantic"], settings)
    start(["ours", str(db)], settings)
    for _ in range(STARTS):
        runs["bare"].append(start(["bare"], settings))
        runs["floor"].append(start(["bare-pydantic"], settings))
        runs["ours"].append(start(["ours", str(db)], settings))

    def median(who: str, i: int) -> float:
        return statistics.median(run[i] for run in runs[who])

    for i, what in ((0, "start-up to case list"), (1, "start-up to exit")):
        o, b = median("ours", i), median("bare", i)
        print(
            f"{what + ',':<22} {label:<14} ours {o * 1000:7.0f} ms   bare {b * 1000:7.0f} ms"
            f"   ratio {o / b:5.2f}",
            flush=True,
        )
    f, b = median("floor", 0), median("bare", 0)
    print(
        f"  floor: bare app + pydantic import  {f * 1000:7.0f} ms   bare {b * 1000:7.0f} ms"
        f"   ratio {f / b:5.2f}",
        flush=True,
    )
    om, bm = median("ours", 2), median("bare", 2)
    print(
        f"peak memory, {label:<23} ours {om / 1024:7.1f} MiB  bare {bm / 1024:7.1f} MiB"
        f"  ratio {om / bm:5.2f}",
        flush=True,
    )


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
        small, large = demo(folder, 600), demo(folder, 6000)
        bench_startup(small, "600 cases")
        bench_startup(large, "6,000 cases")
        bench_search(large)


if __name__ == "__main__":
    main()
