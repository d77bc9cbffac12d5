"""`fieldwork conflicts`: records whose versions disagree."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from cli.common import CONTEXT, DB, echo_json, opened, version_option


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 70 else text[:67] + "..."


@click.command("conflicts", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@version_option
def conflicts_cmd(db: Path, as_json: bool) -> None:
    """List records whose versions disagree, with each side's values and author."""
    with opened(db) as store:
        found = store.conflicts()
    if as_json:
        echo_json([c.model_dump() for c in found])
        return
    if not found:
        click.echo("No conflicts.")
        return
    for c in found:
        click.echo(f"{c.record_id}  {c.label}")
        click.echo(f"  differs in: {', '.join(c.fields)}")
        for s in c.sides:
            shown = " (shown now)" if s.winner else ""
            click.echo(f"  - version {s.version_id} by {s.author_name}, {s.at}{shown}")
            if s.deleted:
                click.echo("      deleted")
            for k in c.fields:
                if k in s.values:
                    click.echo(f"      {k}: {_short(s.values[k])}")
    click.echo(
        f"{len(found)} conflicts; settle one with "
        f"'fieldwork resolve {db} RECORD_ID --take VERSION_ID' (or --edit)."
    )
