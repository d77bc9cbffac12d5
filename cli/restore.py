"""`fieldwork restore`: put a damaged file back from its newest sound backup."""

from __future__ import annotations

from pathlib import Path

import click

from cli.common import CONTEXT, fail, version_option


@click.command("restore", context_settings=CONTEXT)
@click.argument("db", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--from", "source", type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="Restore from this file (a copy merged elsewhere) instead of the newest sound "
    "backup beside DB.",
)  # fmt: skip
@version_option
def restore_cmd(db: Path, source: Path | None) -> None:
    """Put DB back from the newest backup beside it that reads as sound (or --from
    FILE); the file it replaces is kept aside as DB.damaged-TIME, never deleted."""
    from store.errors import FieldworkError
    from store.restore import restore

    try:
        done = restore(db, source)
    except FieldworkError as exc:
        fail(str(exc))
    for skipped in done.passed_over:
        click.echo(f"Passed over {skipped}.")
    of = f" (inspection: {done.title})" if done.title else ""
    click.echo(f"Restored {done.path} from {done.source}{of}.")
    if done.moved_aside:
        click.echo(f"The file it replaced is kept as {done.moved_aside}: delete it once the "
                   f"restored file serves you.")  # fmt: skip
    since = (f" after {done.last_own[:16].replace('T', ' ')} UTC (the last of your own "
             f"changes it holds)" if done.last_own else " since")  # fmt: skip
    click.echo("Work merged or recorded in this file after that backup was made is not in it: "
               "merge the team's files into it again (versions already present are skipped), "
               f"and redo any change you made in it{since}.")  # fmt: skip
