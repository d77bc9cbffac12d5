"""User settings for the TUI, read from the TOML file `store.paths.config_file()` names.

```toml
theme = "textual-light"
autosave_seconds = 0.3

[keymap]
new-evidence = "a"
save-evidence = "ctrl+s,f2"
```
"""

import json
import os
import re
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from store.errors import FieldworkError


class Settings(BaseModel):
    """What an inspector may set in the settings file; every field has a default."""

    model_config = ConfigDict(extra="ignore")

    theme: str = "textual-dark"
    """Textual theme name, for example "textual-dark" or "textual-light"."""

    light_theme: str = "textual-light"
    """The theme the light/dark toggle switches to from a dark theme."""

    dark_theme: str = "textual-dark"
    """The theme the light/dark toggle switches to from a light theme."""

    keymap: dict[str, str] = {}
    """Binding id to keys (comma separated), applied with `App.set_keymap`."""

    autosave_seconds: float = Field(default=0.3, gt=0.05, le=30.0)
    """How often text being typed in the evidence editor is kept as a draft: what a
    process killed (kill -9, a power cut) loses at most (tester 25, F4: a sentence typed
    half a second before a kill was lost at one second).  A draft is written only when
    the form changed, off the UI thread, one small transaction."""

    start_screen: Literal["home", "cases"] = "home"
    """The screen shown first."""

    page_size: int = Field(default=200, ge=20, le=5000)
    """How many case-list rows are fetched at a time."""

    plain: bool = False
    """Plain mode: the terminal's own ANSI colours, no animation (the palette's "Plain
    mode on/off" switches it and keeps the choice here)."""


def load_settings(path: Path) -> Settings:
    """Read the settings file; a missing file gives the defaults.

    Raises FieldworkError with one sentence when the file cannot be used."""
    if not path.exists():
        return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise FieldworkError(
            f"Settings file {path} cannot be read ({exc}); fix or remove it."
        ) from None
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise FieldworkError(
            f"Settings file {path}: {where}: {first['msg']}; fix or remove that line."
        ) from None


def save_theme(path: Path, theme: str) -> None:
    """Keep the chosen theme in the settings file (see `save_setting`)."""
    save_setting(path, "theme", json.dumps(theme))  # a JSON string is a TOML basic string


def save_setting(path: Path, key: str, value: str) -> None:
    """Keep one top-level setting in the settings file: its `key = ...` line is
    replaced (where there is none, one is added above the first table, or at the end),
    and every other line stays as the inspector wrote it.  `value` is TOML (`true`,
    `"textual-dark"`).

    The new text must read back as valid settings before it replaces the file, and it
    replaces it in one step (a crash leaves the old file or the new one, never half).
    Raises FieldworkError with one sentence when the file cannot be written."""
    entry = f"{key} = {value}"
    try:
        lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
        for index, line in enumerate(lines):
            if line.lstrip().startswith("["):  # a table: the top-level keys are above it
                lines.insert(index, entry)
                break
            if re.match(rf"\s*{re.escape(key)}\s*=", line):
                lines[index] = entry
                break
        else:
            lines.append(entry)
        text = "\n".join(lines) + "\n"
        Settings.model_validate(tomllib.loads(text))
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.partial")
        try:
            partial.write_text(text, encoding="utf-8")
            os.replace(partial, path)
        except OSError:
            partial.unlink(missing_ok=True)  # no stray copy beside the settings file
            raise
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValidationError) as exc:
        raise FieldworkError(
            f"The {key} setting could not be kept in {path} ({exc}); it applies until you quit."
        ) from None
