"""Themes: a change restyles the screen, and a theme chosen in the app is kept in the
settings file for the next run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from store.errors import FieldworkError
from store.store import Store
from tests.tui.conftest import AppFactory
from tests.tui.helpers import case_list, run_palette_command, settle
from tui.app import make_app
from tui.settings import load_settings, save_theme

WRITTEN = """\
# Ruth's laptop
autosave_seconds = 2.0
theme = "textual-dark"  # dark in the office

[keymap]
go-coverage = "ctrl+o"
"""


def test_save_theme_replaces_the_theme_line_and_keeps_every_other(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(WRITTEN, encoding="utf-8")
    save_theme(path, "textual-light")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines == [
        "# Ruth's laptop",
        "autosave_seconds = 2.0",
        'theme = "textual-light"',
        "",
        "[keymap]",
        'go-coverage = "ctrl+o"',
    ]
    settings = load_settings(path)
    assert settings.theme == "textual-light"
    assert settings.keymap == {"go-coverage": "ctrl+o"}
    assert settings.autosave_seconds == 2.0


def test_save_theme_adds_the_line_above_the_first_table_or_makes_the_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[keymap]\nhelp = "f2"\n', encoding="utf-8")
    save_theme(path, "nord")
    assert path.read_text(encoding="utf-8") == 'theme = "nord"\n[keymap]\nhelp = "f2"\n'
    assert load_settings(path).keymap == {"help": "f2"}  # still in its table

    fresh = tmp_path / "new" / "config.toml"
    save_theme(fresh, "textual-light")
    assert load_settings(fresh).theme == "textual-light"


def test_save_theme_leaves_a_broken_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    broken = 'theme = "textual-dark"\nautosave_seconds = \n'
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(FieldworkError, match="could not be kept"):
        save_theme(path, "textual-light")
    assert path.read_text(encoding="utf-8") == broken
    assert os.listdir(tmp_path) == ["config.toml"]


@pytest.fixture
def config() -> Path:
    """The inspector's settings file (tests/conftest.py points it into tmp_path)."""
    path = Path(os.environ["FIELDWORK_CONFIG_FILE"])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(WRITTEN, encoding="utf-8")
    return path


def test_save_theme_that_cannot_replace_the_file_leaves_it_and_no_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(WRITTEN, encoding="utf-8")

    def refuse(src: object, dst: object) -> None:  # the disk, not the code under test
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(FieldworkError, match="No space left on device"):
        save_theme(path, "textual-light")
    assert path.read_text(encoding="utf-8") == WRITTEN
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.toml"]


@pytest.mark.asyncio
async def test_theme_chosen_in_the_app_is_the_theme_next_time(
    snapshot_db: Path, config: Path
) -> None:
    store = Store.open(snapshot_db)
    try:
        app = make_app(store)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            assert app.theme == "textual-dark"
            await run_palette_command(pilot, "Toggle light/dark theme")
            assert app.theme == "textual-light"
        assert load_settings(config).theme == "textual-light"
        assert load_settings(config).keymap == {"go-coverage": "ctrl+o"}

        again = make_app(store)
        async with again.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            assert again.theme == "textual-light"
            assert again.current_theme.dark is False
    finally:
        store.close()


@pytest.mark.asyncio
async def test_a_change_of_theme_restyles_the_screen(make_small: AppFactory) -> None:
    app = make_small(start_screen="cases")
    async with app.run_test(size=(100, 30)) as pilot:
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
