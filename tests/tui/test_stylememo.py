"""The TUI tests' apps share the styling of their nodes (tests/tui/stylememo.py): a
node styled from what an earlier app's node with the same key got is styled as Textual
styles it afresh, on the screens the tests drive most, in both themes, and where a
class or the focus changes between two apps."""

from __future__ import annotations

import pytest

from tests.tui import stylememo
from tests.tui.conftest import AppFactory
from tests.tui.helpers import case_list, settle


async def _walk(make: AppFactory, theme: str) -> None:
    """The case list, a case and back, as most tests open them."""
    app = make(theme=theme, start_screen="cases")
    async with app.run_test(size=(120, 40)) as pilot:
        _screen, table = await case_list(pilot)
        assert table.row_count == 6
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is not _screen
        await pilot.press("tab", "tab")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is _screen


@pytest.mark.asyncio
async def test_every_remembered_styling_is_textual_s_own(
    make_small: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert stylememo.installed()
    monkeypatch.setattr(stylememo, "verify", True)
    monkeypatch.setattr(stylememo, "mismatched", [])
    checked = stylememo.counts["checked"]
    for theme in ("textual-dark", "textual-light", "textual-dark"):
        await _walk(make_small, theme)
    assert stylememo.mismatched == []
    assert stylememo.counts["checked"] - checked > 300  # the second dark app, mostly


@pytest.mark.asyncio
async def test_each_theme_keeps_its_own_colours(make_small: AppFactory) -> None:
    """Remembered by the rule sets themselves: a light app after a dark one on the same
    screen is light (the theme's variables parse rule sets of their own)."""
    backgrounds = []
    for theme in ("textual-dark", "textual-light", "textual-dark"):
        app = make_small(theme=theme)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            backgrounds.append(app.screen.styles.background)
    dark, light, dark_again = backgrounds
    assert dark == dark_again != light
    assert light.brightness > dark.brightness
