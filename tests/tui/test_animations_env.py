"""Plain mode and the inspector's own animation setting (#17): with plain mode off the
app animates as Textual's `TEXTUAL_ANIMATIONS` environment variable asks (none, basic
or full; full when it is not set); plain mode turns animation off, and turning plain
mode off again gives back what the environment asked for, not "full".

Textual reads the variable when it is first imported, so each case runs the app in a
fresh Python with the variable set, as an inspector's shell would; the app is driven
through its command palette (Pilot) on the hand-written inspection."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

RUN = """
import asyncio, sys
from pathlib import Path
from store.store import Store
from tests.tui.helpers import run_palette_command, settle
from tui.app import FieldworkApp
from tui.settings import load_settings

async def main() -> None:
    store = Store.open(Path(sys.argv[1]))
    settings = Path(sys.argv[2])
    app = FieldworkApp(store, load_settings(settings), settings)
    levels = []
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        levels.append(str(app.animation_level))
        for _ in range(2):
            await run_palette_command(pilot, "Plain mode on/off")
            await settle(pilot)
            levels.append(str(app.animation_level))
    store.close()
    print(" ".join(levels))

asyncio.run(main())
"""


@pytest.mark.parametrize(
    ("asked", "plain", "expected"),
    [("none", False, ["none", "none", "none"]), ("basic", True, ["none", "basic", "none"])],
    ids=["none", "basic-plain-first"],
)
def test_animation_follows_the_environment_unless_plain(
    handwritten_db: Path, tmp_path: Path, asked: str | None, plain: bool, expected: list[str]
) -> None:
    """Levels at start, after plain mode is switched, and after it is switched back."""
    settings = tmp_path / "settings.toml"
    settings.write_text(f"plain = {'true' if plain else 'false'}\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "TEXTUAL_ANIMATIONS"}
    if asked is not None:
        env["TEXTUAL_ANIMATIONS"] = asked
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    done = subprocess.run(
        [sys.executable, "-c", RUN, str(handwritten_db), str(settings)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == expected
