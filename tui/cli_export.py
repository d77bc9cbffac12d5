"""Export commands: export area, export report, export csv; identifiability hits for check."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from store.store import Store


def register(cli: click.Group, check_hooks: list[Callable[[Store], list[dict[str, Any]]]]) -> None:
    """Add the export commands to the `fieldwork` group and a check hook."""
