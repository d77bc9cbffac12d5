"""`fieldwork assign`: give cases to an inspector."""

from __future__ import annotations

from pathlib import Path

import click

from cli import values
from cli.common import AS_OPTION, CONTEXT, DB, fail, opened, version_option
from store.models import CaseFilter, counted
from store.store import Store


@click.command("assign", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.option("--inspector", required=True, metavar="NAME", help="Who gets the cases.")
@click.option("--area", metavar="CODE", help="The sampled cases of this area.")
@click.option(
    "--all", "every", is_flag=True, help="Every case (of --area, if given), sampled or not."
)
@click.option("--case", "refs", multiple=True, metavar="REF", help="A case (repeatable).")
@AS_OPTION
@version_option
def assign_cmd(
    db: Path, inspector: str, area: str | None, every: bool, refs: tuple[str, ...],
    as_name: str | None,
) -> None:  # fmt: skip
    """Assign cases to an inspector: one area's sampled cases (--area), every case
    (--all, or --area with --all), or given cases (--case).  Prints how many and to whom."""
    if refs and (area or every):
        fail("give --case REF on its own, or --area CODE and/or --all.")
    if not refs and not area and not every:
        fail("give --area CODE, --all or one or more --case REF.")
    with opened(db, as_name, lead="assign cases") as store:
        person = store.find_inspector(inspector)
        if not person.active:
            fail(f"{person.name} is not on the team any more.")
        if refs:
            ids = [store.case_by_ref(r).id for r in refs]
            what = "the given cases"
        else:
            code = values.area(store, area) if area else None
            if every:
                f = CaseFilter(area_code=code)
                ids = [r.id for r in store.case_rows(f, 0, store.count_cases(f) + 1)]
            else:
                ids = store.sampled_case_ids(code)
            what = (f"{'every case' if every else 'the sampled cases'}"
                    + (f" of area {code}" if code else ""))  # fmt: skip
            if not ids:
                fail(f"there are no {what.removeprefix('the ')} to assign"
                     + ("; draw the sample first ('fieldwork sample')." if not every else "."))  # fmt: skip
        click.echo(f"Assigning {counted(len(ids), 'case')} ({what}) to {person.name}.")
        changed = store.assign_cases(person.id, ids)
        split = families_split(store, ids)
    click.echo(f"Assigned {counted(changed, 'case')} to {person.name} ({len(ids) - changed} "
               f"already theirs).")  # fmt: skip
    for line in split:
        click.echo(line, err=True)


def families_split(store: Store, ids: list[str]) -> list[str]:
    """A note for each case given whose brother or sister another inspector holds: a
    family's file is read once, by one inspector."""
    siblings = store.siblings()
    if not any(cid in siblings for cid in ids):
        return []
    names = {p.id: p.name for p in store.inspectors()}
    notes = []
    for cid in ids:
        case = store.case(cid)
        for ref in siblings.get(cid, []):
            holder = store.case_by_ref(ref).inspector_id
            if holder is None or holder == case.inspector_id:
                continue
            who = names.get(holder, "another inspector")
            notes.append(
                f"Note: {case.ref} and {ref} are children of one family, and {who} holds "
                f"{ref}: a family's file is read once, so give both to one inspector "
                f"('fieldwork assign DB --inspector NAME --case {case.ref} --case {ref}')."
            )
    return notes
