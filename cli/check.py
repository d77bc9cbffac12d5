"""`fieldwork check`: schema version, integrity, counts and problems in a database,
including the identifying details a whole-report export would stop on."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from cli.common import CONTEXT, DB, echo_json, opened, version_option
from store.store import Store


def identifying_problems(store: Store) -> list[dict[str, Any]]:
    """Identifying details a whole-report export would stop on, as check problems."""
    from exporters.export import identifying_hits

    return [
        {
            "kind": f"identifying-{h.kind}",
            "message": f"Identifying detail: {h.message()}.",
            "record_id": h.evidence_ids[0] if h.evidence_ids else None,
            "evidence_ids": list(h.evidence_ids),
            "text": h.text,
        }
        for h in identifying_hits(store)
    ]


@click.command("check", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@version_option
def check_cmd(db: Path, as_json: bool) -> None:
    """Report schema version, integrity, counts and problems in DB.

    Exits 0 when the file is sound, 1 when problems were found."""
    with opened(db) as store:
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
            click.echo(f"{len(problems)} problems:")
            for p in problems:
                click.echo(f"  - {p['message']}")
        else:
            click.echo("no problems found")
    sys.exit(0 if ok else 1)
