"""Team workflow commands: cases import, sample, assign, issue, evidence, grade, judge,
merge, conflicts, resolve, dump."""

from __future__ import annotations

import click


def register(cli: click.Group) -> None:
    """Add the team workflow commands to the `fieldwork` group."""
