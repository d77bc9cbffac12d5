"""The `fieldwork` console script (`tui.entry.main`): the command's modules are imported
with the garbage collector paused and then frozen; the collector is back on before the
command runs; sub-commands do not import Textual; no pydantic plugin is loaded."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import click
import pytest

from tui import cli as cli_module
from tui.cli import cli, opens_workbench
from tui.launch import COMMANDS, Workbench, workbench_request

ROOT = Path(__file__).resolve().parent.parent
HEADLESS = "textual.drivers.headless_driver:HeadlessDriver"

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


def test_the_launcher_knows_every_sub_command() -> None:
    assert set(cli.commands) == COMMANDS


def clicks_reading(args: list[str], monkeypatch: pytest.MonkeyPatch) -> Workbench | None:
    """What click makes of these arguments: the workbench it opens, or None when it
    opens none (it rejects them)."""
    opened: list[Workbench] = []
    monkeypatch.setattr(cli_module, "open_workbench", lambda *a: opened.append(Workbench(*a)))
    try:
        cli.main(args, prog_name="fieldwork", standalone_mode=False)
    except click.ClickException:
        return None
    return opened[0] if opened else None


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["open"],
        ["inspection.db"],
        ["open", "inspection.db"],
        ["inspection.db", "--as", "JR"],
        ["inspection.db", "--as=Jo Reid"],
        ["open", "--as", "JR", "inspection.db"],
        ["open", "--as", "JR"],
        ["open", "open"],
        ["open", "check"],
        ["check", "x.db"],
        ["--as", "JR", "inspection.db"],
        ["inspection.db", "--as"],
        ["inspection.db", "--as", "JR", "--as", "PW"],
        ["inspection.db", "other.db"],
        ["inspection.db", "--verbose"],
        ["open", "--", "inspection.db"],
    ],
)
def test_the_launcher_reads_the_workbench_forms_as_click_does(
    args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the launcher answers, its answer is click's; the rest it leaves to click."""
    ours = workbench_request(args)
    if ours is not None:
        assert ours == clicks_reading(args, monkeypatch)


@pytest.mark.parametrize(
    ("args", "opens"),
    [
        ([], Workbench()),
        (["inspection.db"], Workbench(Path("inspection.db"))),
        (["inspection.db", "--as", "JR"], Workbench(Path("inspection.db"), "JR")),
        (["open", "--as=JR", "x.db"], Workbench(Path("x.db"), "JR")),
        (["check", "x.db"], None),
        (["--help"], None),
        (["--version"], None),
        (["--as", "JR", "inspection.db"], None),
        (["inspection.db", "--as"], None),
        (["inspection.db", "other.db"], None),
    ],
)
def test_the_launcher_answers_the_plain_forms_and_leaves_the_rest(
    args: list[str], opens: Workbench | None
) -> None:
    assert workbench_request(args) == opens


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


def test_the_workbench_starts_without_pydantic_plugins_importlib_metadata_or_click(
    tmp_path: Path, demo_db: Path
) -> None:
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

    # Through the console script, as far as the case list on screen (the start-up
    # benchmark's child: the real command, exiting once the first page is shown).
    settings = tmp_path / "settings.toml"
    settings.write_text('start_screen = "cases"\n')
    env |= {"TEXTUAL_DRIVER": HEADLESS, "FIELDWORK_CONFIG_FILE": str(settings)}
    report = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('importlib.metadata' in sys.modules,"
        " 'click' in sys.modules, flush=True))\n"
        "from bench.tui_startup_child import run_ours\n"
        f"run_ours({str(demo_db)!r})\n"
    )
    out = subprocess.run([sys.executable, "-c", report], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert not marker.exists()  # the plugin never ran
    metadata, click_imported = out.stdout.split()[-2:]
    assert metadata == "False"  # nor was anything imported to look for it
    assert click_imported == "False"  # `fieldwork DB` opens without click (tui.launch)
