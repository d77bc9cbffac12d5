"""A filter chip whose value is set before its choices are read shows no raw id (tester
36's F5: "Inspector: 01a252e9-8695-..." on an inspector's own list), then the choice's
label once they are."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult

from tui.widgets.filter_chip import FilterChip

ID = "01a252e9-8695-79da-b436-763bbc17a990"


class _One(App[None]):
    def compose(self) -> ComposeResult:
        yield FilterChip("Inspector", key="i", id="chip")


@pytest.mark.asyncio
async def test_a_value_shows_its_label_never_its_id() -> None:
    app = _One()
    async with app.run_test() as pilot:
        chip = app.query_one("#chip", FilterChip)
        chip.value = ID
        await pilot.pause()
        assert ID not in str(chip.render()) and "Inspector: …" in str(chip.render())
        chip.set_options([("GH Grace Howarth", ID), ("IP Ian Pattinson", "other")])
        await pilot.pause()
        assert str(chip.render()) == "i Inspector: GH Grace Howarth ▾"
