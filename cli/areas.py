"""`fieldwork areas list|add|rename|visit|unvisit`: the organisation's service areas."""

from __future__ import annotations

from pathlib import Path

import click

from cli import values
from cli.common import CONTEXT, DB, echo_json, fail, opened, version_option
from store.models import CaseFilter, counted


@click.group("areas", context_settings=CONTEXT)
@version_option
def areas_group() -> None:
    """The organisation's service areas, and which of them the inspection visits."""


@areas_group.command("list", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.option("--visited", "visited_only", is_flag=True, help="Only the visited areas.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@version_option
def areas_list_cmd(db: Path, visited_only: bool, as_json: bool) -> None:
    """List the areas: code, name, visited, and how many cases each holds."""
    with opened(db) as store:
        rows = [
            {"code": a.code, "name": a.name, "visited": a.visited,
             "cases": store.count_cases(CaseFilter(area_code=a.code))}
            for a in store.areas(visited_only)
        ]  # fmt: skip
        some = bool(rows) or bool(store.areas())
    if as_json:
        echo_json(rows)
        return
    if not rows and some:
        click.echo(f"No area is visited yet: mark those inspectors visit with "
                   f"'fieldwork areas visit {db} CODE...'.")  # fmt: skip
    elif not rows:
        click.echo(f"No areas yet: add them with 'fieldwork areas add {db} CODE --name TEXT'.")
    for r in rows:
        mark = "visited" if r["visited"] else ""
        cases = counted(int(str(r["cases"])), "case")
        click.echo(f"{r['code']:>4}  {r['name']:<48} {cases:>11}  {mark}")


@areas_group.command("add", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.argument("code")
@click.option("--name", required=True, help="The area's name.")
@click.option("--visited", is_flag=True, help="Mark it visited as well.")
@version_option
def areas_add_cmd(db: Path, code: str, name: str, visited: bool) -> None:
    """Add a service area to the inspection.  CODE is the area's number, written 7 or
    'Area 7'; it is the area's identity, so two files that add the same code add one
    area."""
    with opened(db, lead="change the areas") as store:
        key = store.add_area(values.AREA_WORDS.sub("", code).strip(), name, visited)
    click.echo(f"Added area {key}, {name.strip()}" + (" (visited)." if visited else "."))


@areas_group.command("rename", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.argument("area")
@click.option("--name", required=True, help="The new name.")
@version_option
def areas_rename_cmd(db: Path, area: str, name: str) -> None:
    """Rename an area (its code stays)."""
    with opened(db, lead="change the areas") as store:
        current = store.area(values.area(store, area))
        store.rename_area(current.code, name)
    click.echo(f"Area {current.code} is now {name.strip()}.")


def _set_visited(db: Path, areas: tuple[str, ...], visited: bool) -> None:
    if not areas:
        fail("name one or more areas, such as 6 or 'Area 15a'.")
    with opened(db, lead="change the areas") as store:
        codes = [values.area(store, a) for a in areas]  # all checked before any is changed
        changed = store.set_visited(codes, visited)
        now = [a.code for a in store.areas(visited_only=True)]
    word = "visited" if visited else "not visited"
    click.echo(
        f"Marked {counted(len(changed), 'area')} {word}; visited now: {', '.join(now) or 'none'}."
    )


@areas_group.command("visit", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.argument("areas", nargs=-1, metavar="AREA...")
@version_option
def areas_visit_cmd(db: Path, areas: tuple[str, ...]) -> None:
    """Mark areas as visited (the sample and the area findings are drawn from these)."""
    _set_visited(db, areas, True)


@areas_group.command("unvisit", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.argument("areas", nargs=-1, metavar="AREA...")
@version_option
def areas_unvisit_cmd(db: Path, areas: tuple[str, ...]) -> None:
    """Mark areas as not visited."""
    _set_visited(db, areas, False)
