"""`fieldwork judgements`: the judgements recorded, and those still to record, headless
(tester 26, F7: after a killed `judge` the lead could see what it left only in the
workbench, a dump or the CSV)."""

from __future__ import annotations

from pathlib import Path

import click

from cli.common import CONTEXT, DB, echo_json, opened, version_option
from cli.conflicts import width, wrapped
from store.framework import Framework
from store.models import JudgementPlace, counted


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
        lines = [line for p in places for line in place_lines(store.framework, p, names)]
    columns = width()
    for line in lines:
        click.echo("\n".join(wrapped(line, "", "    ", columns)))
    done = sum(1 for p in places if p.recorded and p.recorded.grade)
    click.echo(f"{done} of {counted(len(places), 'judgement')} recorded; record one with "
               f"'fieldwork judge {db} --judgement ID [--area CODE] --grade G --rationale TEXT'.")  # fmt: skip


def place_lines(fw: Framework, place: JudgementPlace, names: dict[str, str]) -> list[str]:
    """What `judgements` says of one judgement: its heading line, then its rationale."""
    where = f"Area {place.area_code} ({place.area_name})" if place.area_code else "national"
    head = f"{place.judgement_id} {place.title}, {where}: "
    j = place.recorded
    if j is None or not j.grade:
        return [head + "not recorded yet"]
    who = names.get(j.meta.updated_by, j.meta.updated_by)
    when = j.meta.updated_at[:16].replace("T", " ")
    conflict = (
        " (its versions disagree: settle it in the workbench's Conflicts)"
        if j.meta.conflict
        else ""
    )
    return [f"{head}{fw.grade(j.grade).label}, recorded by {who} on {when} UTC{conflict}",
            f"    Rationale: {' '.join(j.rationale.split())}"]  # fmt: skip
