"""`fieldwork dump`: the inspection's content as canonical JSON, checked for
identifying details like an export (`exporters/dump.py`)."""

from __future__ import annotations

from pathlib import Path

import click

from cli.common import CONTEXT, DB, opened, stop_on_hits, version_option


@click.command("dump", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.option(
    "--omit-text", is_flag=True,
    help="Print each free-text field as a digest of its words (copies still compare).",
)  # fmt: skip
@click.option(
    "--allow-identifying", is_flag=True,
    help="Print the free text even when the check finds identifying details (recorded).",
)  # fmt: skip
@version_option
def dump_cmd(db: Path, omit_text: bool, allow_identifying: bool) -> None:
    """Print the inspection's content as canonical JSON; two databases with the same
    content print the same bytes.  Its free text is checked first, as for an export:
    an identifying detail stops it (exit code 2) unless a lead accepted that hit;
    --omit-text prints digests instead of the words."""
    from exporters.dump import checked_dump
    from exporters.errors import IdentifyingDetailsError
    from exporters.export import scanner_for

    with opened(db) as store:
        try:
            dump = checked_dump(store, scanner_for(store), omit_text=omit_text,
                                allow_identifying=allow_identifying)  # fmt: skip
        except IdentifyingDetailsError as exc:
            stop_on_hits(exc)
    click.echo(dump.text, nl=False)
    if dump.hits:
        click.echo(f"Printed despite {len(dump.hits)} identifying details "
                   "(--allow-identifying, recorded in the audit trail).", err=True)  # fmt: skip
