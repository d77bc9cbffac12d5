"""The `fieldwork` console script (`cli.entry.main`) and the group's reading of its first
argument: the command's modules are imported with the garbage collector paused and then
frozen; the collector is back on before the command runs; only the command that runs is
imported; a sub-command does not import Textual; no pydantic plugin is loaded; a
mistyped command is a mistyped command, not a database."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli.root import COMMANDS, cli

ROOT = Path(__file__).resolve().parent.parent

# Runs the console script's function with these arguments and reports, as the process
# exits, what the collector and the module table look like.
PROBE = """
import atexit, gc, sys
def report():
    commands = sorted(m for m in sys.modules if m.startswith('cli.') and m not in
                      ('cli.common', 'cli.entry', 'cli.lazy', 'cli.root'))
    print(gc.isenabled(), gc.get_freeze_count(), 'textual' in sys.modules,
          ','.join(commands) or '-', flush=True)
atexit.register(report)
sys.argv = ['fieldwork', *sys.argv[1:]]
from cli.entry import main
main()
"""


def probe(
    *args: str, env: dict[str, str] | None = None
) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, cwd=ROOT, env=env
    )
    return out, out.stdout.split()[-4:]


def test_the_console_script_is_cli_entry_main() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts == {"fieldwork": "cli.entry:main"}


@pytest.mark.parametrize(
    ("args", "tui"),
    [
        ([], True),
        (["open"], True),
        (["open", "x.db"], True),
        (["inspection.db"], True),
        (["inspection.db", "--as", "JR"], True),
        (["some/folder/inspection"], True),
        (["check", "x.db"], False),
        (["chek", "x.db"], False),
        (["export", "area", "x.db"], False),
        (["--help"], False),
        (["--version"], False),
    ],
)
def test_which_arguments_open_the_workbench(args: list[str], tui: bool) -> None:
    assert cli.opens_workbench(args) is tui


def test_a_file_that_exists_is_a_database_even_without_a_suffix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "fieldwork-master").write_bytes(b"")
    assert cli.opens_workbench(["fieldwork-master"])
    assert not cli.opens_workbench(["fieldwork-mastr"])


@pytest.mark.parametrize(
    ("typed", "meant"), [("chek", "check"), ("merg", "merge"), ("exprt", "export")]
)
def test_a_mistyped_command_says_did_you_mean_and_changes_nothing(
    typed: str, meant: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, [typed, "m.db"])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1, result.output
    assert f"No such command '{typed}'" in result.output
    assert f"Did you mean '{meant}'?" in result.output
    assert "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []  # no database was created or opened


def test_a_usage_error_is_one_line_naming_the_help() -> None:
    result = CliRunner().invoke(cli, ["new", "x.db", "--framework", "cafcass-2018"])
    assert result.exit_code == 2
    assert result.output == ("fieldwork: Missing option '--title'. See 'fieldwork new --help'.\n")


def test_every_command_is_listed_and_loads() -> None:
    listed = CliRunner().invoke(cli, ["--help"]).output
    for name in COMMANDS:
        assert f"  {name} " in listed
        assert cli.load(name).name == name


def test_a_sub_command_runs_with_the_collector_on_and_imports_only_itself(
    snapshot_db: Path,
) -> None:
    out, (enabled, frozen, textual, commands) = probe("dump", str(snapshot_db))
    assert out.returncode == 0, out.stderr
    assert '"records"' in out.stdout
    assert enabled == "True"  # the collector is back on for the command itself
    assert int(frozen) > 10_000  # the imported modules' objects are frozen
    assert textual == "False"  # a sub-command does not pay for Textual's import
    assert commands == "cli.dump"  # lazy loading: no other command's module


def test_a_failing_start_still_leaves_the_collector_on(tmp_path: Path) -> None:
    """A database that is not there: one line, exit 2, and the collector back on."""
    out, (enabled, _, textual, commands) = probe(str(tmp_path / "missing.db"))
    assert out.returncode == 2
    assert out.stderr.startswith("fieldwork: There is no inspection database at")
    assert "Traceback" not in out.stderr
    assert enabled == "True"
    assert textual == "True"  # opening a database loads the workbench with the imports
    assert commands == "cli.workbench"


def fake_pydantic_plugin(folder: Path, marker: Path) -> dict[str, str]:
    """An installed package offering a pydantic plugin that leaves `marker` when loaded
    (as an observability tool would, before it sees any data); the environment that
    puts it on the path."""
    (folder / "spy_plugin.py").write_text(
        textwrap.dedent(
            f"""
            from pathlib import Path
            Path({str(marker)!r}).write_text("loaded")
            class Plugin:
                def new_schema_validator(self, *args, **kwargs):
                    return None, None, None
            plugin = Plugin()
            """
        )
    )
    info = folder / "spy_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: spy-plugin\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[pydantic]\nspy = spy_plugin:plugin\n")
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    return {**env, "PYTHONPATH": os.pathsep.join([str(folder), str(ROOT)])}


def test_the_command_runs_without_pydantic_plugins(tmp_path: Path, snapshot_db: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    marker = tmp_path / "plugin-was-loaded"
    env = fake_pydantic_plugin(site, marker)
    # Without the console script, pydantic finds the plugin and loads it.
    plain = "from tui.settings import Settings; Settings.model_validate({})"
    out = subprocess.run([sys.executable, "-c", plain], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert marker.exists()
    marker.unlink()
    # Through the console script, reading every record of a database, it never runs.
    out, _ = probe("dump", str(snapshot_db), env=env)
    assert out.returncode == 0, out.stderr
    assert '"records"' in out.stdout
    assert not marker.exists()
