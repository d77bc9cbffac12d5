"""What every `fieldwork` command shares: click's context settings, the `--version`
option and JSON output.  A module of its own so that `tui.cli_team`, which `tui.cli`
imports, can import it at the top."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def version_option(f: F) -> F:
    # package_name, not the version itself: looked up only when --version is asked for
    return click.version_option(None, "--version", package_name="fieldwork", prog_name="fieldwork")(
        f
    )


def echo_json(value: Any) -> None:
    click.echo(json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False))
