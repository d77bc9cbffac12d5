"""The export's progress screen at 80x24 (tester 26's note): a whole report's notes run
to many lines; they scroll in their own box, and the Close button and the top of the
result stay on the screen.  No toast repeats the result over it."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Button, Static

from tests.tui.conftest import AppFactory
from tests.tui.helpers import settle, toasts, top
from tui.modals.export import ExportRequest
from tui.modals.export_progress import ExportProgressScreen

SMALL = (80, 24)


@pytest.mark.asyncio
async def test_a_long_result_scrolls_in_its_box_with_close_in_view(
    make_hw: AppFactory, tmp_path: Path
) -> None:
    app = make_hw()
    out = tmp_path / "report.docx"
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await settle(pilot)
        await app.push_screen(ExportProgressScreen(ExportRequest(kind="report", path=out)))
        await settle(pilot)
        progress = top(app)
        assert isinstance(progress, ExportProgressScreen)
        assert progress.done and progress.error is None and out.exists()
        result = progress.query_one("#export-result", Static)
        said = str(result.render())
        assert said.startswith(f"Wrote {out}")
        lines = said.count("\n") + 1
        assert lines > 12, "the hand-written report's notes should outrun the small screen"
        box = progress.query_one("#export-result-box", VerticalScroll)
        screen = progress.region
        close = progress.query_one("#export-close-button", Button)
        assert close.region.height > 0 and screen.contains_region(close.region)
        assert screen.contains_region(box.region) and box.region.y > 0
        assert box.max_scroll_y > 0, "the rest of the notes is reached by scrolling"
        box.scroll_end(animate=False)
        await pilot.pause()
        assert box.scroll_y == box.max_scroll_y > 0
        assert not any(t.startswith("Exported") for t in toasts(app))
