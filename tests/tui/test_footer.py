"""The one-widget footer: what it shows, and that the mouse works on it."""

from __future__ import annotations

import pytest

from tests.tui.conftest import AppFactory
from tests.tui.helpers import fw, settle
from tui.screens.case_list import CaseListScreen
from tui.widgets.footer import Footer

SIZE = (120, 40)


def footer_text(footer: Footer) -> str:
    return footer.render().plain


@pytest.mark.asyncio
async def test_footer_shows_the_screens_keys_and_the_keymaps_names(make_small: AppFactory) -> None:
    app = make_small(keymap={"go-coverage": "ctrl+o"})
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        home = footer_text(app.screen.query_one(Footer))
        assert "Cases" in home and "Search" in home and "Help" in home
        assert "^o Coverage" in home  # the keymap's key, not the default "v"
        assert home.rstrip().endswith("^p palette")  # the palette key on the right
        assert len(home) == SIZE[0]
        await pilot.press("c")
        await settle(pilot)
        cases = footer_text(app.screen.query_one(Footer))
        assert "m Mine/all" in cases and "s Sort" in cases  # the new screen's own keys
        assert "New area evidence" not in cases  # and not the home screen's


@pytest.mark.asyncio
async def test_footer_keeps_help_and_the_palette_key_when_the_keys_do_not_fit(
    make_small: AppFactory,
) -> None:
    app = make_small()
    async with app.run_test(size=(60, 24)) as pilot:
        await settle(pilot)
        text = footer_text(app.screen.query_one(Footer))
        assert len(text) == 60
        assert text.endswith("▏ ? Help  ^p palette ")
        assert "Coverage" not in text  # cut off before help and the palette key


@pytest.mark.asyncio
async def test_clicking_a_footer_key_presses_it_and_hovering_shows_its_tooltip(
    make_small: AppFactory,
) -> None:
    app = make_small()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        footer = app.screen.query_one(Footer)
        text = footer_text(footer)
        column = text.index("Cases")
        await pilot.hover(Footer, offset=(column, 0))
        await pilot.pause()
        assert footer.tooltip == "The case list."
        await pilot.click(Footer, offset=(column, 0))
        await settle(pilot)
        assert fw(pilot).current_mode == "cases"
        assert isinstance(app.screen, CaseListScreen)
