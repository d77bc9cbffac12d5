"""`fieldwork issue`: a database for one inspector."""

from __future__ import annotations

from pathlib import Path

import click

from cli.common import CONTEXT, DB, fail, opened, version_option
from store.models import LEAD_ROLES


@click.command("issue", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.option("--inspector", required=True, metavar="NAME", help="Whom the database is for.")
@click.option("-o", "--output", required=True, type=DB, help="The new database file.")
@version_option
def issue_cmd(db: Path, inspector: str, output: Path) -> None:
    """Write a database for one inspector: the same inspection, framework and everything
    recorded so far, with its own identity, issued to them."""
    with opened(db) as store:
        person = store.find_inspector(inspector)
        if not person.active:
            fail(f"{person.name} is not on the team any more; add them again first.")
        store.ensure_case_list_key()  # files made before this one was created
        store.issue(output, person.id)
    if person.role in LEAD_ROLES:
        click.echo(f"Issued {output} to {person.name}, with everything the master holds.")
    else:
        click.echo(f"Issued {output} to {person.name}: the protected names of the cases they "
                   f"hold only, and no case-list key.")  # fmt: skip
