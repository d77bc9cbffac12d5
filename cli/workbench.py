"""`fieldwork open [DB] [--as NAME]` (also `fieldwork DB`): the inspector's workbench."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from cli.common import CONTEXT, DB, user_errors, version_option
from store.errors import InvalidInputError
from store.paths import default_database, ensure_private_dir
from store.store import Store


def open_workbench(db: Path | None = None, as_name: str | None = None) -> None:
    """Run the TUI on `db` (default: the inspection in the data folder, where a demo is
    written the first time), working as the inspector `as_name` if given."""
    with user_errors():
        if db is None:
            db = default_database()
            if not db.exists():
                from demo import write_demo

                ensure_private_dir(db.parent)
                print(f"First run: writing a demo inspection to {db} ...", file=sys.stderr)
                write_demo(db)
        store = Store.open(db)
        if store.handed_over:  # every save would be refused: say so before any typing
            store.close()
            raise InvalidInputError(store.handed_over)
        if as_name:
            try:
                store.work_as(as_name)
            except BaseException:
                store.close()
                raise
        from tui.app import run_app

        run_app(store)


@click.command("open", context_settings=CONTEXT)
@click.argument("db", required=False, type=DB)
@click.option("--as", "as_name", metavar="NAME", help="Work as this inspector (name or initials).")
@version_option
def open_cmd(db: Path | None, as_name: str | None) -> None:
    """Open DB in the TUI (default: the inspection in your data folder)."""
    open_workbench(db, as_name)
