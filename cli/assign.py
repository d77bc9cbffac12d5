"""`fieldwork assign`: give cases to an inspector."""

from __future__ import annotations

from pathlib import Path

import click

from cli.common import AS_OPTION, CONTEXT, DB, fail, opened, version_option
from store.models import CaseFilter


@click.command("assign", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.option("--inspector", required=True, metavar="NAME", help="Who gets the cases.")
@click.option("--area", metavar="CODE", help="Every sampled case in this area.")
@click.option("--case", "refs", multiple=True, metavar="REF", help="A case (repeatable).")
@AS_OPTION
@version_option
def assign_cmd(
    db: Path, inspector: str, area: str | None, refs: tuple[str, ...], as_name: str | None
) -> None:
    """Assign cases to an inspector, by area or by reference."""
    if bool(area) == bool(refs):
        fail("give either --area CODE or one or more --case REF.")
    with opened(db, as_name) as store:
        person = store.find_inspector(inspector)
        if area:
            store.area(area)
            rows = store.case_rows(CaseFilter(area_code=area), limit=100000)
            ids = [r.id for r in rows]
        else:
            ids = [store.case_by_ref(r).id for r in refs]
        changed = store.assign_cases(person.id, ids)
    click.echo(f"Assigned {changed} cases to {person.name} ({len(ids) - changed} already theirs).")
