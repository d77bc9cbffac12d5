"""The app's stylesheet (`tui/stylesheet.py`): each CSS source is parsed once at
start-up, and a change of theme still restyles the screen."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
import textual.css.parse
import textual.css.stylesheet

from tests.tui.conftest import AppFactory
from tests.tui.helpers import case_list, settle
from tui.stylesheet import ThemeCachedStylesheet

SIZE = (100, 30)


@pytest.mark.asyncio
async def test_each_css_source_is_parsed_once_at_start_up(
    make_fw: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once per source as Textual tells them apart: where it was read from, with the
    scope and tie-breaker it was added with (a widget's base class's CSS is added
    again, with another tie-breaker, for each subclass)."""
    parsed: Counter[tuple[Any, ...]] = Counter()
    parse = textual.css.parse.parse  # the function `Stylesheet` calls for each source

    def counting_parse(scope: str, css: str, read_from: tuple[str, str], **kw: Any) -> Any:
        parsed[(*read_from, scope, kw.get("tie_breaker"))] += 1
        return parse(scope, css, read_from, **kw)

    monkeypatch.setattr(textual.css.stylesheet, "parse", counting_parse)
    app = make_fw(start_screen="cases")
    async with app.run_test(size=SIZE) as pilot:
        _, table = await case_list(pilot)
        assert table.row_count > 0
    assert isinstance(app.stylesheet, ThemeCachedStylesheet)
    assert any(source[0].endswith("app.tcss") for source in parsed)  # ours, and Textual's
    assert any(source[1] == "App.DEFAULT_CSS" for source in parsed)
    assert max(parsed.values()) == 1, parsed.most_common(3)


@pytest.mark.asyncio
async def test_a_change_of_theme_restyles_the_screen(make_fw: AppFactory) -> None:
    app = make_fw(start_screen="cases")
    async with app.run_test(size=SIZE) as pilot:
        screen, _ = await case_list(pilot)
        dark = screen.styles.background
        app.action_toggle_light_dark()
        await settle(pilot)
        light = screen.styles.background
        assert not app.current_theme.dark
        assert light != dark
        assert light.brightness > dark.brightness
        app.action_toggle_light_dark()
        await settle(pilot)
        assert screen.styles.background == dark
