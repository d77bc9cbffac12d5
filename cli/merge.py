"""`fieldwork merge`: inspectors' files into the master, or the master back."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import click

from cli.common import AS_OPTION, CONTEXT, DB, echo_json, opened, version_option
from store.models import counted


@click.command("merge", context_settings=CONTEXT)
@click.argument("target", type=DB)
@click.argument("sources", nargs=-1, required=True, type=DB)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option(
    "--keep-backups", default=5, show_default=True, type=click.IntRange(1, 1000), metavar="N",
    help="How many backups of TARGET to keep beside it (older ones are deleted).",
)  # fmt: skip
@click.option(
    "--off-team", is_flag=True,
    help="Take work from a file issued to someone taken off the team (work from before "
         "they left); without it such a file is refused.",
)  # fmt: skip
@AS_OPTION
@version_option
def merge_cmd(
    target: Path,
    sources: tuple[Path, ...],
    as_json: bool,
    keep_backups: int,
    off_team: bool,
    as_name: str | None,
) -> None:
    """Merge SOURCE databases into TARGET: the inspectors' files into the master, or the
    master back into an inspector's file.  A copy of TARGET is kept beside it first.  A
    deputy running the master after a handover merges --as themselves, so the merge log
    names who merged."""
    started = time.monotonic()
    bar: Any = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if bar is None and time.monotonic() - started > 0.5 and sys.stderr.isatty():
            bar = click.progressbar(length=total, label="Merging", file=sys.stderr)
            bar.__enter__()
            bar.update(done)
        elif bar is not None:
            bar.update(1)

    with opened(target, as_name) as store:
        try:
            reports, backup = store.merge(
                list(sources), progress=progress, keep_backups=keep_backups, off_team=off_team
            )
        finally:
            if bar is not None:
                bar.__exit__(None, None, None)
        open_conflicts = len(store.conflicts())
    if as_json:
        echo_json(
            {
                "target": str(target),
                "backup": str(backup) if backup else None,
                "sources": [r.model_dump() for r in reports],
                "open_conflicts": open_conflicts,
            }
        )
        return
    for r in reports:
        click.echo(r.summary())
    if backup is not None:
        click.echo(f"A copy of {target} from before the merge is at {backup} (the newest "
                   f"{keep_backups} copies are kept).")  # fmt: skip
    else:
        click.echo(f"Nothing new came in, so no copy of {target} was made (older copies are kept).")
    if open_conflicts:
        click.echo(
            f"{counted(open_conflicts, 'open conflict')}: see 'fieldwork conflicts {target}'."
        )
