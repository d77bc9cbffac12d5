"""`fieldwork previous show|set|add|edit|progress|remove`: the previous inspection (when,
and its overall judgement) and its recommendations, with how far each was acted on.

The draft's "Previous inspections" section and its key finding on them are written from
these (`exporters.draft.previous`).  Each is the lead's decision (or a deputy's), refused
in a file issued to anyone else, as a judgement is.
"""

from __future__ import annotations

from pathlib import Path

import click

from cli import values
from cli.common import AS_OPTION, CONTEXT, DB, echo_json, fail, opened, version_option, warn_saved
from store.models import PROGRESS_LABELS, counted
from store.store import Store

LEAD = "record the previous inspection"
PROGRESS_WORDS: list[tuple[str, list[str]]] = [
    ("met", ["acted on", "done", "yes", "fully", "achieved", "addressed"]),
    ("partly-met", ["partly acted on", "partly", "partly met", "partial", "in part", "some"]),
    ("not-met", ["not acted on", "not", "no", "not met", "none", "unmet"]),
    ("", ["not yet decided", "unknown", "clear", "undecided"]),
]
"""How far a recommendation was acted on, as a lead types it ("" clears it)."""
CRITERIA_OPTION = click.option(
    "--criteria",
    metavar="ID[,ID]",
    help="The framework's criteria it is about ('fieldwork framework show' lists them).",
)


@click.group("previous", context_settings=CONTEXT)
@version_option
def previous_group() -> None:
    """The previous inspection: its date, overall judgement and recommendations, and
    how far each recommendation was acted on (for the draft's "Previous inspections")."""


