"""Tester 27's F4, on the hand-written inspection: the case list's area chooser reads an
area as the import and the command line read it (its initials, its words shortened),
and a list sorted by a column a narrow terminal leaves out shows that column."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from tests.tui.conftest import AppFactory
from tests.tui.helpers import case_list, settle, top
from tui.modals.pick import PickModal


def _shown(modal: PickModal) -> list[str]:
    options = modal.query_one(OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


@pytest.mark.asyncio
async def test_the_area_chooser_takes_an_area_by_its_initials_or_shortened_words(
    make_hw: AppFactory,
) -> None:
    app = make_hw(start_screen="cases")
    async with app.run_test(size=(120, 40)) as pilot:
        screen, table = await case_list(pilot)
        await pilot.press("a")
        await settle(pilot)
        modal = top(app)
        assert isinstance(modal, PickModal)
        await pilot.press(*"EC")
        await pilot.pause()
        assert _shown(modal) == ["12 Eastern Counties"]
        await pilot.press("backspace", "backspace", *"Sev Marches")
        await pilot.pause()
        assert _shown(modal) == ["8 Severn and Marches"]  # words as typed still narrow
        await pilot.press("enter")
        await settle(pilot)
        assert top(app) is screen and screen.filter.area_code == "8"


@pytest.mark.asyncio
async def test_sorted_by_area_at_80_columns_shows_the_area(make_hw: AppFactory) -> None:
    app = make_hw(start_screen="cases")
    async with app.run_test(size=(80, 24)) as pilot:
        screen, table = await case_list(pilot)
        # Every area listed: the area is shown (tester 28), the inspector is not.
        assert [c.label for c in table.columns][:3] == ["Ref", "Area", "Status"]
        assert "Insp" not in [c.label for c in table.columns]

        async def sorted_by(key: str) -> None:
            while screen.filter.sort != key:
                await pilot.press("s")
                await settle(pilot)

        await sorted_by("area")
        labels = [c.label for c in table.columns]
        assert labels[:2] == ["Ref", "Area"], labels
        area = labels.index("Area")
        cell = table.columns[area].cell
        assert cell is not None
        shown = [table.get_row_at(i)[cell] for i in range(table.row_count)]
        assert shown == sorted(shown, key=int), shown  # the hand-written areas are numbers
        assert set(shown) >= {a.code for a in app.store.areas(visited_only=True)}
        await sorted_by("inspector")  # sorted by inspector: that column too
        labels = [c.label for c in table.columns]
        assert labels[:3] == ["Ref", "Insp", "Area"], labels
        assert sum(c.width for c in table.columns) + 2 * len(labels) + 2 <= table.size.width
