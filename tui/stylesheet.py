"""Textual's stylesheet, parsing each CSS source once while the theme stays the same.

Textual keeps parsed CSS in a cache that is emptied whenever the CSS variables are set,
even to the values they already have, and `Stylesheet.reparse` parses every source
again from nothing.  An app that starts in a mode (as ours does, `FieldworkApp.MODES`)
sets the variables and reparses as the mode's first screen is set up, so at start-up
the app's stylesheet and Textual's own were each parsed three times: about a tenth of
the time from start to an interactive case list (`bench/bench_tui.py`).

This subclass empties the cache only when the variables really change (a new theme),
so the parsed rules are reused otherwise.  It reads an attribute of Textual's class
(`_variables`) and relies on how its cache is kept, so it depends on the Textual
version pinned in `pyproject.toml`; `tests/tui/test_stylesheet.py` checks that each source is parsed
once at start-up and that a change of theme still restyles the screen.
"""

from __future__ import annotations

from textual.css.stylesheet import Stylesheet


class ThemeCachedStylesheet(Stylesheet):
    """A `Stylesheet` whose parsed rules last until the theme's variables change."""

    @classmethod
    def replacing(cls, stylesheet: Stylesheet) -> ThemeCachedStylesheet:
        """One to take the place of the stylesheet `App.__init__` has just made (no
        sources read yet), with the variables it computed rather than computing the
        theme's variables a second time."""
        return cls(variables=stylesheet._variables)

    def set_variables(self, variables: dict[str, str]) -> None:
        """New variables empty the parse cache; the same ones again leave it, so the
        cache only ever holds rules parsed with the current variables."""
        if variables != self._variables:
            super().set_variables(variables)

    def reparse(self) -> None:
        """Parse the sources with the current variables: every cached rule was parsed
        with them (`set_variables`), so only sources not yet parsed are parsed now."""
        self.parse()
