"""`fieldwork issue`: a database for one inspector."""

from __future__ import annotations

from pathlib import Path

import click

from cli.common import CONTEXT, DB, fail, opened, version_option
from store.merge_notes import issued_on
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
        earlier = store.files_issued_to(person.id)
        store.issue(output, person.id)
    if person.role in LEAD_ROLES:
        click.echo(f"Issued {output} to {person.name}, with everything the master holds.")
    else:
        click.echo(f"Issued {output} to {person.name}: the protected names of the cases they "
                   f"hold only, and no case-list key.")  # fmt: skip
    if earlier:
        click.echo(replaced(person.name, *earlier[-1]))


def replaced(name: str, file_id: str, merged: str | None) -> str:
    """What a lead must know when an inspector who already held a file is issued
    another (a lost laptop): the work in the old file is not in the new one."""
    issued = issued_on(file_id)
    last = f"last merged {merged[:10]}" if merged else "never merged"
    return (f"{name} already held a file (issued {issued}, {last}): anything recorded in it "
            f"since is not in the new file; if it turns up, merge it as usual (nothing in it "
            f"is lost or taken twice), and {name} works in the new file from now on.")  # fmt: skip
