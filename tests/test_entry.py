"""The `fieldwork` console script (`tui.entry.main`): the command's modules are imported
with the garbage collector paused and then frozen; the collector is back on before the
command runs; sub-commands do not import Textual."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tui.cli import opens_workbench

ROOT = Path(__file__).resolve().parent.parent

# Runs the console script's function with these arguments and reports, as the process
# exits, what the collector and the module table look like.
PROBE = """
import atexit, gc, sys
def report():
    from pydantic.plugin._loader import get_plugins
    assert list(get_plugins()) == []  # no pydantic plugin may see case data
    print(gc.isenabled(), gc.get_freeze_count(), 'textual' in sys.modules, flush=True)
atexit.register(report)
sys.argv = ['fieldwork', *sys.argv[1:]]
from tui.entry import main
main()
"""


def probe(*args: str) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, cwd=ROOT
    )
    return out, out.stdout.split()[-3:]


def test_the_console_script_is_tui_entry_main() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts == {"fieldwork": "tui.entry:main"}


@pytest.mark.parametrize(
    ("args", "tui"),
    [
        ([], True),
        (["open"], True),
        (["open", "x.db"], True),
        (["inspection.db"], True),
        (["inspection.db", "--as", "JR"], True),
        (["check", "x.db"], False),
        (["export", "area", "x.db"], False),
        (["--help"], False),
        (["--version"], False),
    ],
)
def test_opens_workbench_follows_the_commands_own_rule(args: list[str], tui: bool) -> None:
    assert opens_workbench(args) is tui


def test_a_sub_command_runs_with_the_collector_on_and_without_textual() -> None:
    out, (enabled, frozen, textual) = probe("--version")
    assert out.returncode == 0, out.stderr
    assert "fieldwork, version" in out.stdout
    assert enabled == "True"  # the collector is back on for the command itself
    assert int(frozen) > 10_000  # the imported modules' objects are frozen
    assert textual == "False"  # a sub-command does not pay for Textual's import


def test_a_failing_start_still_leaves_the_collector_on(tmp_path: Path) -> None:
    """A database that is not there: one line, exit 2, and the collector back on."""
    out, (enabled, _, textual) = probe(str(tmp_path / "missing.db"))
    assert out.returncode == 2
    assert out.stderr.startswith("fieldwork: There is no inspection database at")
    assert "Traceback" not in out.stderr
    assert enabled == "True"
    assert textual == "True"  # opening a database loads the workbench with the imports
