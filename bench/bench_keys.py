"""Keystroke to frame in the workbench's text boxes, on the 6,000-case demo.

For each box an inspector types into, the time from posting one key to the next
composited frame (`FrameClock`), at a fast typist's rhythm (a key every ~35 ms):

- the evidence editor's criteria box: "children seen alone wishes" (the query that
  froze the editor under Textual's fuzzy matcher), an 80-character sentence, and the
  same keys deleted again;
- the case list's filter: references typed and deleted;
- search: words and a quoted phrase typed and deleted (each pause runs the FTS5 query
  in its thread while typing goes on);
- the evidence text, for comparison with the floor.

The baseline is a bare Textual app with one Input and one TextArea typed the same keys
in the same run.  Reported: p50, p99 and max per box against the 16 ms frame.

Run with `.venv/bin/python bench/bench_keys.py` (or `make bench`); FIELDWORK_BENCH_DIR
keeps the generated demo between runs.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import os
import shutil
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from demo import write_demo  # noqa: E402
from store.store import Store  # noqa: E402

FRAME_MS = 16.0
CRITERIA_QUERIES = [
    "children seen alone wishes",
    "the child was seen alone at school and said she wants to live with her grandmoth",
]
FILTER_QUERIES = ["C-1", "C-12", "C-7", "C-99", "C-3"]
SEARCH_QUERIES = ["guardian court", '"wishes and feelings"', "child seen alone", "safeguard"]
EDITOR_TEXT = "The guardian saw the child at home and at school before the hearing. " * 3


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


# Textual's names for the characters it does not call by themselves (its key names are
# the Unicode names, with these few shortened): kept here rather than importing Textual's
# private `textual.keys._character_to_key`.
_SHORT_NAMES = {"solidus": "slash", "reverse_solidus": "backslash", "commercial_at": "at",
                "hyphen_minus": "minus", "plus_sign": "plus", "low_line": "underscore"}  # fmt: skip


def key_name(character: str) -> str:
    """The key name Textual gives a typed character that is not a letter or digit
    (" " is "space", "," is "comma")."""
    name = unicodedata.name(character).lower().replace("-", "_").replace(" ", "_")
    return _SHORT_NAMES.get(name, name)


class FrameClock:
    """Records when each screen update is composited (a wrapper round Textual's
    `Screen._compositor_refresh`, the one place every frame passes: bench only)."""

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

        assert isinstance(app, App)
        if len(key) == 1:
            name = key if key.isalnum() else key_name(key)
            character: str | None = key
        else:
            name, character = key, None
        seen = len(self.frames)
        self.event = asyncio.Event()  # one per key: each asyncio.run has its own loop
        t = time.perf_counter()
        app.post_message(events.Key(name, character))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.event.wait(), timeout=2.0)
        latency = (self.frames[seen] if len(self.frames) > seen else time.perf_counter()) - t
        await asyncio.sleep(0.03)  # a fast typist: a key every ~35 ms
        return latency * 1000


async def type_and_delete(clock: FrameClock, app: object, queries: list[str]) -> list[float]:
    """Type each query, pause, delete it key by key, pause: every key's latency."""
    latencies: list[float] = []
    for query in queries:
        for k in query:
            latencies.append(await clock.key(app, k))
        await asyncio.sleep(0.2)
        for _ in query:
            latencies.append(await clock.key(app, "backspace"))
        await asyncio.sleep(0.2)
    return latencies


Boxes = dict[str, list[float]]


async def bare(clock: FrameClock) -> Boxes:
    """The floor: a bare app with an Input and a TextArea, the same keys."""
    from textual.app import App, ComposeResult
    from textual.widgets import Input, TextArea

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Input()
            yield TextArea()

    app = Bare()
    out: Boxes = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        out["criteria box"] = await type_and_delete(clock, app, CRITERIA_QUERIES)
        out["case filter"] = await type_and_delete(clock, app, FILTER_QUERIES * 2)
        out["search"] = await type_and_delete(clock, app, SEARCH_QUERIES)
        app.query_one(TextArea).focus()
        await pilot.pause()
        out["evidence text"] = [await clock.key(app, k) for k in EDITOR_TEXT]
    return out


async def ours(clock: FrameClock, db: Path) -> Boxes:
    """The workbench on the demo: the same keys in each box."""
    from textual.pilot import Pilot

    from tui.app import make_app
    from tui.screens.case import CaseScreen
    from tui.screens.case_list import CaseListScreen
    from tui.screens.evidence_editor import EvidenceEditorScreen
    from tui.screens.search import SearchScreen
    from tui.settings import Settings

    async def settle(pilot: Pilot[None]) -> None:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    store = Store.open(db)
    app = make_app(store, Settings(start_screen="cases"))
    out: Boxes = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, CaseListScreen)
        await pilot.press("f")
        out["case filter"] = await type_and_delete(clock, app, FILTER_QUERIES * 2)
        await settle(pilot)
        await pilot.press("escape", "enter")
        await settle(pilot)
        assert isinstance(app.screen, CaseScreen)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, EvidenceEditorScreen)
        out["criteria box"] = await type_and_delete(clock, app, CRITERIA_QUERIES)
        await pilot.press("ctrl+t")
        out["evidence text"] = [await clock.key(app, k) for k in EDITOR_TEXT]
        editor = app.screen
        editor.dismiss(None)  # leave without the unsaved-changes question
        await settle(pilot)
        app.switch_mode("search")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        out["search"] = await type_and_delete(clock, app, SEARCH_QUERIES)
        await settle(pilot)
    store.close()
    return out


def bench_keystrokes(db: Path) -> None:
    """Print p50/p99/max key-to-frame for each box, ours against the bare app."""
    # As the console script does: what the imports created is moved out of the
    # collector's sight, so a full collection does not rescan it mid-keystroke.
    gc.collect()
    gc.freeze()
    clock = FrameClock()
    base = asyncio.run(bare(clock))
    mine = asyncio.run(ours(clock, db))
    for name in ("criteria box", "case filter", "search", "evidence text"):
        o, b = mine[name], base[name]
        print(
            f"keystroke to frame, {name:<14} {len(o):4d} keys   ours p50 "
            f"{percentile(o, 50):5.1f} p99 {percentile(o, 99):5.1f} max {max(o):6.1f} ms   "
            f"bare p50 {percentile(b, 50):5.1f} p99 {percentile(b, 99):5.1f} ms   "
            f"p99 within {FRAME_MS:.0f} ms: {'yes' if percentile(o, 99) <= FRAME_MS else 'NO'}",
            flush=True,
        )


def main() -> None:
    keep = os.environ.get("FIELDWORK_BENCH_DIR")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(keep) if keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        large = demo(folder, 6000)
        scratch = folder / "scratch-keys-6000.db"  # typing leaves drafts: keep the demo
        shutil.copy2(large, scratch)
        try:
            bench_keystrokes(scratch)
        finally:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{scratch}{suffix}").unlink(missing_ok=True)


if __name__ == "__main__":
    main()
