"""SVG snapshots of the lead's conflict and merge views, from the small fixed inspection
(`tests/fixtures/snapshot/`): Colin and Nadia each take the master, change the same note
(hand-written words), and the lead merges both files.

The inspection is built here with a fixed clock and fixed ids, so the pictures are the
same from run to run: the times shown come from the clock, and which side the record
shows until the lead decides (the provisional side, "Shown for now") is chosen by a
hash of each side's content, which holds the note's case id.  With random ids that
choice fell either way between runs (for a user it does not change: the same file always
shows the same side).
"""

from __future__ import annotations

import itertools
import random
import shutil
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
from tests.conftest import shared_template
from tests.fixtures.handwritten import SNAPSHOT, build
from tests.tui.helpers import run_palette_command, screen_text, settle, top
from tui.app import make_app
from tui.screens.conflicts import ConflictsScreen
from tui.screens.merge_log import MergeLogScreen
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


def _build_team_master(path: Path) -> None:
    """The snapshot inspection at `path`, built with fixed ids and clock, after merging
    two conflicting edits of one note (the team's files beside it, in `path`'s folder)."""
    tick = itertools.count()
    folder = path.parent / f"{path.name}.team"
    folder.mkdir()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(time, "time_ns", lambda: FIXED_NS + next(tick) * 1_000_000_000)
        mp.setattr(store_ids, "os", _FixedRandom(2018))
        build(path, SNAPSHOT)
        with Store.open(path) as m:
            people = {p.name: p.id for p in m.inspectors()}
            files = {n: m.issue(folder / f"{n.split()[0].lower()}.db", people[n]) for n in EDITS}
        for name, (added, polarity) in EDITS.items():
            with Store.open(files[name]) as s:
                first = min(s.case_rows(CaseFilter(), 0, 1000), key=lambda r: r.ref)
                note = min(s.evidence_for_case(first.id), key=lambda e: e.text)
                kept = {k: getattr(note, k) for k in Evidence.model_fields}  # the child's words too
                kept.update(text=note.text + added, polarity=polarity)
                s.put_evidence(Evidence.model_validate(kept), note.id)
        with Store.open(path) as m:
            for name in EDITS:
                m.merge_from(files[name])
    with sqlite3.connect(path) as conn:  # the merge log's own times, fixed too
        conn.execute("UPDATE merge_log SET at = '2035-01-01T00:05:00Z'")
    conn.close()


