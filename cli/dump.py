"""`fieldwork dump`: the inspection's content as canonical JSON."""

from __future__ import annotations

from pathlib import Path

import click

from cli.common import CONTEXT, DB, opened, version_option


@click.command("dump", context_settings=CONTEXT)
@click.argument("db", type=DB)
@version_option
def dump_cmd(db: Path) -> None:
    """Print the inspection's content as canonical JSON; two databases with the same
    content print the same bytes."""
    with opened(db) as store:
        text = store.dump()
    click.echo(text, nl=False)
