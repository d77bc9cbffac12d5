"""Helpers shared by the Pilot tests."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from textual import events
from textual.app import App
from textual.geometry import Region
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import DataTable, Static
from textual.worker import WorkerCancelled

from store.models import POLARITY_LABELS
from tui.app import FieldworkApp
from tui.modals.note_view import NoteView
from tui.screens.case import CaseScreen
from tui.screens.case_list import CaseListScreen
from tui.screens.evidence_editor import EvidenceEditorScreen
from tui.widgets.row_table import RowTable


def busy(app: App[Any]) -> bool:
    """Whether the app has work under way: a worker not finished, or a message waiting
    in the queue of the app or of any widget of a screen on its stack (public API:
    `App.workers`, `App.screen_stack`, `MessagePump.message_queue_size`)."""
    if any(not worker.is_finished for worker in app.workers):
        return True
    nodes: list[Any] = [app]
    for screen in app.screen_stack:
        nodes.extend(screen.walk_children(with_self=True))
    return any(node.message_queue_size for node in nodes)


ROUNDS = 40
"""Rounds of `settle` before it falls back on Textual's idle wait (a chain of messages
that long has not been seen; a screen that opens takes three to six)."""


async def settle(pilot: Pilot[Any]) -> None:
    """Let workers finish and every message they and the keys before set off be handled,
    waiting for the events themselves, not sleeping.

    Each round waits for the workers, then for every queue of the screen to reach a
    callback posted at its end (`pilot.pause(0)`: Textual's own wait for the screen,
    without its 20 ms sleeps until the process's CPU is idle), and ends when nothing is
    waiting anywhere (`busy`).  A handled message may post others or start another
    worker (a screen that loads in two steps), so the rounds go on until then.  A worker
    cancelled because its screen closed is done, not an error (on a busy machine the
    editor's identifiability scan can still be running when Ctrl+S closes the editor).
    """
    for _ in range(ROUNDS):
        with contextlib.suppress(WorkerCancelled):  # its screen closed: nothing to wait for
            await pilot.app.workers.wait_for_complete()
        await pilot.pause(0)
        if not busy(pilot.app):
            return
    await pilot.pause()


async def paste(pilot: Pilot[Any], text: str) -> None:
    """Paste `text` into the focused widget, as a terminal's bracketed paste does.

    For tests where typing is not what is tested: one event instead of a key per
    character (Textual's `events.Paste`, public API)."""
    pilot.app.post_message(events.Paste(text))
    await pilot.pause()


async def case_list(pilot: Pilot[Any]) -> tuple[CaseListScreen, RowTable]:
    """The case list the app started on, once settled: the screen and its table."""
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, CaseListScreen)
    return screen, screen.query_one(RowTable)


def table_rows(table: DataTable[Any] | RowTable) -> list[list[str]]:
    """Every row of a table as text."""
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


async def open_case(pilot: Pilot[Any], ref: str | None = None) -> CaseScreen:
    """From anywhere: the case list, filtered on `ref`, then Enter (the filter's Enter
    opens the case when `ref` matches only it; else Enter in the list)."""
    await pilot.press("c")
    await settle(pilot)
    if ref:
        await pilot.press("f")
        await paste(pilot, ref)
        await pilot.press("enter")  # one case matches: this opens it
        await settle(pilot)
    if not isinstance(pilot.app.screen, CaseScreen):
        await pilot.press("enter")
        await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, CaseScreen)
    return screen


async def choose_finding(pilot: Pilot[Any], finding: str = "neutral") -> None:
    """In an open editor: Ctrl+F, then the finding chosen from its list with the keys
    (none is chosen yet: the list opens on "Not chosen yet", above Strength)."""
    await pilot.press("ctrl+f")
    await pilot.pause()
    await pilot.press(*["down"] * (list(POLARITY_LABELS).index(finding) + 1), "enter")


async def write_evidence(
    pilot: Pilot[Any], criterion: str, text: str, finding: str = "neutral"
) -> EvidenceEditorScreen:
    """In an open editor: pick a criterion by search, choose the finding, type the text
    (source as it is)."""
    editor = pilot.app.screen
    assert isinstance(editor, EvidenceEditorScreen)
    await paste(pilot, criterion)
    await pilot.press("enter")
    await choose_finding(pilot, finding)
    await pilot.press("ctrl+t")
    await paste(pilot, text)
    return editor


async def new_note(
    pilot: Pilot[Any], ref: str | None = None
) -> tuple[CaseScreen, int, EvidenceEditorScreen]:
    """From start-up: open a case (the first, or `ref`), count its evidence and press `n`:
    the case, its evidence count before, the empty editor."""
    await settle(pilot)
    case = await open_case(pilot, ref)
    before = len(fw(pilot).store.evidence_for_case(case.case_id))
    await pilot.press("n")
    await settle(pilot)
    editor = pilot.app.screen
    assert isinstance(editor, EvidenceEditorScreen)
    return case, before, editor


async def new_evidence(
    pilot: Pilot[Any], criterion: str, text: str, ref: str | None = None
) -> tuple[CaseScreen, int, EvidenceEditorScreen]:
    """`new_note`, then a criterion and the text written in (not saved)."""
    case, before, _ = await new_note(pilot, ref)
    editor = await write_evidence(pilot, criterion, text)
    return case, before, editor


def fw(pilot: Pilot[Any]) -> FieldworkApp:
    """The app, typed."""
    app = pilot.app
    assert isinstance(app, FieldworkApp)
    return app


async def read_note(pilot: Pilot[Any], case_id: str, note_id: str) -> str:
    """From start-up: open the case with the note highlighted and press Enter; the note
    view's text."""
    await settle(pilot)
    pilot.app.push_screen(CaseScreen(case_id, focus_evidence=note_id))
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    view = top(pilot.app)
    assert isinstance(view, NoteView)
    return str(view.query_one("#note-text", Static).render())


def top(app: App[Any]) -> Screen[Any]:
    """The screen on top (typed loosely, so tests can compare it with any screen)."""
    return app.screen


async def run_palette_command(pilot: Pilot[Any], title: str) -> None:
    """Open the command palette, type a command's title and run it."""
    await settle(pilot)
    await pilot.press("ctrl+p")
    await pilot.pause()
    await paste(pilot, title)
    await pilot.press("enter")
    await settle(pilot)


def screen_text(app: App[Any]) -> str:
    """What the terminal shows now, as plain text, one line per terminal row (from the
    app's SVG screenshot: its text spans placed by their x and y)."""
    import html
    import re

    svg = app.export_screenshot()
    rows: dict[float, list[tuple[float, str]]] = {}
    for m in re.finditer(r'<text[^>]*x="([\d.]+)"[^>]*y="([\d.]+)"[^>]*>(.*?)</text>', svg, re.S):
        text = html.unescape(re.sub(r"<[^>]+>", "", m.group(3))).replace("\xa0", " ")
        rows.setdefault(float(m.group(2)), []).append((float(m.group(1)), text))
    lines = []
    for y in sorted(rows):
        line = ""
        for x, text in sorted(rows[y]):
            column = round(x / 12.2)
            line = line.ljust(column)[:column] + text
        lines.append(line.rstrip())
    return "\n".join(lines)


def widget_text(widget: Widget) -> str:
    """What a widget and the widgets in it show now, as plain text, line by line, each
    rendered at the size the layout gave it (scrolled out of view or not)."""
    lines: list[str] = []
    for part in [widget, *widget.query("*")]:
        if isinstance(part, Static):
            width, height = part.outer_size  # its padding too
            strips = part.render_lines(Region(0, 0, width, height))
            lines.extend(strip.text.rstrip() for strip in strips)
    return "\n".join(lines)


async def shown_toasts(pilot: Pilot[Any], tries: int = 50) -> list[str]:
    """`toasts`, once at least one is on the screen: a notification's toast is mounted
    by the screen's toast rack a few messages after `notify`, which under load can come
    after the workers have settled.  Bounded by a number of pauses, never a clock."""
    for _ in range(tries):
        if shown := toasts(pilot.app):
            return shown
        await pilot.pause()
    return toasts(pilot.app)


def toasts(app: App[Any]) -> list[str]:
    """The text of each notification shown on the screen in front, its title (if any)
    on the first line and its message under it.

    Textual hides notifications in tests unless `run_test(notifications=True)`; a test
    that reads them must ask for them.  The toasts are found by their widget's type name
    (Textual does not export the `Toast` class) and read from what each one renders."""
    return [str(toast.render()) for toast in app.screen.query("Toast")]


def colour(monkeypatch: pytest.MonkeyPatch, no_color: bool) -> None:
    """Run the app without colour (NO_COLOR set, as no-color.org asks) or with it."""
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)


def notified(app: App[Any], monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every notification the app shows from now on, as said (each still shown)."""
    said: list[str] = []
    notify = app.notify

    def spy(message: str, **kw: Any) -> None:
        said.append(str(message))
        notify(message, **kw)

    monkeypatch.setattr(app, "notify", spy)
    return said
