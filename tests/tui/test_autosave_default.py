"""How much typing a killed process may lose is the autosave interval: the tester killed
the workbench half a second after typing a sentence and found the draft empty, as it was
kept once a second (tester 25, F4).  A settings file that does not set it, and one that
sets nothing, keep a draft at least three times a second; one that sets it is obeyed."""

from __future__ import annotations

from pathlib import Path

from tui.settings import load_settings


def test_an_unset_interval_keeps_drafts_three_times_a_second(tmp_path: Path) -> None:
    missing = load_settings(tmp_path / "none.toml")
    written = tmp_path / "config.toml"
    written.write_text('theme = "textual-light"\n', encoding="utf-8")
    assert missing.autosave_seconds <= 1 / 3
    assert load_settings(written).autosave_seconds == missing.autosave_seconds


def test_a_set_interval_is_obeyed(tmp_path: Path) -> None:
    written = tmp_path / "config.toml"
    written.write_text("autosave_seconds = 2.5\n", encoding="utf-8")
    assert load_settings(written).autosave_seconds == 2.5
