"""Judgements opened straight after launch, at 6,000 cases (issue 17).

The lead starts Fieldwork (Home begins reading its summary, a few seconds of work at
6,000 cases) and at once opens Judgements.  Measured headless, from opening the screen
to its first rows on screen:

- *right after launch*: the screen is opened as soon as the app has drawn its first
  frame, while Home's reads are in flight;
- *baseline*: the same, in an app whose Home has finished reading (nothing else runs).

The ratio is the cost of arriving while Home reads: about 1 means the judgements wait
for nothing.  Before the reads had their own connections, Home's summary held the
store's lock and the first rows waited for all of it.  Wall times are printed too, and
whether Home had finished before the rows came (it should not have had to).

Run with `.venv/bin/python bench/bench_launch_judgements.py` or `make bench`.  Set
FIELDWORK_BENCH_DIR to keep (and reuse) the generated demo database between runs.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_tui import demo  # noqa: E402

ROUNDS = 3


async def first_rows(db: Path, *, settled: bool) -> tuple[float, bool]:
    """Seconds from opening Judgements to its first rows on screen, and whether Home's
    summary had been shown by then."""
    from textual.widgets import DataTable, Static

    from store.store import Store
    from tui.app import make_app
    from tui.screens.judgements import JudgementsScreen
    from tui.settings import Settings

    store = Store.open(db)
    app = make_app(store, Settings(start_screen="home"))
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            home = app.screen
            if settled:
                await app.workers.wait_for_complete()
                await pilot.pause()
            t = time.perf_counter()
            screen = JudgementsScreen()
            app.push_screen(screen)
            table = None
            while table is None or not table.row_count:
                await pilot.pause(0.01)
                if screen.is_mounted:
                    table = screen.query_one("#judgements-table", DataTable)
            took = time.perf_counter() - t
            who = str(home.query_one("#home-who", Static).render())
            await app.workers.wait_for_complete()
            return took, not who.startswith("Loading")
    finally:
        store.close()


def main() -> None:
    keep = os.environ.get("FIELDWORK_BENCH_DIR")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(keep) if keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        db = demo(folder, 6000)
        launch: list[float] = []
        quiet: list[float] = []
        home_first = 0
        for _ in range(ROUNDS):
            took, home_done = asyncio.run(first_rows(db, settled=False))
            launch.append(took)
            home_first += home_done
            quiet.append(asyncio.run(first_rows(db, settled=True))[0])
        best_launch, best_quiet = min(launch), min(quiet)
        print(
            f"judgements first rows, 6,000 cases   right after launch {best_launch * 1000:7.0f} ms"
            f" (worst {max(launch) * 1000:.0f})   Home settled {best_quiet * 1000:7.0f} ms"
            f" (worst {max(quiet) * 1000:.0f})   ratio {best_launch / best_quiet:5.2f}"
            f"   Home's summary shown first in {home_first} of {ROUNDS}",
            flush=True,
        )


if __name__ == "__main__":
    main()
