"""SVG snapshots of the lead's conflict and merge views, from the small fixed inspection
(`tests/fixtures/snapshot/`): Colin and Nadia each take the master, change the same note
(hand-written words), and the lead merges both files.

The inspection is built here with a fixed clock and fixed ids, so the pictures are the
same from run to run: the times shown come from the clock, and which side the record
shows until the lead decides (the provisional side, marked "shown now") is chosen by a
hash of each side's content, which holds the note's case id.  With random ids that
choice fell either way between runs (for a user it does not change: the same file always
shows the same side).
"""

from __future__ import annotations

import itertools
import random
import sqlite3
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from store import ids as store_ids
from store.models import CaseFilter, Evidence
from store.store import Store
from tests.fixtures.handwritten import SNAPSHOT, build
from tests.tui.helpers import run_palette_command, settle
from tui.app import make_app
from tui.settings import Settings

WIDE = (120, 40)
NARROW = (80, 24)
FIXED_NS = 2_051_222_400_000_000_000  # 2035-01-01 00:00 UTC, after any real build time
EDITS = {
    "Colin Marsh": (" Colin: the plan was shared with the school.", "strength"),
    "Nadia Rahman": (" Nadia: the child's view is not recorded.", "development"),
}


@pytest.fixture(autouse=True)
def _no_cursor_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Input, "cursor_blink", False)
    monkeypatch.setattr(TextArea, "cursor_blink", False)


class _FixedRandom:
    """`os` as `store/ids.py` sees it, with the random bits of new ids from a seeded
    generator: the same ids in the same order on every run."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)

    def urandom(self, n: int) -> bytes:
        return self._rng.randbytes(n)


@pytest.fixture
def team_master(tmp_path: Path) -> Iterator[Store]:
    """The snapshot inspection, built with fixed ids and clock, after merging two
    conflicting edits of one note."""
    tick = itertools.count()
    snapshot_db = tmp_path / "snapshot.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(time, "time_ns", lambda: FIXED_NS + next(tick) * 1_000_000_000)
        mp.setattr(store_ids, "os", _FixedRandom(2018))
        build(snapshot_db, SNAPSHOT)
        with Store.open(snapshot_db) as m:
            people = {p.name: p.id for p in m.inspectors()}
            files = {n: m.issue(tmp_path / f"{n.split()[0].lower()}.db", people[n]) for n in EDITS}
        for name, (added, polarity) in EDITS.items():
            with Store.open(files[name]) as s:
                first = min(s.case_rows(CaseFilter(), 0, 1000), key=lambda r: r.ref)
                note = min(s.evidence_for_case(first.id), key=lambda e: e.text)
                kept = {k: getattr(note, k) for k in Evidence.model_fields}  # the child's words too
                kept.update(text=note.text + added, polarity=polarity)
                s.put_evidence(Evidence.model_validate(kept), note.id)
        with Store.open(snapshot_db) as m:
            for name in EDITS:
                m.merge_from(files[name])
    with sqlite3.connect(snapshot_db) as conn:  # the merge log's own times, fixed too
        conn.execute("UPDATE merge_log SET at = '2035-01-01T00:05:00Z'")
    conn.close()
    store = Store.open(snapshot_db)
    yield store
    store.close()


Steps = Callable[[Pilot[Any]], Awaitable[None]]


def _palette(title: str, *keys: str) -> Steps:
    async def run(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await run_palette_command(pilot, title)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        pilot.app.clear_notifications()
        await pilot.pause()

    return run


VIEWS: dict[str, Steps] = {
    "conflicts": _palette("Conflicts"),
    "conflict_form": _palette("Conflicts", "e"),
    "conflict_keep_both": _palette("Conflicts", "b"),
    "conflict_confirm": _palette("Conflicts", "b", "ctrl+s"),
    "merge_log": _palette("Merge log"),
    "merge_changes": _palette("Merge log", "enter"),
}
CASES = [(v, s) for v in VIEWS for s in (WIDE, NARROW)]


@pytest.mark.parametrize(("view", "size"), CASES, ids=[f"{v}-{w}x{h}" for v, (w, h) in CASES])
def test_view(snap_compare: Any, team_master: Store, view: str, size: tuple[int, int]) -> None:
    app = make_app(team_master, Settings())
    assert snap_compare(app, terminal_size=size, run_before=VIEWS[view])
