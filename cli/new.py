"""`fieldwork new`: an empty inspection database, issued to its lead."""

from __future__ import annotations

from pathlib import Path

import click

from cli import values
from cli.common import CONTEXT, DB, user_errors, version_option
from store.framework import load_framework
from store.store import Store


@click.command("new", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.option(
    "--framework",
    "framework_ref",
    required=True,
    metavar="ID_OR_FILE",
    help="A built-in framework id (see 'fieldwork frameworks') or a framework file.",
)
@click.option("--title", required=True, help="The inspection's title.")
@click.option("--lead", required=True, metavar="NAME", help="The lead inspector's name.")
@click.option("--organisation", default="Cafcass", show_default=True)
@click.option("--start", "start_date", metavar="YYYY-MM-DD", help="First day of fieldwork.")
@click.option("--end", "end_date", metavar="YYYY-MM-DD", help="Last day of fieldwork.")
@version_option
def new_cmd(
    db: Path,
    framework_ref: str,
    title: str,
    lead: str,
    organisation: str,
    start_date: str | None,
    end_date: str | None,
) -> None:
    """Create an empty inspection database DB (readable by you only)."""
    with user_errors():
        title, lead = values.text(title, "The title"), values.text(lead, "The lead's name")
        organisation = values.text(organisation, "The organisation")
        start_date, end_date = values.date_range(start_date, end_date)
        framework = load_framework(framework_ref)
        store = Store.create(
            db,
            framework,
            title=title,
            lead=lead,
            organisation=organisation,
            start_date=start_date,
            end_date=end_date,
        )
        store.ensure_case_list_key()
        store.close()
        click.echo(f"Created {db}: {title} ({framework.title}); lead inspector {lead}.")
