"""The `fieldwork` command.

`fieldwork [DB]` opens the TUI; the sub-commands work headless (no terminal needed),
calling `store/` and `exporters/` directly.  Every user-facing failure is a
`FieldworkError`: one sentence on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from store.framework import builtin_frameworks, load_framework
from store.paths import config_file, data_dir, default_database
from store.store import Store
from tui.cli_common import CONTEXT, echo_json, version_option
from tui.launch import open_workbench, opened, user_errors


class FieldworkGroup(click.Group):
    """A group whose unknown first argument is a database path for the TUI."""

    def is_database(self, name: str) -> bool:
        """Whether the first argument names a database to open, not a command or option."""
        return name not in self.commands and not name.startswith("-")

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        if args and self.is_database(args[0]):
            return "open", self.commands["open"], args
        return super().resolve_command(ctx, args)


@click.group(
    cls=FieldworkGroup,
    invoke_without_command=True,
    context_settings=CONTEXT,
    epilog="Run 'fieldwork COMMAND --help' for one command's options.",
)
@version_option
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Fieldwork: record inspection evidence offline, merge the team's databases, and
    draft the report.

    With no command, opens the inspection in your data folder (creating a demo
    inspection there the first time)."""
    if ctx.invoked_subcommand is None:
        ctx.invoke(open_cmd, db=None, as_name=None)


@cli.command("open", context_settings=CONTEXT)
@click.argument("db", required=False, type=click.Path(path_type=Path))
@click.option("--as", "as_name", metavar="NAME", help="Work as this inspector (name or initials).")
@version_option
def open_cmd(db: Path | None, as_name: str | None) -> None:
    """Open DB in the TUI (default: the inspection in your data folder)."""
    open_workbench(db, as_name)


@cli.command("new", context_settings=CONTEXT)
@click.argument("db", type=click.Path(path_type=Path))
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
        store.close()
        click.echo(f"Created {db} ({framework.title}); lead inspector {lead}.")


@cli.command("frameworks", context_settings=CONTEXT)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@version_option
def frameworks_cmd(as_json: bool) -> None:
    """List the built-in inspection frameworks."""
    with user_errors():
        items: list[dict[str, Any]] = [
            {
                "id": f.id,
                "title": f.title,
                "year": f.year,
                "judgements": [j.title for j in f.judgements],
                "criteria": len(f.criteria),
            }
            for f in builtin_frameworks()
        ]
    if as_json:
        echo_json(items)
        return
    for item in items:
        click.echo(f"{item['id']}  {item['title']}")
        click.echo(f"    {item['criteria']} criteria; judgements: " + "; ".join(item["judgements"]))


@cli.command("demo", context_settings=CONTEXT)
@click.argument("db", type=click.Path(path_type=Path))
@click.option(
    "--cases",
    default=150,
    show_default=True,
    type=click.IntRange(1, 20000),
    help="Number of sampled cases.",
)
@click.option(
    "--inspectors",
    default=10,
    show_default=True,
    type=click.IntRange(2, 40),
    help="Team size, including the lead.",
)
@click.option("--seed", default=2018, show_default=True, type=int, help="Same seed, same demo.")
@click.option("--framework", "framework_ref", default="cafcass-2018", show_default=True)
@version_option
def demo_cmd(db: Path, cases: int, inspectors: int, seed: int, framework_ref: str) -> None:
    """Write a realistic demo inspection to DB."""
    from store.demo import write_demo

    with user_errors():
        stats = write_demo(
            db,
            cases=cases,
            inspectors=inspectors,
            seed=seed,
            framework=load_framework(framework_ref),
        )
    click.echo(f"Wrote {db}: {stats.summary()}")


@cli.command("check", context_settings=CONTEXT)
@click.argument("db", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@version_option
def check_cmd(db: Path, as_json: bool) -> None:
    """Report schema version, integrity, counts and problems in DB.

    Exits 0 when the file is sound, 1 when problems were found."""
    with opened(db) as store:
        report = store.check()
        extra = [hook(store) for hook in CHECK_HOOKS]
    problems = [p.model_dump() for p in report.problems] + [p for hits in extra for p in hits]
    if as_json:
        echo_json(
            {
                **report.model_dump(),
                "problems": problems,
                "ok": report.integrity == "ok" and not problems,
            }
        )
    else:
        click.echo(f"{report.path}: schema {report.schema_version}, Fieldwork {report.app_version}")
        click.echo(f"integrity: {report.integrity}")
        click.echo("counts: " + ", ".join(f"{k} {v}" for k, v in report.counts.items()))
        if problems:
            click.echo(f"{len(problems)} problems:")
            for p in problems:
                click.echo(f"  - {p['message']}")
        else:
            click.echo("no problems found")
    sys.exit(0 if report.integrity == "ok" and not problems else 1)


@cli.command("locate", context_settings=CONTEXT)
@version_option
def locate_cmd() -> None:
    """Print where Fieldwork keeps its data and settings."""
    click.echo(f"data folder:       {data_dir()}")
    click.echo(f"default database:  {default_database()}")
    click.echo(f"settings file:     {config_file()}")


# Other modules add commands and check hooks here --------------------------------------
CHECK_HOOKS: list[Callable[[Store], list[dict[str, Any]]]] = []


def _register_extensions() -> None:
    from tui import cli_export, cli_team

    cli_team.register(cli)
    cli_export.register(cli, CHECK_HOOKS)


_register_extensions()


def opens_workbench(args: list[str]) -> bool:
    """Whether these command-line arguments open the TUI (`fieldwork [open] [DB]`)."""
    return not args or args[0] == "open" or cli.is_database(args[0])


def main() -> None:
    cli(prog_name="fieldwork")
