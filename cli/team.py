"""`fieldwork team add|list|edit|remove|handover`: the inspection team, and the master
handed over to a deputy."""

from __future__ import annotations

from pathlib import Path

import click

from cli import values
from cli.common import CONTEXT, DB, echo_json, fail, opened, version_option
from store.models import ROLE_LABELS, counted

ROLE_HELP = "lead, deputy, inspector, analyst or qa"


@click.group("team", context_settings=CONTEXT)
@version_option
def team_group() -> None:
    """The inspection team: who is on it, their initials and roles."""


@team_group.command("add", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.argument("name")
@click.option(
    "--initials",
    metavar="XX",
    help="One to four letters (default: the first letter of each word of NAME).",
)
@click.option("--role", "role_name", default="inspector", show_default=True, help=ROLE_HELP)
@version_option
def team_add_cmd(db: Path, name: str, initials: str | None, role_name: str) -> None:
    """Add NAME to the team (prints the new inspector's id)."""
    with opened(db, lead="change the team") as store:
        role = values.role(role_name)
        new_id = store.add_member(name, initials, role)  # type: ignore[arg-type]
        person = store.inspector(new_id)
    click.echo(f"Added {person.name} ({person.initials}, {ROLE_LABELS[role]}): {new_id}")


@team_group.command("list", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.option("--all", "show_all", is_flag=True, help="Include people removed from the team.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@version_option
def team_list_cmd(db: Path, show_all: bool, as_json: bool) -> None:
    """List the team: name, initials, role and cases held."""
    with opened(db) as store:
        people = [p for p in store.inspectors() if show_all or p.active]
        held = store.cases_held()  # as the team screen and the analyst's CSV count
        me = store.me_id
    rows = [
        {
            "id": p.id, "name": p.name, "initials": p.initials, "role": p.role,
            "role_label": ROLE_LABELS[p.role], "active": p.active, "cases": held.get(p.id, 0),
            "this_file_is_theirs": p.id == me,
        }
        for p in people
    ]  # fmt: skip
    if as_json:
        echo_json(rows)
        return
    for r in rows:
        mark = "  (this file)" if r["this_file_is_theirs"] else ""
        gone = "  [removed]" if not r["active"] else ""
        click.echo(
            f"{r['initials']:<5} {r['name']:<28} {r['role_label']:<28} "
            f"{counted(held.get(str(r['id']), 0), 'case'):>11}"
            f"{mark}{gone}"
        )


@team_group.command("edit", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.argument("name")
@click.option("--name", "new_name", help="The new name.")
@click.option("--initials", help="New initials.")
@click.option("--role", "role_name", help=ROLE_HELP)
@version_option
def team_edit_cmd(
    db: Path, name: str, new_name: str | None, initials: str | None, role_name: str | None
) -> None:
    """Change a team member's name, initials or role (the change travels through merges)."""
    if new_name is None and initials is None and role_name is None:
        fail("give --name, --initials or --role to change.")
    with opened(db, lead="change the team") as store:
        person = store.find_inspector(name)
        role = values.role(role_name) if role_name is not None else None
        now = store.edit_member(person.id, name=new_name, initials=initials, role=role)  # type: ignore[arg-type]
    click.echo(f"Changed {person.name}: {now.name} ({now.initials}, {ROLE_LABELS[now.role]}).")


@team_group.command("remove", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.argument("name")
@version_option
def team_remove_cmd(db: Path, name: str) -> None:
    """Take NAME off the team (someone leaving the inspection).  Refused while they hold
    cases: give them to others first, and merge their file first.  What they recorded
    stays theirs and counts; a later merge of their file is refused unless 'merge
    --off-team', and no file is issued to them again.  The removal travels through merges
    like any edit."""
    with opened(db, lead="change the team") as store:
        person = store.find_inspector(name)
        work = store.remove_member(person.id)
        files = len(store.files_issued_to(person.id))
    kept = (f" What they recorded ({counted(work, 'note or grading', 'notes and gradings')}) "
            f"stays theirs and counts as before." if work else "")  # fmt: skip
    later = (" A merge of a file issued to them is refused from now on unless --off-team "
             "(for work from before they left).")  # fmt: skip
    # Tester 22, F13: the file on their laptop still holds the children's names.
    held = (f" The {'file' if files == 1 else f'{files} files'} issued to them still "
            f"{'holds' if files == 1 else 'hold'} the names of the children and families in "
            f"their cases: collect {'it' if files == 1 else 'them'}, or, once their work is "
            f"merged, delete {'it' if files == 1 else 'them'} and {'its' if files == 1 else 'their'} "
            f"backups (NAME.bak-*)." if files else "")  # fmt: skip
    click.echo(f"Removed {person.name} from the team.{kept}{later}{held}")


@team_group.command("handover", context_settings=CONTEXT)
@click.argument("db", type=DB)
@click.argument("name")
@click.option("-o", "--to", "to", type=click.Path(path_type=Path), metavar="FILE",
              help="Write the handed-over master to FILE (for the laptop that will hold it) "
              "and retire DB: it records nothing more.")  # fmt: skip
@version_option
def team_handover_cmd(db: Path, name: str, to: Path | None) -> None:
    """Hand the master DB over to NAME, a deputy lead (or back to the lead): from now on
    what is recorded in it is theirs without --as, and merges name them.  With -o FILE
    the master handed over is FILE, and DB is retired (read, exported and merged from,
    never written to again, so nothing is recorded in the wrong name on the laptop it
    stays on); without it, DB itself is handed over, on the laptop that will hold it."""
    with opened(db, lead="hand the master over") as store:
        person = store.find_inspector(name)
        if to is not None:
            before, made = store.hand_over_as_copy(person.id, to)
        else:
            before, made = store.hand_over(person.id), db
    retired = (
        f" {db} is retired: it records nothing more, and says where the master went; "
        f"take {made} (and nothing else) to {person.name}'s laptop, and once {made} holds "
        f"all its work, delete {db} and its backups ({db.name}.bak-*): it still holds "
        "every child's name."
        if to is not None
        else f" Any other copy of this master (the one it was copied from) still records "
        f"as {before}: work only in {db}, and merge that copy into it if anything was "
        f"written there since ('fieldwork team handover {db} NAME -o FILE' retires the "
        f"file it hands over from)."
    )
    click.echo(
        f"{made} is now {person.name}'s ({ROLE_LABELS[person.role].lower()}), handed over "
        f"from {before}: what is recorded in it from now on is {person.name}'s without "
        f"--as, and {before}'s work in it keeps their name. If {person.name} has a file of "
        f"their own, merge it into {made} and work in {made} from now on; to hand it back: "
        f"'fieldwork team handover {made} \"{before}\" -o FILE'.{retired}"
    )
