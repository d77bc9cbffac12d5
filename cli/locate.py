"""`fieldwork locate`: where Fieldwork keeps its data and settings."""

from __future__ import annotations

import click

from cli.common import CONTEXT, version_option
from store.paths import config_file, data_dir, default_database


@click.command("locate", context_settings=CONTEXT)
@version_option
def locate_cmd() -> None:
    """Print where Fieldwork keeps its data and settings."""
    click.echo(f"data folder:       {data_dir()}")
    click.echo(f"default database:  {default_database()}")
    click.echo(f"settings file:     {config_file()}")
