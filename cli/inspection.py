"""`fieldwork inspection edit`: the inspection's title, organisation and dates."""

from __future__ import annotations

from pathlib import Path

import click

from cli import values
from cli.common import CONTEXT, DB, fail, opened, version_option
from store.models import InspectionInfo


@click.group("inspection", context_settings=CONTEXT)
@version_option
def inspection_group() -> None:
    """The inspection itself: title, organisation and dates."""


@inspection_group.command("edit", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.option("--title", help="The inspection's title.")
@click.option("--organisation", help="The inspected organisation.")
@click.option("--start", "start_date", metavar="YYYY-MM-DD", help="First day of fieldwork.")
@click.option("--end", "end_date", metavar="YYYY-MM-DD", help="Last day of fieldwork.")
@version_option
def inspection_edit_cmd(
    db: Path,
    title: str | None,
    organisation: str | None,
    start_date: str | None,
    end_date: str | None,
) -> None:
    """Change the inspection's title, organisation or dates (validated; the end may not
    come before the start)."""
    if title is None and organisation is None and start_date is None and end_date is None:
        fail("give --title, --organisation, --start or --end to change.")
    with opened(db, lead="change the inspection's details") as store:
        info = store.inspection()
        data = info.model_dump(include=set(InspectionInfo.model_fields))
        if title is not None:
            data["title"] = values.text(title, "The title")
        if organisation is not None:
            data["organisation"] = values.text(organisation, "The organisation")
        data["start_date"], data["end_date"] = values.date_range(
            start_date if start_date is not None else data["start_date"],
            end_date if end_date is not None else data["end_date"],
        )
        store.update_inspection(InspectionInfo.model_validate(data))
    dates = f"{data['start_date'] or '?'} to {data['end_date'] or '?'}"
    click.echo(f"{data['title']} ({data['organisation']}), {dates}.")
