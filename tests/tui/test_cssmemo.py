"""The TUI tests' shared CSS parse (tests/tui/cssmemo.py) gives each stylesheet what
Textual's own parse gives it: the same rules for the same CSS and variables, its own for
other variables, and the same errors for bad CSS."""

from __future__ import annotations

import pytest
from textual.css import stylesheet
from textual.css.stylesheet import Stylesheet, StylesheetParseError

from tests.tui import cssmemo

CSS = "Screen { background: $panel; } #list > .row:hover { color: $accent; padding: 1 2; }"


def _sheet(variables: dict[str, str], css: str = CSS) -> Stylesheet:
    sheet = Stylesheet(variables=variables)
    sheet.add_source(css, read_from=("test_cssmemo.tcss", ""))
    sheet.parse()
    return sheet


def test_the_shared_parse_is_installed_and_matches_textual_s_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cssmemo.install()
    assert cssmemo.installed()
    dark = {"panel": "#101010", "accent": "#ff0000"}
    first, second = _sheet(dark), _sheet(dict(dark))
    assert first.rules and all(a is b for a, b in zip(first.rules, second.rules, strict=True))
    monkeypatch.setitem(vars(stylesheet), "parse", cssmemo.textual_parse())
    own = _sheet(dark)
    assert all(a is not b for a, b in zip(first.rules, own.rules, strict=True))
    assert first.css == own.css and "#FF0000" in first.css.upper()


def test_other_variables_parse_their_own_rules() -> None:
    cssmemo.install()
    red = _sheet({"panel": "#101010", "accent": "#ff0000"})
    blue = _sheet({"panel": "#101010", "accent": "#0000ff"})
    assert "#0000FF" in blue.css.upper() and "#0000FF" not in red.css.upper()


def test_bad_css_is_still_an_error_each_time() -> None:
    cssmemo.install()
    for _ in range(2):
        with pytest.raises(StylesheetParseError):
            _sheet({}, "Screen { colour: red; }")
