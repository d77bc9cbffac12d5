"""What every `fieldwork` command shares: click's context settings, the `--version` and
`--as` options, JSON output, and how a failure is reported (one sentence on stderr, exit
code 2, never a traceback)."""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from store.errors import FieldworkError, NotFoundError
from store.models import LEAD_ROLES, StoredCase
from store.sampling import replaced_consequence
from store.store import Store

F = TypeVar("F", bound=Callable[..., Any])

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
DB = click.Path(path_type=Path)
"""A database argument: a path, checked by `Store.open` (which says what is wrong)."""


def version_option(f: F) -> F:
    """`--version` on a command (the version is looked up only when asked for)."""
    return click.version_option(None, "--version", package_name="fieldwork", prog_name="fieldwork")(
        f
    )


AS_OPTION = click.option(
    "--as",
    "as_name",
    metavar="NAME",
    help="The inspector making the change (name or initials); default: whom DB is issued to.",
)


def echo_json(value: Any) -> None:
    """Print `value` as indented, key-sorted JSON."""
    click.echo(json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False))


def said_in_words(line: str) -> None:
    """What a command did, in words, on stderr at a terminal, after the id it prints on
    stdout (tester 36's F6: a screen reader reads a bare id aloud as half a minute of
    hex); not in a pipe or a script, whose stderr stays as it was."""
    if sys.stderr.isatty():
        click.echo(line, err=True)


def warn_saved(lines: list[str]) -> None:
    """An identifiability warning on stderr, after the saved record's id (saving is never
    refused): `lines` (`exporters.identify.advice.warning_lines`), then what follows."""
    if lines:
        lines = [*lines, "Saved all the same; exports stop on these until they are reworded "
                 "or a lead accepts one that identifies nobody ('fieldwork identify hits')."]  # fmt: skip
    for line in lines:
        click.echo(line, err=True)


def refuse_naming_reason(scanner: Any, reason: str) -> None:
    """Refuse (exit 2) a redaction's reason that itself holds an identifying detail: the
    reason is kept, and must say why without naming anyone."""
    if scanner.find(reason):
        fail("the reason itself holds an identifying detail; say why without naming anyone.")


def fail(message: str, code: int = 2) -> NoReturn:
    """One line on stderr and exit with `code`."""
    print(f"fieldwork: {message}", file=sys.stderr, flush=True)
    sys.exit(code)


def stop_on_hits(exc: Exception) -> NoReturn:
    """An export stopped by identifying details: its sentence, then one line per hit
    (with the hit id a lead accepts it by), on stderr; exit code 2."""
    click.echo(f"fieldwork: {exc}", err=True)
    for line in getattr(exc, "labels", []):
        click.echo(f"  - {line}", err=True)
    sys.exit(2)


@contextmanager
def user_errors() -> Iterator[None]:
    """Print a FieldworkError as one line and exit 2; let Ctrl+C exit quietly."""
    try:
        yield
    except FieldworkError as exc:
        fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        fail("interrupted; nothing half-written was kept.", 130)


@contextmanager
def opened(
    path: Path | str, as_name: str | None = None, *, lead: str | None = None
) -> Iterator[Store]:
    """The store at `path`, closed afterwards, working as `as_name` when given;
    failures reported as `user_errors`.  `lead` names a decision that is the lead's
    (such as "record judgements"): refused, changing nothing, in a file issued to
    anyone but the lead or a deputy (`store/roles.py`)."""
    with user_errors():
        store = Store.open(path)
        if store.merge_recovered:
            click.echo(f"note: {store.merge_recovered}", err=True)
        owner = store.me_id
        try:
            if lead:
                store.require_lead(lead, path)
            if as_name:
                store.work_as(as_name)
            yield store
        finally:
            try:
                if as_name and store.me_id != owner:  # --as is for this command only
                    store.set_me(owner)
            finally:
                store.close()
            back_up(Path(path))


def back_up(path: Path) -> None:
    """After a command, a backup of the file when its newest is over an hour old and it
    has changed since (`store.autobackup`: the work recorded between merges, tester 27,
    F10); one that cannot be written is said, the command's work kept."""
    from store.autobackup import backup_if_stale

    try:
        backup_if_stale(path)
    except (FieldworkError, OSError, sqlite3.Error) as exc:
        click.echo(f"note: no backup of {path} could be written ({exc}).", err=True)


def codes(text: str | None) -> list[str] | None:
    """A comma-separated list as its non-empty items (None for no text)."""
    return [c.strip() for c in text.split(",") if c.strip()] if text else None


def status_hint(store: Store, db: Path, case_id: str | None) -> list[str]:
    """After work recorded on a case: that the case was replaced in the sample, so the
    draft does not count the work (always said: tester 15, F8, an inspector went on
    recording on a replaced case for weeks); else a reminder, on a case still marked
    "Not started", that its status is the inspector's to set (Fieldwork never changes
    it), only when someone reads stderr at a terminal (a script keeps its output).
    First, always, that the author was taken off the team (`off_team_line`)."""
    left = off_team_line(store)
    if not case_id:
        return left
    case = store.case(case_id)
    if case.sample == "replaced":
        by = store.replaced_by(case_id)
        return [
            *left,
            f"Case {case.ref} was replaced in the sample{f' by {by}' if by else ''}: "
            f"{replaced_consequence(by)}",
        ]
    elsewhere = held_by_another(store, case)
    if elsewhere:
        return [*left, elsewhere]
    if not sys.stderr.isatty() or case.status != "not-started":
        return left
    return [
        *left,
        f"Case {case.ref} is still marked Not started: its status is yours to set "
        f"('fieldwork case edit {db} {case.ref} --status in-progress', or the case screen's "
        f"Status), and 'complete' once you have finished with it.",
    ]


def held_by_another(store: Store, case: StoredCase) -> str | None:
    """In a team inspector's own file, work on a case the lead has given another
    inspector: it still merges and counts, and the new holder should hear of it
    (tester 28, F9: an inspector graded a case she no longer held and nothing said so)."""
    me = store.me()
    if me is None or me.role in LEAD_ROLES or not case.inspector_id or case.inspector_id == me.id:
        return None
    try:
        holder = store.inspector(case.inspector_id).name
    except NotFoundError:
        holder = "another inspector"
    return (f"Case {case.ref} is now held by {holder}: what you record on it is kept and "
            f"merges like any other work; tell {holder} or the lead about it.")  # fmt: skip


def off_team_line(store: Store) -> list[str]:
    """`Store.off_team_note` as a line to print, or none."""
    note = store.off_team_note()
    return [note] if note else []
