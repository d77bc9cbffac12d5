"""Plain mode: the terminal's own ANSI colours (Textual's `ansi-dark` or `ansi-light`
theme, so the inspector's terminal palette, high-contrast or not, decides every
colour), no animation, and ticks that differ by their glyph as well as their colour
(ticked boxes always show X and unticked ones a blank, `tui/widgets/tick_box.py`).

It is set in the settings file (`plain = true`) and switched from the command palette
("Plain mode on/off"), which keeps the choice in the file for the next run.  The theme
chosen outside plain mode is left as it was, and comes back when plain mode is off;
so does the animation the inspector's environment asks for (Textual's
`TEXTUAL_ANIMATIONS`: none, basic or full; full when it is not set).
"""

from __future__ import annotations

from typing import Any

from textual import constants
from textual.app import App

from store.errors import FieldworkError
from tui.settings import Settings, save_setting

PLAIN_HELP = "The terminal's own colours, no animation; kept in the settings file"
"""The palette entry's help line."""


def apply_plain(app: App[Any]) -> None:
    """Show the app as its settings say: plain, or the settings' theme with the animation
    the environment asks for (`TEXTUAL_ANIMATIONS`)."""
    host: Any = app
    settings: Settings = host.settings
    if settings.plain:
        light = not app.current_theme.dark
        app.theme = "ansi-light" if light else "ansi-dark"
        app.animation_level = "none"
    else:
        if app.theme.startswith("ansi-") and settings.theme in app.available_themes:
            app.theme = settings.theme
        app.animation_level = constants.TEXTUAL_ANIMATIONS


def toggle_plain(app: App[Any]) -> None:
    """Switch plain mode on or off, keep the choice in the settings file, and say so."""
    host: Any = app
    on = not host.settings.plain
    host.settings = host.settings.model_copy(update={"plain": on})
    apply_plain(app)
    state = "on: the terminal's own colours, no animation" if on else "off"
    app.notify(f"Plain mode {state}.", title="Plain mode", timeout=4)
    path = host.settings_file
    if path is None:
        return

    def keep() -> None:
        try:
            save_setting(path, "plain", "true" if on else "false")
        except FieldworkError as exc:
            app.call_from_thread(app.notify, str(exc), severity="warning", timeout=8)

    app.run_worker(keep, thread=True, group="settings-plain", exit_on_error=False)
