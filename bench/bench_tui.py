"""TUI benchmarks (issue 3), each against a baseline measured in the same run.
(Start-up, against Harlequin and a bare Textual app, is `bench_startup.py`.)

- Keystroke latency in the evidence editor and the case filter on the 6,000-case demo,
  with Pilot: the time `pilot.press(key)` takes to deliver the key and let the app go
  idle (handlers run, layout and refresh scheduled), p50/p99 against the 16 ms frame.
- Full-text search at ~200,000 evidence items: `Store.search` against the same FTS5 SQL
  through a plain sqlite3 connection (best of N).

Run with `.venv/bin/python bench/bench_tui.py` or `make bench`.  Set FIELDWORK_BENCH_DIR
to a folder to keep (and reuse) the generated demo databases between runs.
"""

from __future__ import annotations

import asyncio
import compileall
import contextlib
import gc
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.timing import best_of  # noqa: E402
from store.demo import write_demo  # noqa: E402
from store.queries import SEARCH_SQL, fts_query  # noqa: E402
from store.store import Store  # noqa: E402

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


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


class FrameClock:
    """Records when each screen update is composited (patched `Screen._compositor_refresh`),
    so a keystroke's latency is from posting the key to the next composited frame."""

    def __init__(self) -> None:
        from textual.screen import Screen

        self.frames: list[float] = []
        self.event = asyncio.Event()
        original = Screen._compositor_refresh
        frames = self.frames

        def refresh(screen: Screen[object]) -> None:
            original(screen)
            frames.append(time.perf_counter())
            self.event.set()

        Screen._compositor_refresh = refresh  # type: ignore[method-assign, assignment]

    async def key(self, app: object, key: str) -> float:
        """Post one key and wait for the next frame; milliseconds."""
        from textual import events
        from textual.app import App
        from textual.keys import _character_to_key

        assert isinstance(app, App)
        name = key if key.isalnum() and len(key) == 1 else _character_to_key(key)
        if len(key) > 1:
            name = key
        seen = len(self.frames)
        self.event = asyncio.Event()  # one per key: each asyncio.run has its own loop
        t = time.perf_counter()
        app.post_message(events.Key(name, key if len(key) == 1 else None))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.event.wait(), timeout=2.0)
        latency = (self.frames[seen] if len(self.frames) > seen else time.perf_counter()) - t
        await asyncio.sleep(0.03)  # a fast typist: a key every ~35 ms
        return latency * 1000


def bench_keystrokes(db: Path) -> None:
    """Key-to-frame latency in the editor and the case filter on the 6,000-case demo,
    and the same for a bare app with an Input and a TextArea (the floor)."""
    from textual.app import App, ComposeResult
    from textual.pilot import Pilot
    from textual.widgets import Input, TextArea

    from tui.app import make_app
    from tui.screens.case import CaseScreen
    from tui.screens.case_list import CaseListScreen
    from tui.screens.evidence_editor import EvidenceEditorScreen
    from tui.settings import Settings

    # As the console script does (`tui/entry.py`): what the imports created is moved out
    # of the collector's sight, so a full collection does not rescan it mid-keystroke.
    gc.collect()
    gc.freeze()
    clock = FrameClock()
    text = "The guardian saw the child at home and at school before the hearing. " * 4

    async def settle(pilot: Pilot[None]) -> None:
        for _ in range(3):
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()

    async def type_filter(app: App[None]) -> list[float]:
        """Type references into the focused filter box and delete them again, pausing
        after each word (the same keys and rhythm for both apps); in ours, the debounced
        queries run in their threads in the pauses and while typing goes on."""
        latencies: list[float] = []
        for word in ("C-1", "C-12", "C-7", "C-99", "C-3") * 4:
            for k in word:
                latencies.append(await clock.key(app, k))
            await asyncio.sleep(0.2)
            for _ in word:
                latencies.append(await clock.key(app, "backspace"))
            await asyncio.sleep(0.2)
        return latencies

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Input()
            yield TextArea()

    async def bare() -> tuple[list[float], list[float]]:
        app = Bare()
        editor_ms: list[float] = []
        filter_ms: list[float] = []
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            filter_ms = await type_filter(app)
            app.query_one(TextArea).focus()
            await pilot.pause()
            for k in text:
                editor_ms.append(await clock.key(app, k))
        return editor_ms, filter_ms

    async def ours() -> tuple[list[float], list[float]]:
        store = Store.open(db)
        app = make_app(store, Settings(start_screen="cases"))
        editor_ms: list[float] = []
        filter_ms: list[float] = []
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, CaseListScreen)
            await pilot.press("f")
            filter_ms = await type_filter(app)
            await settle(pilot)
            await pilot.press("escape", "enter")
            await settle(pilot)
            assert isinstance(app.screen, CaseScreen)
            await pilot.press("n")
            await settle(pilot)
            assert isinstance(app.screen, EvidenceEditorScreen)
            await pilot.press("ctrl+t")
            for k in text:  # the 1 s autosave writes drafts meanwhile
                editor_ms.append(await clock.key(app, k))
        store.close()
        return editor_ms, filter_ms

    base = asyncio.run(bare())
    mine = asyncio.run(ours())
    for i, name in enumerate(("evidence editor", "case filter")):
        o, b = mine[i], base[i]
        print(
            f"keystroke to frame, {name:<16} {len(o):4d} keys   ours p50 "
            f"{percentile(o, 50):5.1f} p99 {percentile(o, 99):5.1f} max {max(o):5.1f} ms   "
            f"bare p50 {percentile(b, 50):5.1f} p99 {percentile(b, 99):5.1f} ms   "
            f"p99 within {FRAME_MS:.0f} ms: {'yes' if percentile(o, 99) <= FRAME_MS else 'NO'}",
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
        large = demo(folder, 6000)
        scratch = folder / "scratch-6000.db"  # typing leaves drafts: keep the demo pristine
        shutil.copy2(large, scratch)
        bench_keystrokes(scratch)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{scratch}{suffix}").unlink(missing_ok=True)
        bench_search(large)


if __name__ == "__main__":
    main()
