"""`fieldwork grade`: grade a case against a criterion, or clear the grading."""

from __future__ import annotations

from pathlib import Path

import click

from cli import values
from cli.common import (
    AS_OPTION,
    CONTEXT,
    DB,
    fail,
    opened,
    said_in_words,
    status_hint,
    version_option,
)
from store.errors import InvalidInputError
from store.framework import Framework
from store.models import Grading, counted
from store.store import Store


@click.command("grade", context_settings=CONTEXT)
@click.argument("db", type=DB)
@AS_OPTION
@click.option("--case", "case_ref", metavar="REF")
@click.option("--criterion", metavar="ID")
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
@click.option(
    "--file", "from_file", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
    help="Grade every row of FILE (CSV or tab-separated, a header row naming the columns "
    "case, criterion, grade, rationale), checked first, recorded together.",
)  # fmt: skip
@version_option
def grade_cmd(
    db: Path, as_name: str | None, case_ref: str | None, criterion: str | None,
    grade: str | None, rationale: str | None, clear: bool, from_file: Path | None,
) -> None:  # fmt: skip
    """Grade one case against one criterion (prints the grading's id), or --clear it;
    or grade every row of a --file at once."""
    if from_file is not None:
        if case_ref or criterion or grade or rationale is not None or clear:
            fail("give either --file FILE or --case, --criterion and --grade, not both.")
        with opened(db, as_name) as store:
            ids = grade_rows(store, from_file)
        for rid in ids:
            click.echo(rid)
        click.echo(f"Recorded {counted(len(ids), 'grading')} from {from_file}.", err=True)
        return
    if not case_ref or not criterion:
        fail("give --case REF and --criterion ID (or --file FILE).")
    if bool(grade) == clear:
        fail("give either --grade G or --clear.")
    with opened(db, as_name) as store:
        if clear:
            case = store.case_by_ref(case_ref)
            criterion_id = values.criterion(store.framework, criterion)
            store.clear_grading(case.id, criterion_id)
            click.echo(f"Cleared the grading of {case.ref} against {criterion_id}.")
            return
        graded = _grading(store, case_ref, criterion, grade or "", rationale)
        kept = rationale is None and bool(graded.rationale)
        rid = store.set_grading(graded)
        hint = status_hint(store, db, graded.case_id)
        said = (f"Graded {store.case(graded.case_id).ref} on {graded.criterion_id}: "
                f"{store.framework.grading_label(graded.grade).lower()}.")  # fmt: skip
    click.echo(rid)
    said_in_words(said)
    for line in hint:
        click.echo(line, err=True)
    if kept:
        click.echo("The rationale already written was kept (give --rationale to change it).",
                   err=True)  # fmt: skip


def grade_rows(store: Store, path: Path) -> list[str]:
    """Grade each row of the file at `path` as `fieldwork grade` grades one: every row is
    checked before any is recorded, one that cannot be is named with its line (and
    nothing recorded), then all are recorded in one transaction (a scripted inspector
    grading twelve cases on five criteria waited a minute, one process a grading:
    tester 34, F5).  A row with no rationale keeps the one the grading has."""
    from cli.evidence_rows import GRADE_COLUMNS, checked, read_rows

    rows = read_rows(path, GRADE_COLUMNS, "a grading has; name the columns case, criterion, "
                     "grade, rationale (as 'fieldwork grade' names its options)")  # fmt: skip
    if not rows:
        fail(f"{path} holds no gradings under its header row; nothing was recorded.")
    made = checked(rows, lambda row: _row_grading(store, row.opts), path,
                   "grade from the file again")  # fmt: skip
    with store.transaction():
        return [store.set_grading(g) for _, g in made]


def _row_grading(store: Store, opts: dict[str, str]) -> Grading:
    """One row's grading, checked as `fieldwork grade` checks its options."""
    for needed in ("case_ref", "criterion", "grade"):
        if not opts.get(needed):
            raise InvalidInputError(f"give its {needed.replace('_ref', '')}")
    return _grading(
        store, opts["case_ref"], opts["criterion"], opts["grade"], opts.get("rationale")
    )


def _grading(
    store: Store, case_ref: str, criterion: str, grade: str, rationale: str | None
) -> Grading:
    """The grading `fieldwork grade` records, its values read as the user writes them:
    refused (InvalidInputError) on a criterion about the service, which no case is
    graded on (`exporters.gradable`; tester 31, F11); with no rationale given, the one
    the grading has is kept (never erased by a command not given one)."""
    case = store.case_by_ref(case_ref)
    criterion_id = values.criterion(store.framework, criterion)
    if criterion_id not in _case_criteria(store.framework):
        raise InvalidInputError(_about_the_service(store.framework, criterion_id))
    code = values.grading(store.framework, grade)
    if rationale is None:
        before = store.gradings_for_case(case.id).get(criterion_id)
        rationale = before.rationale if before else ""
    return Grading(case_id=case.id, criterion_id=criterion_id, grade=code, rationale=rationale)


def _case_criteria(fw: Framework) -> frozenset[str]:
    from exporters.gradable import case_criteria

    return frozenset(case_criteria(fw))


def _about_the_service(fw: Framework, criterion_id: str) -> str:
    return (f"{criterion_id} ({fw.criterion(criterion_id).text}) is about the service, judged "
            f"from interviews, data and papers, not graded on a case: record what the case "
            f"shows as a note ('fieldwork evidence add DB --case REF --criteria "
            f"{criterion_id} ...').")  # fmt: skip