@previous_group.command("show", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@version_option
def previous_show_cmd(db: Path, as_json: bool) -> None:
    """The previous inspection and its recommendations, each with its progress."""
    with opened(db) as store:
        info = store.inspection()
        recs = store.recommendations()
        grade = store.framework.grading_label(info.previous_grade) if info.previous_grade else ""
    if as_json:
        echo_json({
            "date": info.previous_date, "grade": info.previous_grade,
            "recommendations": [r.model_dump(exclude={"meta"}) for r in recs],
        })  # fmt: skip
        return
    if info.previous_date or grade:
        click.echo(f"Previous inspection: {info.previous_date or 'date not given'}, "
                   f"{grade or 'judgement not given'}.")  # fmt: skip
    else:
        click.echo(f"No previous inspection recorded: 'fieldwork previous set {db} "
                   "--date YYYY-MM --grade G'.")  # fmt: skip
    if not recs:
        click.echo(f"No recommendations recorded: 'fieldwork previous add {db} TEXT'.")
        return
    undecided = sum(1 for r in recs if r.progress is None)
    tail = f"; {undecided} not yet decided" if undecided else ""
    click.echo(f"{counted(len(recs), 'recommendation')}{tail}:")
    for r in recs:
        said = PROGRESS_LABELS.get(r.progress or "", "not yet decided")
        click.echo(f"{r.number:>3}  {said:<16} {r.text}")
        if r.criteria:
            click.echo(f"{'':22}About: {', '.join(r.criteria)}")
        if r.finding:
            click.echo(f"{'':22}Found: {r.finding}")


@previous_group.command("set", context_settings=CONTEXT)
@click.argument("db", type=DB)
@AS_OPTION
@click.option("--date", "when", metavar="YYYY-MM", help="When it was (YYYY-MM or YYYY-MM-DD).")
@click.option("--grade", metavar="G", help="Its overall judgement (good, requires improvement...).")
@version_option
def previous_set_cmd(db: Path, as_name: str | None, when: str | None, grade: str | None) -> None:
    """Record when the previous inspection was and its overall judgement ("" clears)."""
    if when is None and grade is None:
        fail("give --date YYYY-MM, --grade G or both.")
    with opened(db, as_name, lead=LEAD) as store:
        code = values.grade(store.framework, grade) if grade else grade
        store.set_previous_inspection(when, code)
        info = store.inspection()
        said = store.framework.grading_label(info.previous_grade) if info.previous_grade else ""
    click.echo(f"Previous inspection: {info.previous_date or 'date not given'}, "
               f"{said or 'judgement not given'}.")  # fmt: skip


@previous_group.command("add", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.argument("text")
@AS_OPTION
@click.option("--number", type=int, help="Its number in that report (default: the next).")
@CRITERIA_OPTION
@version_option
def previous_add_cmd(
    db: Path, text: str, as_name: str | None, number: int | None, criteria: str | None
) -> None:
    """Add one of the previous inspection's recommendations, in that report's words."""
    with opened(db, as_name, lead=LEAD) as store:
        about = values.criteria(store.framework, criteria) if criteria else []
        words = values.text(text, "The recommendation")
        n = store.add_recommendation(words, number, criteria=about)
        warned = _warning(store, store.recommendation(n).text, "recommendation")
    click.echo(f"Recommendation {n} recorded; say how far it was acted on with "
               f"'fieldwork previous progress {db} {n} met|partly|not'.")  # fmt: skip
    if not about:
        click.echo(f"Link it to the criteria it is about ('fieldwork previous edit {db} {n} "
                   "--criteria ID[,ID]') so that the draft sets it beside what inspectors "
                   "found on them.")  # fmt: skip
    warn_saved(warned)


@previous_group.command("edit", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.argument("number", type=int)
@AS_OPTION
@click.option("--text", help="The recommendation's words.")
@CRITERIA_OPTION
@version_option
def previous_edit_cmd(
    db: Path, number: int, as_name: str | None, text: str | None, criteria: str | None
) -> None:
    """Change a recommendation's words or the criteria it is about (its progress and
    finding stay); --criteria "" unlinks it."""
    if text is None and criteria is None:
        fail("give --text TEXT, --criteria ID[,ID] or both.")
    with opened(db, as_name, lead=LEAD) as store:
        about = values.criteria(store.framework, criteria) if criteria is not None else None
        words = values.text(text, "The recommendation") if text is not None else None
        rec = store.change_recommendation(number, text=words, criteria=about)
        warned = _warning(store, rec.text, "recommendation") if text is not None else []
    linked = f" (about {', '.join(rec.criteria)})" if rec.criteria else ""
    click.echo(f"Recommendation {number} changed{linked}.")
    warn_saved(warned)


@previous_group.command("progress", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.argument("number", type=int)
@click.argument("progress", metavar="met|partly|not")
@AS_OPTION
@click.option("--finding", help="What inspectors found of it, in the report's words.")
@version_option
def previous_progress_cmd(
    db: Path, number: int, progress: str, as_name: str | None, finding: str | None
) -> None:
    """Record how far a recommendation was acted on (met, partly, not; or 'unknown'),
    and what inspectors found (quoted in the draft's "Previous inspections")."""
    with opened(db, as_name, lead=LEAD) as store:
        code = values.pick(progress, PROGRESS_WORDS, "progress", lister="fieldwork previous --help")
        rec = store.change_recommendation(number, progress=code or None, finding=finding)
        warned = _warning(store, rec.finding, "finding")
    said = PROGRESS_LABELS.get(code, "not yet decided")
    click.echo(f"Recommendation {number}: {said}.")
    warn_saved(warned)


@previous_group.command("remove", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.argument("number", type=int)
@AS_OPTION
@version_option
def previous_remove_cmd(db: Path, number: int, as_name: str | None) -> None:
    """Remove a recommendation recorded by mistake (its history stays)."""
    with opened(db, as_name, lead=LEAD) as store:
        store.remove_recommendation(number)
    click.echo(f"Recommendation {number} removed.")


def _warning(store: Store, text: str, field: str) -> list[str]:
    """What could identify a child or family in these words, which the draft quotes in
    its body (the warning and one line per detail; [] for none)."""
    if not text:
        return []
    from exporters.export import scanner_for
    from exporters.identify.advice import warning_lines

    return warning_lines(scanner_for(store).scan(text, field=field))
