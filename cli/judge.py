"""`fieldwork judge`: record a judgement, national or for one area."""

from __future__ import annotations

from pathlib import Path

import click

from cli import values
from cli.common import AS_OPTION, CONTEXT, DB, opened, version_option
from store.models import Judgement


@click.command("judge", context_settings=CONTEXT)
@click.argument("db", type=DB)
@AS_OPTION
@click.option("--judgement", "judgement_id", required=True, metavar="ID")
@click.option("--area", metavar="CODE", help="For a judgement made per area.")
@click.option("--grade", required=True, metavar="G", help="outstanding, good, ...")
@click.option("--rationale", required=True)
@version_option
def judge_cmd(
    db: Path, as_name: str | None, judgement_id: str, area: str | None, grade: str, rationale: str
) -> None:
    """Record a judgement, national or for one area (prints its id)."""
    with opened(db, as_name, lead="record judgements") as store:
        fw = store.framework
        rid = store.set_judgement(
            Judgement(
                judgement_id=values.judgement(fw, judgement_id),
                area_code=values.visited_area(store, area) if area else None,
                grade=values.grade(fw, grade),
                rationale=values.text(rationale, "The rationale"),
            )
        )
    click.echo(rid)
