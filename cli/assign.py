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
@click.option(
    "--from", "giver", metavar="NAME",
    help="Every case NAME holds (of --area, if given): before taking them off the team.",
)  # fmt: skip
@AS_OPTION
@version_option
def assign_cmd(
    db: Path, inspector: str, area: str | None, every: bool, refs: tuple[str, ...],
    giver: str | None, as_name: str | None,
) -> None:  # fmt: skip
    """Assign cases to an inspector: one area's sampled cases (--area), every case
    (--all, or --area with --all), given cases (--case), or every case someone else
    holds (--from NAME, of --area if given).  Prints how many and to whom."""
    if refs and (area or every or giver):
        fail("give --case REF on its own, or --area CODE, --all or --from NAME.")
    if giver and every:
        fail("give --from NAME (with --area CODE, if you like) or --all, not both.")
    if not refs and not area and not every and not giver:
        fail("give --area CODE, --all, --from NAME or one or more --case REF.")
    with opened(db, as_name, lead="assign cases") as store:
        person = store.find_inspector(inspector)
        if not person.active:
            fail(f"{person.name} is not on the team any more.")
        if refs:
            ids = [store.case_by_ref(r).id for r in refs]
            what = "the given cases"
        elif giver:
            if store.find_inspector(giver).id == person.id:
                fail(f"{person.name} already holds them: name who is to take them over.")
            ids, what = _held_by(store, giver, values.area(store, area) if area else None)
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
        split = store.families_split(person.id, ids)
    click.echo(f"Assigned {counted(changed, 'case')} to {person.name} ({len(ids) - changed} "
               f"already theirs).")  # fmt: skip
    for family in split:
        click.echo(f"Note: {family.note}", err=True)


def _held_by(store: Store, name: str, code: str | None) -> tuple[list[str], str]:
    """The cases `name` holds (of area `code`), and how they are said."""
    giver = store.find_inspector(name)
    f = CaseFilter(inspector_id=giver.id, area_code=code)
    ids = [r.id for r in store.case_rows(f, 0, store.count_cases(f) + 1)]
    if not ids:
        where = f" in area {code}" if code else ""
        fail(f"{giver.name} holds no cases{where}: nothing to assign.")
    return ids, f"every case {giver.name} holds" + (f" of area {code}" if code else "")
