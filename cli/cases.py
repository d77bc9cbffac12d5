"""`fieldwork cases`: the case list supplied by the inspected organisation."""

from __future__ import annotations

from pathlib import Path

import click

from cli.common import AS_OPTION, CONTEXT, DB, fail, opened, version_option


@click.group("cases", context_settings=CONTEXT)
@version_option
def cases_group() -> None:
    """The case list supplied by the inspected organisation."""


@cases_group.command("import", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.argument("csv_file", metavar="FILE.csv", type=click.Path(path_type=Path))
@click.option("--skip-bad", is_flag=True, help="Import the good rows even if some are bad.")
@AS_OPTION
@version_option
def cases_import_cmd(db: Path, csv_file: Path, skip_bad: bool, as_name: str | None) -> None:
    """Import FILE.csv into DB: each child gets a pseudonymous reference and an age band;
    names and dates of birth are not stored with the case.  Nothing is imported while
    any row is bad, unless --skip-bad."""
    with opened(db, as_name) as store:
        report = store.import_cases(csv_file, skip_bad=skip_bad)
    for bad in report.bad:
        click.echo(f"{csv_file}: line {bad.line}: {bad.problem}", err=True)
    if not report.applied:
        fail(
            f"{len(report.bad)} bad rows in {csv_file}; nothing was imported: correct them "
            f"or pass --skip-bad."
        )
    skipped = f", {len(report.bad)} bad rows skipped" if report.bad else ""
    click.echo(
        f"Imported {report.imported} cases ({report.already_present} already present"
        f"{skipped}); {report.protected_names} names added to the protected list"
        + (f"; new areas {', '.join(report.areas_created)}" if report.areas_created else "")
        + "."
    )
