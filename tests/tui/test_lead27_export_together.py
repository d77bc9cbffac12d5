"""Tester 27, F12: areas the framework reports in one section (15a and 15b) were each
offered in the export dialog, and 15b alone was saved as 'area-15b-findings.docx' though
it holds the section of both.  The dialog offers the pair once, as the report has it, and
names the file and the progress title for both.  A small inspection made here."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Select

from store.framework import load_framework
from store.models import Area
from store.store import Store
from tests.tui.helpers import screen_text, settle, top
from tui.app import make_app
from tui.modals.export import ExportDialog
from tui.modals.export_progress import reported_areas
from tui.settings import Settings


def _store(tmp_path: Path) -> Store:
    store = Store.create(tmp_path / "master.db", load_framework("cafcass-2018"),
                         title="London visit", lead="Ruth Okafor")  # fmt: skip
    for code, name in (("6", "London South"), ("15a", "London North (Enfield)"),
                       ("15b", "London North (Barnet)"), ("9", "South East")):  # fmt: skip
        store.put_area(Area(code=code, name=name, visited=code != "9"))
    return store


def test_areas_reported_together_are_one_entry(tmp_path: Path) -> None:
    store = _store(tmp_path)
    try:
        areas, together = reported_areas(store)
    finally:
        store.close()
    assert areas == [("6", "London South"), ("15a", "London North")]
    assert together == {"15a": ("15a", "15b")}


@pytest.mark.asyncio
async def test_the_dialog_offers_the_pair_once_and_names_the_file_for_both(
    tmp_path: Path,
) -> None:
    store = _store(tmp_path)
    areas, together = reported_areas(store)
    app = make_app(store, Settings())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        dialog = ExportDialog(areas, area_code="15b", folder=tmp_path, together=together)
        await app.push_screen(dialog)
        await settle(pilot)
        assert top(app) is dialog
        assert dialog.query_one("#export-area", Select).value == "15a"
        assert "Areas 15a and 15b: London North" in screen_text(app)
        assert dialog.query_one("#export-path", Input).value == str(
            tmp_path / "area-15a-15b-findings.docx"
        )
        request = dialog.request()
        assert not isinstance(request, str)
        assert request.area_code == "15a" and request.together == ("15a", "15b")
        assert request.describe() == "Areas 15a and 15b findings section"
    store.close()
