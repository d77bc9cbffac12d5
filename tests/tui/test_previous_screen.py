"""The lead's previous inspection screen, on the hand-written inspection: set the last
inspection's date and judgement, add recommendations, say how far one was acted on and
what inspectors found, and refuse a recommendation with no words (a notification;
nothing changes), all from the command palette, as `fieldwork previous` does; and link a
recommendation to the criteria it is about (tester 35's A19), in the same form: ids typed
with commas or spaces, in any case; one the framework lacks is a notification and
changes nothing; the table shows the link."""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import DataTable, Input, Select, Static

from tests.tui.conftest import AppFactory
from tests.tui.helpers import notified, run_palette_command, settle, table_rows, top
from tui.app import FieldworkApp
from tui.modals.form import FormModal
from tui.screens.previous import PreviousScreen

SIZE = (120, 40)
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
async def test_the_lead_records_the_previous_inspection_on_its_screen(
    app: FieldworkApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    said = notified(app, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await run_palette_command(pilot, "Previous inspection")
        screen = app.screen
        assert isinstance(screen, PreviousScreen)
        summary = screen.query_one("#previous-summary", Static)
        assert "No previous inspection recorded: d sets its date" in str(summary.render())

        form = await _form(pilot, app, "d")
        form.query_one("#form-date", Input).value = "2022-09"
        form.query_one("#form-grade", Select).value = "requires-improvement"
        await pilot.press("ctrl+s")
        await settle(pilot)
        info = app.store.inspection()
        assert (info.previous_date, info.previous_grade) == ("2022-09", "requires-improvement")

        for words in ("Tighten the oversight of cases where a child is not yet seen.",
                      "Record why a child's wishes are not sought where they are not."):  # fmt: skip
            form = await _form(pilot, app, "a")
            form.query_one("#form-text", Input).value = words
            await pilot.press("ctrl+s")
            await settle(pilot)
        form = await _form(pilot, app, "a")  # too short to be a recommendation
        form.query_one("#form-text", Input).value = "No"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert any("A recommendation needs its words" in m for m in said), said
        assert [r.number for r in app.store.recommendations()] == [1, 2]

        table = screen.query_one("#previous-table", DataTable)
        table.focus()
        table.move_cursor(row=1)
        form = await _form(pilot, app, "enter")
        form.query_one("#form-finding", Input).value = "Reasons are recorded in most reports now."
        form.query_one("#form-progress", Select).value = "partly-met"
        await pilot.press("ctrl+s")
        await settle(pilot)
        rec = app.store.recommendation(2)
        assert (rec.progress, rec.finding) == (
            "partly-met",
            "Reasons are recorded in most reports now.",
        )
        rows = table_rows(table)
        assert rows[1][1] == "partly acted on" and rows[0][1] == "not yet decided"
        text = str(summary.render())
        assert "Previous inspection: 2022-09, requires improvement" in text
        assert "2 recommendations, 1 not yet decided (e)" in text


@pytest.mark.asyncio
async def test_the_lead_links_a_recommendation_to_criteria_on_its_screen(
    app: FieldworkApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    said = notified(app, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
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
