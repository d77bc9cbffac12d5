"""`fieldwork conflicts`: records whose versions disagree.

Each record is named and each field shown as the workbench's conflicts screen shows them
(`exporters/conflict_fields.py`, shared by both): the case by its reference, criteria by
their words, fields by their labels, codes by their labels, every text whole, wrapped to
the terminal's width.  The record and version ids stay, for `fieldwork resolve`.
"""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path
from typing import Any

import click

from cli.common import CONTEXT, DB, echo_json, opened, version_option
from exporters.conflict_fields import (
    Lookups,
    cell_text,
    field_label,
    labelled,
    merged_changes,
    read_lookups,
    side_name,
)
from store.conflicts import Conflict
from store.framework import Framework
from store.models import counted

SIDE_INDENT = "    "
"""Before a side's fields (the side's own line is indented by two)."""


def width() -> int:
    """The terminal's width (80 when the output is not a terminal and COLUMNS is unset)."""
    return max(40, shutil.get_terminal_size((80, 24)).columns)


def wrapped(text: str, first: str, rest: str, columns: int, *, ids: bool = False) -> list[str]:
    """`text` wrapped to `columns`: the first line after `first`, the others after
    `rest`; each of its own lines (criteria one a line, paragraphs) kept apart.  With
    `ids`, a word is never broken (an id must stay whole to be copied)."""
    out: list[str] = []
    for n, line in enumerate(text.splitlines() or [""]):
        start = first if n == 0 else rest
        filled = textwrap.wrap(line, columns, initial_indent=start, subsequent_indent=rest,
                               break_long_words=not ids, break_on_hyphens=False)  # fmt: skip
        out.extend(filled or [start.rstrip()])
    return out


def conflict_lines(fw: Framework, c: Conflict, look: Lookups, columns: int) -> list[str]:
    """One conflict as people read it: the record, the fields in conflict, the fields
    that differ but merged (one side alone changed each, and whose change stands), then
    each side with whose it is, when, and its values of all those fields in full."""
    lines = wrapped(c.label, "", "  ", columns)
    lines.append(f"  Record {c.record_id}")
    lines += wrapped(", ".join(field_label(k) for k in c.fields), "  Differs in: ", "    ",
                     columns)  # fmt: skip
    if c.merged_fields:
        merged = "; ".join(merged_changes(c)) + ": that change stays whichever side is kept"
        lines += wrapped(merged, "  Also differs, merged without conflict: ", "    ", columns)
    for s in c.sides:
        shown = " (shown now)" if s.winner else ""
        lines += wrapped(f"{side_name(s)}{shown}, version {s.version_id}", "  - ", SIDE_INDENT,
                         columns, ids=True)  # fmt: skip
        if s.deleted:
            lines.append(f"{SIDE_INDENT}Deleted the record.")
            continue
        keys = [k for k in [*c.fields, *c.merged_fields] if k in s.values]
        if "(deleted)" in c.fields:  # the editing side: what it changed, as the screen shows
            keys = edited_fields(c, s.values)
            changed = (
                f"changed {counted(len(keys), 'field')} since the version both sides started from:"
            )
            lines.append(
                f"{SIDE_INDENT}Edited the record; {changed if keys else 'changed no field.'}"
            )
        for k in keys:
            if k in s.values:
                label = f"{SIDE_INDENT}{field_label(k)}: "
                text = cell_text(fw, c.kind, k, s.values[k], look)
                lines += wrapped(text, label, SIDE_INDENT + "  ", columns)
    return lines


def edited_fields(c: Conflict, values: dict[str, Any]) -> list[str]:
    """The fields the side that kept the record (a deletion against an edit) changed
    from the version both sides last shared (every field with a value when there is none),
    in the record's own order."""
    base = c.base
    if base is None:
        return [k for k, v in values.items() if v not in (None, "", [], False)]
    return [k for k, v in values.items() if base.get(k) != v]


@click.command("conflicts", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@version_option
def conflicts_cmd(db: Path, as_json: bool) -> None:
    """List records whose versions disagree, with each side's values and author."""
    with opened(db) as store:
        found = store.conflicts()
        if as_json:
            echo_json([c.model_dump() for c in found])
            return
        look = read_lookups(store, found)
        found = labelled(store, found, look)
        fw = store.framework
    if not found:
        click.echo("No conflicts.")
        return
    columns = width()
    for n, c in enumerate(found):
        if n:
            click.echo("")
        click.echo("\n".join(conflict_lines(fw, c, look, columns)))
    click.echo("")
    hint = (
        f"{counted(len(found), 'conflict')}; settle one with "
        f"'fieldwork resolve {db} RECORD_ID --take VERSION_ID' (or --edit)."
    )
    click.echo("\n".join(wrapped(hint, "", "", columns, ids=True)))
