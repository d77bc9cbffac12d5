"""The foundation commands through click's runner: help and version everywhere,
new, frameworks, demo, check, locate."""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from cli.root import cli
from store.connection import app_version
from store.store import Store
from tests.fixtures.handwritten import Fixture


def _all_commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command path under `group`, loading the lazily loaded ones."""
    found = [prefix]
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None, name
        if isinstance(command, click.Group):
            found += _all_commands(command, (*prefix, name))
        else:
            found.append((*prefix, name))
    return found


@pytest.mark.parametrize("path", _all_commands(cli), ids=lambda p: " ".join(p) or "fieldwork")
def test_every_level_has_help_and_version(path: tuple[str, ...]) -> None:
    runner = CliRunner()
    helped = runner.invoke(cli, [*path, "--help"])
    assert helped.exit_code == 0, helped.output
    assert "Usage:" in helped.output
    # Help is for the user: no code's names (`store.team.add_area`, a tester's finding)
    assert not re.search(r"`|\b(?:store|cli|exporters|tui)\.\w", helped.output), helped.output
    versioned = runner.invoke(cli, [*path, "--version"])
    assert versioned.exit_code == 0, versioned.output
    assert app_version() in versioned.output


def test_new_creates_a_private_database(tmp_path: Path) -> None:
    path = tmp_path / "cafcass.db"
    result = CliRunner().invoke(
        cli,
        [
            "new",
            str(path),
            "--framework",
            "cafcass-2018",
            "--title",
            "Cafcass national 2018",
            "--lead",
            "Ruth Okafor",
            "--start",
            "2018-02-02",
            "--end",
            "2018-03-02",
        ],
    )
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    with Store.open(path) as store:
        assert store.inspection().start_date == "2018-02-02"
        me = store.me()
        assert me is not None and me.name == "Ruth Okafor"


def test_new_with_unknown_framework_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    result = CliRunner().invoke(
        cli, ["new", str(path), "--framework", "nope", "--title", "t", "--lead", "l"]
    )
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "No framework called 'nope'" in result.output
    assert not path.exists()


def test_frameworks_json_lists_counts() -> None:
    result = CliRunner().invoke(cli, ["frameworks", "--json"])
    assert result.exit_code == 0
    items = {i["id"]: i for i in json.loads(result.output)}
    assert items["cafcass-2013"]["criteria"] == 40
    assert len(items["cafcass-2021"]["judgements"]) == 3


def test_frameworks_text() -> None:
    result = CliRunner().invoke(cli, ["frameworks"])
    assert "cafcass-2018  Inspection of Cafcass as a national organisation" in result.output


def test_check_reports_counts_as_json(handwritten_db: Path, handwritten: Fixture) -> None:
    """On the hand-written inspection (the demo's 150 cases took five times as long to
    scan for identifying details and proved nothing more about the counts)."""
    result = CliRunner().invoke(cli, ["check", str(handwritten_db), "--json"])
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.output)
    assert report["integrity"] == "ok"
    assert report["counts"]["cases"] == len(handwritten.cases()) == 44
    assert report["counts"]["areas"] == len(handwritten.areas())
    assert report["schema_version"] >= 1


def test_locate_prints_the_test_data_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["locate"])
    assert str(tmp_path / "data") in result.output


def test_unknown_database_path_for_tui_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, [str(tmp_path / "missing.db")])
    assert result.exit_code == 2
    assert "There is no inspection database" in result.output
