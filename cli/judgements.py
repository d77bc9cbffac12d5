"""`fieldwork judgements`: the judgements recorded, and those still to record, headless
(tester 26, F7: after a killed `judge` the lead could see what it left only in the
workbench, a dump or the CSV)."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import click

from cli.common import CONTEXT, DB, echo_json, opened, version_option
from cli.conflicts import width, wrapped
from store.framework import Framework
from store.models import JudgementPlace, counted
from store.record_history import SetBy, set_or_last


@click.command("judgements", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@version_option
def judgements_cmd(db: Path, as_json: bool) -> None:
    """List the judgements the framework asks for: each grade recorded, by whom and
    when, with its rationale; those not recorded yet."""
    with opened(db) as store:
        places = store.judgement_places()
        if as_json:
            echo_json([p.model_dump() for p in places])
            return
        names = {p.id: p.name for p in store.inspectors()}
        setters = Setters(store.who_set("judgement", "grade"),
                          store.who_set("judgement", "rationale"))  # fmt: skip
        lines = [line for p in places
                 for line in place_lines(store.framework, p, names, setters)]  # fmt: skip
    columns = width()
    for line in lines:
        click.echo("\n".join(wrapped(line, "", "    ", columns)))
    done = sum(1 for p in places if p.recorded and p.recorded.grade)
    click.echo(f"{done} of {counted(len(places), 'judgement')} recorded; record one with "
               f"'fieldwork judge {db} --judgement ID [--area CODE] --grade G --rationale TEXT'.")  # fmt: skip


class Setters(NamedTuple):
    """Who set each judgement's grade and rationale that stand (`Store.who_set`)."""

    grade: dict[str, SetBy]
    rationale: dict[str, SetBy]


def place_lines(
    fw: Framework, place: JudgementPlace, names: dict[str, str], setters: Setters
) -> list[str]:
    """What `judgements` says of one judgement: its heading line, then its rationale.
    Who graded it is who set the grade that stands, as `judgements.csv`'s
    `judged_by_name` says, not whoever last touched it (tester 32: "recorded by" the
    deputy who rewrote the rationale of the lead's grade); the rationale's writer is
    named where another."""
    where = f"Area {place.area_code} ({place.area_name})" if place.area_code else "national"
    head = f"{place.judgement_id} {place.title}, {where}: "
    j = place.recorded
    if j is None or not j.grade:
        return [head + "not recorded yet"]
    graded = set_or_last(setters.grade, j.meta)
    wrote = set_or_last(setters.rationale, j.meta)
    who, when = _who_when(graded, names)
    writer, written = _who_when(wrote, names)
    by = "" if wrote.author == graded.author else f" (by {writer}, {written} UTC)"
    conflict = (
        " (its versions disagree: settle it in the workbench's Conflicts)"
        if j.meta.conflict
        else ""
    )
    return [f"{head}{fw.grade(j.grade).label}, graded by {who} on {when} UTC{conflict}",
            f"    Rationale{by}: {' '.join(j.rationale.split())}"]  # fmt: skip


def _who_when(set_by: SetBy, names: dict[str, str]) -> tuple[str, str]:
    """Who set a value, by name, and when, to the minute ("2026-12-07 14:02")."""
    return names.get(set_by.author, set_by.author), set_by.at[:16].replace("T", " ")
