"""Export from the TUI: the dialog collects options, the progress screen runs the
headless exporter in a worker and shows the file written or the identifying details
that stopped it; snapshots of both.

On the hand-written inspection (tests/fixtures/handwritten: three visited areas, a child
it protects), the snapshots on the tiny fixed one (tests/fixtures/snapshot), so neither
depends on the demo's text and each export drafts a few dozen notes, not the demo's
thousands."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from textual.pilot import Pilot
from textual.widgets import Checkbox, DataTable, Input, Select, Static, TextArea

from store.models import Evidence
from store.store import Store
from tests.tui.conftest import AppFactory
from tests.tui.helpers import run_palette_command, settle, table_rows, toasts, top
from tui.app import make_app
from tui.modals.export import ExportDialog, ExportRequest
from tui.modals.export_progress import ExportProgressScreen
from tui.screens.evidence_editor import EvidenceEditorScreen
from tui.settings import Settings

SIZE = (120, 40)
AREA = "8"
"""A visited area of both inspections, not the first in the dialog's list."""
PLANTED = "Kacper Wojcik"
"""A child's name the hand-written inspection protects."""
SNAPSHOT_PLANTED = "Poppy Lindqvist"
"""A child's name the snapshot inspection protects."""


def plant(store: Store, name: str = PLANTED) -> str:
    """Area 8 evidence naming a protected child, drafted into one of the area's paragraphs."""
    names = {n.name for n in store.protected_names()}
    assert name in names
    # One criterion (a culture that learns), so the note is drafted into one paragraph of
    # the small area, not into every paragraph about the area's leadership.
    assert "J18-4A" in store.framework.criterion("LG5").judgements
    return store.put_evidence(
        Evidence(
            area_code=AREA,
            criteria=["LG5"],
            source="CASE_FILE",
            polarity="strength",
            text=f"Leaders reviewed the plan for {name} promptly, so the child was not left "
            "waiting, and shared the learning with the team.",
        )
    )


async def open_dialog(pilot: Pilot[Any]) -> ExportDialog:
    """Open the export dialog from the command palette."""
    await run_palette_command(pilot, "Export to Word")
    dialog = top(pilot.app)
    assert isinstance(dialog, ExportDialog)
    return dialog


async def choose_area(pilot: Pilot[Any], dialog: ExportDialog, code: str) -> None:
    """Pick a visited area in the dialog's area list with the keys."""
    area: Select[str] = dialog.query_one("#export-area", Select)
    area.focus()
    codes = [code for code, _ in dialog.areas]
    await pilot.press("enter")
    await pilot.pause()
    for _ in range(codes.index(code)):
        await pilot.press("down")
    await pilot.press("enter")
    await pilot.pause()
    assert area.value == code


def first_heading(path: Path) -> str:
    doc = Document(str(path))
    headings = [p.text for p in doc.paragraphs if p.style is not None and "Heading" in p.style.name]
    return headings[0]


@pytest.mark.asyncio
async def test_area_section_is_written(make_hw: AppFactory, tmp_path: Path) -> None:
    app = make_hw()
    out = tmp_path / "out" / f"area-{AREA}.docx"
    out.parent.mkdir()
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_dialog(pilot)
        assert dialog.kind == "area"
        assert [c for c, _ in dialog.areas] == [a.code for a in app.store.areas(True)]
        path = dialog.query_one("#export-path", Input)
        beside = app.store.path.resolve().parent  # beside the database (session 9)
        assert Path(path.value) == beside / f"area-{dialog.areas[0][0]}-findings.docx"
        await choose_area(pilot, dialog, AREA)
        assert Path(path.value) == beside / f"area-{AREA}-findings.docx"  # follows it
        assert dialog.query_one("#export-allow", Checkbox).value is False
        assert not dialog.query_one("#export-warning").display
        path.value = str(out)
        await pilot.press("ctrl+s")
        await settle(pilot)
        progress = top(app)
        assert isinstance(progress, ExportProgressScreen)
        assert progress.request == ExportRequest(kind="area", path=out, area_code=AREA)
        assert progress.done and progress.error is None
        assert progress.written == out
        result = str(progress.query_one("#export-result", Static).render())
        assert str(out) in result and "paragraphs 1 to" in result
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(top(app), ExportProgressScreen)
    assert out.exists()
    area = app.store.area(AREA)
    judged = app.store.judgement("J18-4A", AREA)
    grade = judged.grade if judged else None
    heading = app.store.framework.heading_for("J18-4A", grade, area.name, AREA)
    assert first_heading(out) == heading


