"""`fieldwork inspection edit`: the inspection's title, organisation, dates and framework."""

from __future__ import annotations

from pathlib import Path

import click

from cli import values
from cli.common import CONTEXT, DB, fail, opened, version_option
from store.framework import dump_framework, load_framework
from store.models import InspectionInfo
from store.store import Store


@click.group("inspection", context_settings=CONTEXT)
@version_option
def inspection_group() -> None:
    """The inspection itself: title, organisation, dates and framework."""


@inspection_group.command("edit", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.option("--title", help="The inspection's title.")
@click.option("--organisation", help="The inspected organisation.")
@click.option("--start", "start_date", metavar="YYYY-MM-DD", help="First day of fieldwork.")
@click.option("--end", "end_date", metavar="YYYY-MM-DD", help="Last day of fieldwork.")
@click.option(
    "--framework",
    "framework_ref",
    metavar="ID_OR_FILE",
    help="Another framework (a built-in id or a file), for a file set up under the wrong one.",
)
@version_option
def inspection_edit_cmd(
    db: Path,
    title: str | None,
    organisation: str | None,
    start_date: str | None,
    end_date: str | None,
    framework_ref: str | None,
) -> None:
    """Change the inspection's title, organisation, dates (validated; the end may not
    come before the start) or framework (in the master only, where everything recorded
    is still the new framework's: the team, the case list, the sample and the references
    stay as they are)."""
    given = (title, organisation, start_date, end_date, framework_ref)
    if all(v is None for v in given):
        fail("give --title, --organisation, --start, --end or --framework to change.")
    with opened(db, lead="change the inspection's details") as store:
        if framework_ref is not None:
            _change_framework(store, db, framework_ref)
        if all(v is None for v in given[:4]):
            return
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


def _change_framework(store: Store, db: Path, ref: str) -> None:
    framework = load_framework(ref)
    if framework.id == store.framework.id:
        if dump_framework(framework) != dump_framework(store.framework):
            fail(f"{ref} differs from the framework {db} holds under the same id "
                 f"{framework.id!r} (its criteria, bands or wording): give the file a new "
                 f"id (id = \"{framework.id}-2\") and run this again to switch to it; nothing "
                 "was changed.")  # fmt: skip
        click.echo(f"{db} already uses {framework.id} ({framework.title}); nothing to change.")
        return
    change = store.change_framework(framework)
    click.echo(f"{db} now uses {change.after} ({framework.title}) instead of {change.before}; "
               "the team, case list, sample, references and everything recorded are kept.")  # fmt: skip
    if change.issued_to:
        who = ", ".join(change.issued_to)
        click.echo(f"The files issued to {who} still use {change.before}: merge each into "
                   f"{db}, then issue each of them a new file ('fieldwork issue {db} "
                   "--inspector NAME -o FILE').")  # fmt: skip
