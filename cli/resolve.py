"""`fieldwork resolve`: settle one conflict.

`--edit` opens the values shown now (merged field by field; for the fields in conflict
the provisional side's) as JSON in $EDITOR.  Above them, as `//` comment lines that are
ignored when the file is read back, every side's value of every field in conflict is
written out whole (the other side's rationale too), and the values before the sides'
changes, so nothing either side wrote is out of reach while the lead edits.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from cli.common import AS_OPTION, CONTEXT, DB, fail, opened, version_option
from exporters.conflict_fields import merged_changes, shown_changes, superseded
from store.conflicts import Conflict, KeptBoth

COMMENT = "//"


def edit_text(c: Conflict) -> str:
    """The text the editor opens: what each side wrote, as comments, then the JSON."""
    shown = next(s for s in c.sides if s.winner)
    live = [s for s in c.sides if not s.deleted]
    values = c.shown or (shown if not shown.deleted else live[0]).values
    fields = [f for f in c.fields if f != "(deleted)"]
    lines = [
        f"Settling: {c.label}",
        f"The sides differ in: {', '.join(c.fields)}.  Below the comments are the values",
        "shown now; edit them (JSON), save and close.  Lines starting with // are ignored.",
        "Each side's values of the fields in conflict, whole (copy what you keep):",
    ]
    for s in c.sides:
        mark = " (shown now)" if s.winner else ""
        lines += ["", f"{s.author_name}, {s.at[:16].replace('T', ' ')}{mark}:"]
        if s.deleted:
            lines.append("  deleted the record")
        lines += [f"  {k}: {_json(s.values.get(k))}" for k in fields if not s.deleted]
    if c.base is not None and fields:
        lines += ["", "Before either change:"]
        lines += [f"  {k}: {_json(c.base.get(k))}" for k in fields]
    comments = "\n".join(f"{COMMENT} {line}".rstrip() for line in lines)
    return comments + "\n\n" + json.dumps(values, indent=2, ensure_ascii=False) + "\n"


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def read_edited(text: str) -> Any:
    """The JSON of an edited file, its comment lines blanked (so that an error's line
    number is the line in the editor)."""
    kept = ["" if line.lstrip().startswith(COMMENT) else line for line in text.splitlines()]
    return json.loads("\n".join(kept))


@click.command("resolve", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.argument("record_id")
@click.option("--take", "take", metavar="VERSION_ID", help="Keep this side.")
@click.option(
    "--edit",
    is_flag=True,
    help="Edit the values in $EDITOR and keep the result (every side's text of the "
    "fields in conflict is in the file, as comments).",
)
@click.option(
    "--keep-both",
    is_flag=True,
    help="For a note: keep every side as its author wrote it, the note one side and a new "
    "note (in its author's name) each other side.",
)
@AS_OPTION
@version_option
def resolve_cmd(
    db: Path, record_id: str, take: str | None, edit: bool, keep_both: bool, as_name: str | None
) -> None:
    """Settle one conflict; the resolution travels to other files like any edit.  The
    lead or a deputy settles conflicts, in the master: refused in a team inspector's file
    (a deletion taken there would reach the master as a plain deletion of someone's edit)."""
    if [bool(take), edit, keep_both].count(True) != 1:
        fail("give one of --take VERSION_ID, --edit or --keep-both.")
    said: list[str] = []
    with opened(db, as_name, lead="settle conflicts") as store:
        c = store.conflict(record_id)
        if c is None:
            fail(f"record {record_id} is not in conflict; edit it in the usual way.")
        if keep_both:
            both = store.keep_both(record_id)
            vid = both.version_id
            said = both_kept(c, both)
        elif take:
            kept = c.values_kept(store.side_named(record_id, take))
            vid = store.resolve(record_id, take=take)
            said = outcome(c, kept)
        else:
            try:
                text = click.edit(edit_text(c), extension=".json")
            except click.ClickException as exc:  # no editor, or it failed
                fail(f"{exc.format_message()}; set $EDITOR to an editor that works, or use "
                     f"--take; nothing was resolved.")  # fmt: skip
            if text is None:
                fail("the editor was closed without saving; nothing was resolved.")
            try:
                values = read_edited(text)
            except json.JSONDecodeError as exc:
                fail(f"the edited text is not JSON ({exc.msg}, line {exc.lineno}); not resolved.")
            if not isinstance(values, dict):
                fail("the edited text is not a JSON object of the record's fields; not resolved.")
            vid = store.resolve(record_id, values=values)
            said = outcome(c, values)
    click.echo(f"Resolved {record_id} (version {vid}).")
    for line in said:
        click.echo(line)


def both_kept(c: Conflict, kept: KeptBoth) -> list[str]:
    """What keeping both sides of a note did, in words: whose version the note keeps and
    the new note each other side became."""
    names = {s.version_id: s.author_name for s in c.sides}
    lines = [f"The note keeps {names.get(kept.kept, 'one side')}'s version as written."]
    lines += [
        f"{names.get(n.from_version, n.author)}'s version is a new note, {n.record_id}, "
        "as written, in their name"
        + ("; the safeguarding concern both versions hold stays on the kept note only, to "
           "be escalated once." if n.concern_shared else ".")
        for n in kept.notes
    ]  # fmt: skip
    return lines


def outcome(c: Conflict, kept: dict[str, Any] | None) -> list[str]:
    """What a resolution that keeps `kept` (None: the deletion) did, in words: whose
    changes it supersedes, in which fields, and the changes that stand without
    conflict (one side alone made them)."""
    lost = superseded(c, kept)
    lines = [f"Superseded: {'; '.join(lost)}." if lost else "It supersedes no one's change."]
    stands = [
        m for k, m in zip(c.merged_fields, merged_changes(c), strict=True)
        if kept is not None and kept.get(k) == c.shown.get(k)
    ]  # fmt: skip
    if stands:
        lines.append(f"Kept without conflict: {'; '.join(stands)}.")
    shows = shown_changes(c, kept)
    if shows:
        lines.append(f"What shows now changed in: {', '.join(shows)}.")
    return lines
