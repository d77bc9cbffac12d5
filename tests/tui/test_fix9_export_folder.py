"""The export dialog offers the folder a lead expects (tester 8, point 12: it offered
~/.local/share/fieldwork/exports/): the folder holding the database, or the folder
they last exported this inspection to, while it exists.  Pilot tests on the
hand-written inspection."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import Input

from store.paths import data_dir
from tests.tui.conftest import AppFactory
from tests.tui.helpers import run_palette_command, settle, top
from tui.modals.export import ExportDialog
from tui.modals.export_progress import ExportProgressScreen

SIZE = (120, 40)


async def _offered(pilot: object) -> Path:
    """Open the export dialog from the palette: the path it offers."""
    await run_palette_command(pilot, "Export to Word")  # type: ignore[arg-type]
    dialog = top(pilot.app)  # type: ignore[attr-defined]
    assert isinstance(dialog, ExportDialog)
    return Path(dialog.query_one("#export-path", Input).value)


@pytest.mark.asyncio
async def test_the_file_goes_beside_the_database_then_where_last_exported(
    make_hw: AppFactory, tmp_path: Path
) -> None:
    app = make_hw()
    beside = app.store.path.resolve().parent
    chosen = tmp_path / "drafts for the QA reader"
    chosen.mkdir()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        offered = await _offered(pilot)
        assert offered.parent == beside and offered.suffix == ".docx"
        assert not offered.is_relative_to(Path.home() / ".local")
        top(app).query_one("#export-path", Input).value = str(chosen / "area.docx")
        await pilot.press("ctrl+s")
        await settle(pilot)
        progress = top(app)
        assert isinstance(progress, ExportProgressScreen) and progress.done
        await pilot.press("escape")
        await settle(pilot)
        assert (await _offered(pilot)).parent == chosen  # the folder last used
    # The memory of it names where the inspection is kept: the user's to read only.
    remembered = data_dir() / "export-folders.json"
    assert str(chosen) in remembered.read_text(encoding="utf-8")
    assert remembered.stat().st_mode & 0o777 == 0o600
    again = make_hw()  # the next session on the same file remembers it too
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert (await _offered(pilot)).parent == chosen
        await pilot.press("escape")
        await settle(pilot)
        shutil.rmtree(chosen)  # gone: back beside the database
        assert (await _offered(pilot)).parent == beside
