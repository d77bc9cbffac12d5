"""`fieldwork grade`: grade a case against a criterion."""

from __future__ import annotations

from pathlib import Path

import click

from cli.common import AS_OPTION, CONTEXT, DB, opened, version_option
from store.models import Grading

GRADES = ["outstanding", "good", "requires-improvement", "inadequate", "n/a", "insufficient"]


@click.command("grade", context_settings=CONTEXT)
@click.argument("db", type=DB)
@AS_OPTION
@click.option("--case", "case_ref", required=True, metavar="REF")
@click.option("--criterion", required=True, metavar="ID")
@click.option("--grade", required=True, type=click.Choice(GRADES))
@click.option("--rationale", default="", help="Why.")
@version_option
def grade_cmd(
    db: Path, as_name: str | None, case_ref: str, criterion: str, grade: str, rationale: str
) -> None:
    """Grade one case against one criterion (prints the grading's id)."""
    with opened(db, as_name) as store:
        case = store.case_by_ref(case_ref)
        rid = store.set_grading(
            Grading(case_id=case.id, criterion_id=criterion, grade=grade, rationale=rationale)
        )
    click.echo(rid)
