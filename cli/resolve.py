"""`fieldwork resolve`: settle one conflict."""

from __future__ import annotations

import json
from pathlib import Path

import click

from cli.common import AS_OPTION, CONTEXT, DB, fail, opened, version_option


@click.command("resolve", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.argument("record_id")
@click.option("--take", "take", metavar="VERSION_ID", help="Keep this side.")
@click.option("--edit", is_flag=True, help="Edit the values in $EDITOR and keep the result.")
@AS_OPTION
@version_option
def resolve_cmd(
    db: Path, record_id: str, take: str | None, edit: bool, as_name: str | None
) -> None:
    """Settle one conflict; the resolution travels to other files like any edit."""
    if bool(take) == edit:
        fail("give either --take VERSION_ID or --edit.")
    with opened(db, as_name) as store:
        if take:
            vid = store.resolve(record_id, take=take)
        else:
            c = store.conflict(record_id)
            if c is None:
                fail(f"record {record_id} is not in conflict; edit it in the usual way.")
            shown = next(s for s in c.sides if s.winner)
            try:
                text = click.edit(
                    json.dumps(shown.values, indent=2, ensure_ascii=False) + "\n",
                    extension=".json",
                )
            except click.ClickException as exc:  # no editor, or it failed
                fail(f"{exc.format_message()}; set $EDITOR to an editor that works, or use "
                     f"--take; nothing was resolved.")  # fmt: skip
            if text is None:
                fail("the editor was closed without saving; nothing was resolved.")
            try:
                values = json.loads(text)
            except json.JSONDecodeError as exc:
                fail(f"the edited text is not JSON ({exc.msg}, line {exc.lineno}); not resolved.")
            vid = store.resolve(record_id, values=values)
    click.echo(f"Resolved {record_id} (version {vid}).")
