"""`fieldwork check`: schema version, integrity, counts and problems in a database,
including the identifying details a whole-report export would stop on."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from cli.common import CONTEXT, DB, echo_json, opened, version_option
from store.models import counted
from store.store import Store


def identifying_problems(store: Store) -> list[dict[str, Any]]:
    """Identifying details anywhere in the file (every free-text field at rest, and
    what only the whole draft shows), as check problems; hits a lead has accepted
    ('fieldwork identify accept') are left out."""
    from exporters.export import all_hits
    from exporters.identify.decisions import Decisions, hit_id

    decisions = Decisions.from_store(store)
    return [
        {
            "kind": f"identifying-{h.kind}",
            "message": f"Identifying detail [hit {hit_id(store.inspection_id, h)}]: {h.message()}.",
            "hit_id": hit_id(store.inspection_id, h),
            "record_id": h.evidence_ids[0] if h.evidence_ids else None,
            "evidence_ids": list(h.evidence_ids),
            "field": h.field,
            "text": h.text,
        }
        for h in decisions.split(all_hits(store)).stopping
    ]


@click.command("check", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option(
    "--copies-merged",
    is_flag=True,
    help="Say that every copy of a file used in two places has been merged into DB and "
    "only one copy is used from now on (recorded in DB only); check then reports those "
    "copies as settled, until a change number is made twice again.",
)
@version_option
def check_cmd(db: Path, as_json: bool, copies_merged: bool) -> None:
    """Report schema version, integrity, counts and problems in DB, and the problems
    found before that are settled.

    Exits 0 when the file is sound, 1 when problems were found."""
    with opened(db) as store:
        if copies_merged:
            whose = store.settle_copies()
            said = (
                f"Marked settled: {'; '.join(whose)} (used in two places); check reports it "
                f"again if a change number is made twice again (a copy still in use)."
                if whose
                else "No file was used in two places; nothing to mark."
            )
            click.echo(said, err=as_json)
        report = store.check()
        extra = identifying_problems(store)
    problems = [p.model_dump() for p in report.problems] + extra
    ok = report.integrity == "ok" and not problems
    if as_json:
        echo_json({**report.model_dump(), "problems": problems, "ok": ok})
    else:
        click.echo(f"{report.path}: schema {report.schema_version}, Fieldwork {report.app_version}")
        click.echo(f"integrity: {report.integrity}")
        click.echo("counts: " + ", ".join(f"{k} {v}" for k, v in report.counts.items()))
        if problems:
            click.echo(f"{counted(len(problems), 'problem')}:")
            for p in problems:
                click.echo(f"  - {p['message']}")
        else:
            click.echo("no problems found")
        if report.settled:
            click.echo(f"{len(report.settled)} settled before:")
            for note in report.settled:
                click.echo(f"  - {note}")
    sys.exit(0 if ok else 1)
