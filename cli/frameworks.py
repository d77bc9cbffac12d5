"""`fieldwork frameworks`: the built-in inspection frameworks."""

from __future__ import annotations

from typing import Any

import click

from cli.common import CONTEXT, echo_json, user_errors, version_option
from store.framework import builtin_frameworks


@click.command("frameworks", context_settings=CONTEXT)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@version_option
def frameworks_cmd(as_json: bool) -> None:
    """List the built-in inspection frameworks."""
    with user_errors():
        items: list[dict[str, Any]] = [
            {
                "id": f.id,
                "title": f.title,
                "year": f.year,
                "judgements": [j.title for j in f.judgements],
                "criteria": len(f.criteria),
            }
            for f in builtin_frameworks()
        ]
    if as_json:
        echo_json(items)
        return
    for item in items:
        click.echo(f"{item['id']}  {item['title']}")
        click.echo(f"    {item['criteria']} criteria; judgements: " + "; ".join(item["judgements"]))
