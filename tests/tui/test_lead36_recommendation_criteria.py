"""On the previous inspection screen the lead links a recommendation to the criteria it
is about (tester 35's A19), in the same form that records its progress: ids typed with
commas or spaces, in any case; one the framework lacks is a notification and changes
nothing; the table shows the link."""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import DataTable, Input

from tests.tui.conftest import AppFactory
from tests.tui.helpers import notified, run_palette_command, settle, table_rows, top
from tui.app import FieldworkApp
from tui.modals.form import FormModal
from tui.screens.previous import PreviousScreen

WORDS = "Make sure managers check that each child's plan is followed before the final hearing."


@pytest.fixture
def app(make_hw: AppFactory) -> FieldworkApp:
    return make_hw()


async def _form(pilot: Any, app: FieldworkApp, key: str) -> FormModal:
    await pilot.press(key)
    await settle(pilot)
    form = top(app)
    assert isinstance(form, FormModal)
    return form


@pytest.mark.asyncio
async def test_the_lead_links_a_recommendation_to_criteria_on_its_screen(
    app: FieldworkApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    said = notified(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await run_palette_command(pilot, "Previous inspection")
        screen = app.screen
        assert isinstance(screen, PreviousScreen)
        form = await _form(pilot, app, "a")
        form.query_one("#form-text", Input).value = WORDS
        form.query_one("#form-criteria", Input).value = "qpn4 qp6"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.store.recommendation(1).criteria == ["QP6", "QPN4"]
        table = screen.query_one("#previous-table", DataTable)
        assert table_rows(table)[0][3] == "QP6, QPN4"

        table.focus()
        form = await _form(pilot, app, "e")
        assert form.query_one("#form-criteria", Input).value == "QP6, QPN4"
        form.query_one("#form-criteria", Input).value = "QP6, QQ7"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert any("Unknown criterion QQ7" in m for m in said), said
        assert app.store.recommendation(1).criteria == ["QP6", "QPN4"]

        form = await _form(pilot, app, "e")
        form.query_one("#form-criteria", Input).value = "QP6"
        await pilot.press("ctrl+s")
        await settle(pilot)
        rec = app.store.recommendation(1)
        assert (rec.text, rec.criteria) == (WORDS, ["QP6"])
        assert table_rows(table)[0][3] == "QP6"