@pytest.fixture(scope="module")
def _team_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The merged master, built once per test run (its build is fixed, so every copy is
    the same file)."""
    return shared_template(tmp_path_factory, "team_master.db", _build_team_master)


@pytest.fixture
def team_master(_team_template: Path, tmp_path: Path) -> Iterator[Store]:
    """A private copy of the merged master."""
    path = tmp_path / "snapshot.db"
    shutil.copy2(_team_template, path)
    store = Store.open(path)
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


async def _both_in_form(pilot: Pilot[Any]) -> None:
    """The form (e), its text field focused, both texts kept in it (Ctrl+B)."""
    await pilot.press("e")
    await settle(pilot)
    pilot.app.screen.query_one("#cf-text").focus()
    await pilot.press("ctrl+b")
    await settle(pilot)


def _form_both(*keys: str) -> Steps:
    async def run(pilot: Pilot[Any]) -> None:
        await _palette("Conflicts")(pilot)
        await _both_in_form(pilot)
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
    "conflict_confirm": _form_both("ctrl+s"),
    "merge_log": _palette("Merge log"),
    "merge_changes": _palette("Merge log", "enter"),
}
CASES = [(v, WIDE) for v in VIEWS]
"""At 120x40 only: 80x24 is pictured for three screens (tests/tui/test_snapshots.py,
#18).  What the lead must read at 80x24 is asserted below, in words, and in
tests/tui/test_conflict_labels.py (the list and the question) and
tests/tui/test_conflicts_terminal.py (both sides whole, in a real terminal)."""


@pytest.mark.parametrize(("view", "size"), CASES, ids=[f"{v}-{w}x{h}" for v, (w, h) in CASES])
def test_view(snap_compare: Any, team_master: Store, view: str, size: tuple[int, int]) -> None:
    app = make_app(team_master, Settings())
    assert snap_compare(app, terminal_size=size, run_before=VIEWS[view])


_FRAME = str.maketrans("█│", "  ")
"""A dialog's and a pane's side borders, which stand between the words of a line."""


def _lines(pilot: Pilot[Any]) -> list[str]:
    """The screen's lines, none wider than the terminal, spaces and borders collapsed."""
    lines = screen_text(pilot.app).splitlines()
    assert all(len(line) <= NARROW[0] for line in lines)
    return [" ".join(line.translate(_FRAME).split()) for line in lines]


@pytest.mark.asyncio
async def test_the_lead_s_views_read_whole_at_80x24(team_master: Store) -> None:
    """The six views pictured above, at 80x24 (what the 80x24 pictures showed): each
    view's words on screen, not cut at the right, and its keys in view.  Both screens are
    opened from the command palette (what test_lead_palette.py asked of it before)."""
    app = make_app(team_master, Settings())
    async with app.run_test(size=NARROW) as pilot:
        await VIEWS["merge_log"](pilot)
        assert isinstance(top(app), MergeLogScreen)
        shown = _lines(pilot)
        assert "2 merges, newest first; Enter opens one to what it changed." in shown
        header = next(line for line in shown if line.startswith("When "))
        assert header.split() == ["When", "By", "File", "Versions", "New", "Changed", "Deleted"]
        for name in ("nadia.db", "colin.db"):
            assert f"2035-01-01 00:05:00 Frances Adeyemi {name} 1 0 1 0" in shown
        assert any("? Help" in line for line in shown)
        await pilot.press("enter")  # the newest merge: what it changed
        await settle(pilot)
        text = " ".join(_lines(pilot))
        assert ("nadia.db by Frances Adeyemi, 2035-01-01 00:05: 0 records added, 1 changed, "
                "0 deleted, 1 new conflict.") in text  # fmt: skip
        assert "New conflict Evidence on case A-101: Child cle…" in text
        assert "1 record; Enter on a new conflict settles it." in text
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert not isinstance(top(app), MergeLogScreen)
        await VIEWS["conflicts"](pilot)
        assert isinstance(top(app), ConflictsScreen)
        text = " ".join(_lines(pilot))
        assert "2 Evidence on case A-101: Child clear that her views went in the report." in text
        assert "Field 1: Colin Marsh 2: Nadia Rahman" in text
        for words in ("went in the report. Colin:", "went in the report. Nadia:"):  # side by side
            assert words in text
        assert "the school." in text and "recorded." in text
        assert (
            "← → choose a side · Enter keep it (or 1-4: that side) · e edit · b keep both" in text
        )
        await pilot.press("e")  # the form, prefilled from one side
        await settle(pilot)
        text = " ".join(_lines(pilot))
        assert "Settle: Evidence on case A-101: Child clear that her views went in the" in text
        assert "Colin Marsh: Strength · Nadia Rahman: Area for development" in text
        assert "Ctrl+S keep (asks first) · Ctrl+B keep both texts · F7 selects a text whole" in text
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("b")  # keep both: each side as written, as two notes, asked first
        await settle(pilot)
        text = " ".join(_lines(pilot))
        assert "Keep both versions of Evidence on case A-101" in text
        assert "Colin Marsh's and Nadia Rahman's versions each stay as written" in text
        assert "Nothing is added to either text." in text
        await pilot.press("escape")
        await settle(pilot)
        await _both_in_form(pilot)  # both texts in the form: nothing added to them
        text = " ".join(_lines(pilot))
        for words in ("Colin: the plan", "Nadia: the"):
            assert words in text
        assert "[Colin Marsh" not in text and "[Nadia Rahman" not in text
        assert "Ctrl+S keep (asks first)" in text
        await pilot.press("ctrl+s")  # the question names whose versions it supersedes
        await settle(pilot)
        text = " ".join(_lines(pilot))
        assert "Keep this version of Evidence on case A-101" in text
        # Both texts kept whole: nobody's words are superseded (the question named both
        # versions as superseded).  The form opens on the side shown for now, Nadia's,
        # whose finding is the only change to it (Colin's is as before the sides
        # parted): keeping it supersedes nothing anyone changed.
        assert "It keeps every change each side made" in text
        assert "It supersedes" not in text and "What was read" not in text
        assert "Keep it Back to the form" in text
