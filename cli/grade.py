"""`fieldwork grade`: grade a case against a criterion, or clear the grading."""

from __future__ import annotations

from pathlib import Path

import click

from cli import values
from cli.common import AS_OPTION, CONTEXT, DB, fail, opened, status_hint, version_option
from store.framework import Framework
from store.models import Grading


@click.command("grade", context_settings=CONTEXT)
@click.argument("db", type=DB)
@AS_OPTION
@click.option("--case", "case_ref", required=True, metavar="REF")
@click.option("--criterion", required=True, metavar="ID")
@click.option(
    "--grade", metavar="G",
    help="outstanding, good, requires improvement, inadequate, n/a or insufficient "
    "(codes or labels, any case).",
)  # fmt: skip
@click.option(
    "--rationale", default=None,
    help="Why.  Left out, a grading keeps the rationale it has (the output says so).",
)  # fmt: skip
@click.option("--clear", is_flag=True, help="Clear this case's grading for the criterion.")
@version_option
def grade_cmd(
    db: Path, as_name: str | None, case_ref: str, criterion: str, grade: str | None,
    rationale: str | None, clear: bool,
) -> None:  # fmt: skip
    """Grade one case against one criterion (prints the grading's id), or --clear it."""
    if bool(grade) == clear:
        fail("give either --grade G or --clear.")
    with opened(db, as_name) as store:
        case = store.case_by_ref(case_ref)
        criterion_id = values.criterion(store.framework, criterion)
        if clear:
            store.clear_grading(case.id, criterion_id)
            click.echo(f"Cleared the grading of {case.ref} against {criterion_id}.")
            return
        refuse_service_criterion(store.framework, criterion_id)
        code = values.grading(store.framework, grade or "")
        kept = False
        if rationale is None:  # never erase a rationale the command was not given
            before = store.gradings_for_case(case.id).get(criterion_id)
            rationale = before.rationale if before else ""
            kept = bool(rationale)
        rid = store.set_grading(
            Grading(case_id=case.id, criterion_id=criterion_id, grade=code, rationale=rationale)
        )
        hint = status_hint(store, db, case.id)
    click.echo(rid)
    for line in hint:
        click.echo(line, err=True)
    if kept:
        click.echo("The rationale already written was kept (give --rationale to change it).",
                   err=True)  # fmt: skip


def refuse_service_criterion(fw: Framework, criterion_id: str) -> None:
    """A criterion about the service is judged from interviews, data and papers, never
    graded on a case (`exporters.gradable`; tester 31, F11): refused, saying so."""
    from exporters.gradable import case_criteria

    if criterion_id not in case_criteria(fw):
        fail(f"{criterion_id} ({fw.criterion(criterion_id).text}) is about the service, judged "
             f"from interviews, data and papers, not graded on a case: record what the case "
             f"shows as a note ('fieldwork evidence add DB --case REF --criteria "
             f"{criterion_id} ...').")  # fmt: skip