@pytest.mark.asyncio
async def test_identifying_details_stop_the_export(make_hw: AppFactory, tmp_path: Path) -> None:
    app = make_hw()
    evidence_id = plant(app.store)
    out = tmp_path / f"area-{AREA}.docx"
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_dialog(pilot)
        await choose_area(pilot, dialog, AREA)
        dialog.query_one("#export-path", Input).value = str(out)
        await pilot.press("ctrl+s")
        await settle(pilot)
        progress = top(app)
        assert isinstance(progress, ExportProgressScreen)
        assert progress.done and progress.written is None
        assert progress.has_class("-stopped")
        result = str(progress.query_one("#export-result", Static).render())
        assert result.startswith("Nothing was written")
        assert [(h.kind, h.text, h.evidence) for h in progress.hits] == [
            ("protected-name", PLANTED, f"Area {AREA}")
        ]
        assert progress.hits[0].evidence_ids == (evidence_id,)
        rows = table_rows(progress.query_one("#export-hits", DataTable))
        # The paragraph whose example the note became.
        assert len(rows) == 1 and re.fullmatch(r"paragraph \d+", rows[0][2]), rows
        assert rows[0][:2] + rows[0][3:] == ["protected-name", PLANTED, f"Area {AREA}"]
        # Enter on a hit opens the evidence it came from, to correct it.
        progress.query_one("#export-hits", DataTable).focus()
        await pilot.press("enter")
        await settle(pilot)
        editor = top(app)
        assert isinstance(editor, EvidenceEditorScreen)
        assert editor.context.evidence_id == evidence_id
        assert PLANTED in editor.query_one("#editor-text", TextArea).text
    assert not out.exists()
    assert not [n for n in os.listdir(tmp_path) if n.startswith(f".area-{AREA}.docx")]


@pytest.mark.asyncio
async def test_identifying_details_stop_the_csv_export_too_and_allowing_writes_with_a_warning(
    make_hw: AppFactory, tmp_path: Path
) -> None:
    """Two exports of the planted inspection in one run of the app: the CSV export stops
    (nothing is written, so the second export finds the files as they were), then the
    area's Word export with identifying details allowed is written with a warning."""
    app = make_hw()
    evidence_id = plant(app.store)
    out = tmp_path / "csv-out"
    allowed = tmp_path / "allowed"  # no suffix: .docx is added
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_dialog(pilot)
        dialog.query_one("#export-kind", Select).value = "csv"
        await pilot.pause()
        assert dialog.query_one("#export-allow").display  # CSV can be allowed, and recorded
        dialog.query_one("#export-path", Input).value = str(out)
        await pilot.press("ctrl+s")
        await settle(pilot)
        progress = top(app)
        assert isinstance(progress, ExportProgressScreen), "csv"
        assert progress.done and progress.has_class("-stopped"), "csv"
        assert {(h.kind, h.text) for h in progress.hits} == {("protected-name", PLANTED)}
        assert evidence_id in {e for h in progress.hits for e in h.evidence_ids}, "csv"
        assert not out.exists(), "csv"
        await pilot.press("escape")
        await settle(pilot)
        # Allowing identifying details writes the area's section, with a warning.
        dialog = await open_dialog(pilot)
        await choose_area(pilot, dialog, AREA)
        dialog.query_one("#export-path", Input).value = str(allowed)
        dialog.query_one("#export-allow", Checkbox).toggle()
        await pilot.pause()
        assert dialog.query_one("#export-warning").display, "allowed"
        await pilot.press("ctrl+s")
        await settle(pilot)
        progress = top(app)
        assert isinstance(progress, ExportProgressScreen), "allowed"
        assert progress.written == allowed.with_suffix(".docx"), "allowed"
        assert [h.text for h in progress.hits] == [PLANTED], "allowed"
        result = str(progress.query_one("#export-result", Static).render())
        assert "identifying details" in result, "allowed"
    assert not out.exists()
    assert allowed.with_suffix(".docx").exists()


@pytest.mark.asyncio
async def test_a_missing_folder_is_said_in_the_dialog_and_a_failed_export_in_one_sentence(
    make_hw: AppFactory, tmp_path: Path
) -> None:
    """A folder that does not exist is said in the dialog before anything is drafted,
    with the choices kept (tester 10: the dialog drafted to 95 %, then closed and lost
    them); a write that fails all the same is one sentence on the progress screen."""
    app = make_hw()
    out = tmp_path / "missing-folder" / "a.docx"
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        dialog = await open_dialog(pilot)
        await choose_area(pilot, dialog, AREA)
        dialog.query_one("#export-path", Input).value = str(out)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert top(app) is dialog
        said = str(dialog.query_one("#export-error", Static).render())
        assert (
            said == f"The folder {out.parent} does not exist: create it, or choose another folder."
        )
        assert dialog.area_code == AREA and dialog.query_one("#export-path", Input).value == str(
            out
        )
        await pilot.press("escape")
        await settle(pilot)
        await app.push_screen(ExportProgressScreen(ExportRequest(kind="area", path=out,
                                                                 area_code=AREA)))  # fmt: skip
        await settle(pilot)
        progress = top(app)
        assert isinstance(progress, ExportProgressScreen)
        assert progress.error is not None
        assert progress.error.startswith(f"Cannot write {out}")
        assert "\n" not in progress.error and "Traceback" not in progress.error
        assert any(t.endswith("\n" + progress.error) for t in toasts(app))
    assert not out.exists()


