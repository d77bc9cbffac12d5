"""`fieldwork issue`: a database for one inspector."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from cli.common import CONTEXT, DB, fail, opened, version_option
from store.ids import protected_name_id
from store.merge_notes import issued_on
from store.models import LEAD_ROLES, CaseFilter, counted

if TYPE_CHECKING:
    from store.store import Store


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
        unnamed = [] if person.role in LEAD_ROLES else cases_named_once(store, person.id)
    if person.role in LEAD_ROLES:
        click.echo(f"Issued {output} to {person.name}, with everything the master holds.")
    else:
        click.echo(f"Issued {output} to {person.name}: the protected names of the cases they "
                   f"hold only, and no case-list key.")  # fmt: skip
    if unnamed:
        click.echo(f"Note: {counted(len(unnamed), 'case')} {person.name} holds "
                   f"({', '.join(unnamed[:3])}{', ...' if len(unnamed) > 3 else ''}) "
                   "may lack protected names in the file: this master's names were "
                   "imported as one record each, tied to the first case giving it. Import "
                   f"the case list again ('fieldwork cases import {db} LIST'), then issue "
                   "again, so that the file holds every name its cases give.",
                   err=True)  # fmt: skip
    if earlier:
        click.echo(replaced(person.name, *earlier[-1]))


def cases_named_once(store: Store, inspector_id: str) -> list[str]:
    """The references of the cases an inspector holds that have no protected name
    recorded for them alone, where the file holds names imported as one record for
    every case giving them (before `store.ids.protected_name_id` tied a record to each
    case: tester 14, F7): [] for a file whose names are all per case, or with none."""
    iid = store.inspection_id
    tied = [(p.case_id, p.id == protected_name_id(iid, p.name, p.category, p.case_id))
            for p in store.protected_names() if p.case_id]  # fmt: skip
    if all(per_case for _case, per_case in tied):
        return []
    named = {case_id for case_id, per_case in tied if per_case}
    held = store.case_rows(CaseFilter(inspector_id=inspector_id), 0, store.count_cases() + 1)
    return [c.ref for c in held if c.id not in named]


def replaced(name: str, file_id: str, merged: str | None) -> str:
    """What a lead must know when an inspector who already held a file is issued
    another (a lost laptop): the work in the old file is not in the new one."""
    issued = issued_on(file_id, minute=True)  # to the minute: a laptop lost the same day
    last = f"last merged {merged[:16].replace('T', ' ')} UTC" if merged else "never merged"
    return (f"{name} already held a file (issued {issued}, {last}): anything recorded in it "
            f"since is not in the new file; if it turns up, merge it as usual (nothing in it "
            f"is lost or taken twice), then merge the master into the new file at once, so "
            f"that what {name} redoes there builds on it rather than meeting it as a "
            f"conflict; {name} works in the new file from now on.")  # fmt: skip