@pytest.mark.asyncio
async def test_bad_options_are_said_in_the_dialog_then_whole_report_and_csv(
    make_hw: AppFactory, tmp_path: Path
) -> None:
    """In one run of the app: a bad path is said in the dialog and Esc closes it with
    nothing exported; then the whole report, the QA view (tester 10: the dialog had
    none) and the CSV files are written."""
    app = make_hw()
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_dialog(pilot)
        dialog.query_one("#export-path", Input).value = "notes.txt"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert top(app) is dialog, "bad options"
        said = str(dialog.query_one("#export-error", Static).render())
        assert "end in .docx" in said, "bad options"
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(top(app), ExportDialog | ExportProgressScreen), "bad options"
        for kind, name in (("report", "report.docx"), ("qa", "qa.csv"), ("csv", "csv-out")):
            dialog = await open_dialog(pilot)
            dialog.query_one("#export-kind", Select).value = kind
            await pilot.pause()
            assert dialog.query_one("#export-area-row").display is False, kind
            assert dialog.query_one("#export-start-row").display is (kind == "report"), kind
            dialog.query_one("#export-path", Input).value = str(tmp_path / name)
            await pilot.press("ctrl+s")
            await settle(pilot)
            progress = top(app)
            assert isinstance(progress, ExportProgressScreen), kind
            assert progress.done and progress.error is None, (kind, progress.error)
            await pilot.press("escape")
            await settle(pilot)
    assert (tmp_path / "report.docx").exists()
    header = (tmp_path / "qa.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert "tally" in header.split(",")  # the QA view: one row per sentence
    assert {p.name for p in (tmp_path / "csv-out").iterdir()} >= {"evidence.csv", "trace.csv"}


# Snapshots ------------------------------------------------------------------------------

FIXED_DATA_DIR = "/home/inspector/.local/share/fieldwork"


@pytest.fixture(autouse=True)
def _no_cursor_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    """A blinking cursor would make screenshots differ from run to run."""
    monkeypatch.setattr(Input, "cursor_blink", False)
    monkeypatch.setattr(TextArea, "cursor_blink", False)


@pytest.fixture
def snap_store(snapshot_db: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """The tiny fixed inspection with a planted name; the data folder shown in the dialog
    is fixed."""
    monkeypatch.setenv("FIELDWORK_DATA_DIR", FIXED_DATA_DIR)
    store = Store.open(snapshot_db)
    plant(store, SNAPSHOT_PLANTED)
    yield store
    store.close()


async def _dialog(pilot: Pilot[Any]) -> None:
    await settle(pilot)
    store = pilot.app.store  # type: ignore[attr-defined]
    areas = [(a.code, a.name) for a in store.areas(visited_only=True)]
    await pilot.app.push_screen(ExportDialog(areas, area_code=AREA))
    await settle(pilot)
    pilot.app.clear_notifications()
    await pilot.pause()


async def _stopped(pilot: Pilot[Any]) -> None:
    await settle(pilot)
    request = ExportRequest(
        kind="area", path=Path(f"/nonexistent/area-{AREA}-findings.docx"), area_code=AREA
    )
    await pilot.app.push_screen(ExportProgressScreen(request))
    await settle(pilot)
    pilot.app.clear_notifications()
    await pilot.pause()


SIZES = [(120, 40)]
"""80x24 is pictured for three screens only (tests/tui/test_snapshots.py, #18)."""


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_snapshot_dialog(snap_compare: Any, snap_store: Store, size: tuple[int, int]) -> None:
    app = make_app(snap_store, Settings())
    assert snap_compare(app, terminal_size=size, run_before=_dialog)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_snapshot_stopped(snap_compare: Any, snap_store: Store, size: tuple[int, int]) -> None:
    app = make_app(snap_store, Settings())
    assert snap_compare(app, terminal_size=size, run_before=_stopped)


@pytest.mark.asyncio
async def test_an_area_on_too_few_children_says_why_it_stops(
    make_small: AppFactory, tmp_path: Path
) -> None:
    """Tester 20, F7: the hit for an area section resting on fewer than three children
    read only "jigsaw  Area 12  heading ‘...’", as if the area's name identified someone;
    the row says why instead, where a note's hit names its evidence."""
    app = make_small()
    small = next(a.code for a in app.store.areas(True) if a.code == "12")
    out = tmp_path / f"area-{small}.docx"
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_dialog(pilot)
        await choose_area(pilot, dialog, small)
        dialog.query_one("#export-path", Input).value = str(out)
        await pilot.press("ctrl+s")
        await settle(pilot)
        progress = top(app)
        assert isinstance(progress, ExportProgressScreen)
        rows = table_rows(progress.query_one("#export-hits", DataTable))
        jigsaw = [r for r in rows if r[0] == "jigsaw"]
        assert jigsaw and jigsaw[0][1].startswith(
            f"Area {small}: the section's findings rest on 2 sampled cases"
        ), jigsaw
    assert not out.exists()
