"""Opening the workbench, `fieldwork [open] [DB] [--as NAME]`, without click.

An inspector starts the workbench many times a day and its start-up is measured
(`bench/bench_tui.py`).  Importing click and the sub-commands' modules costs about
7 ms of it, a thirtieth, for forms this simple.  So the console script (`tui.entry`)
reads just these forms here and hands everything else to click (`tui.cli`): help,
`--version`, the sub-commands and anything not recognised, mistakes included, which
click reports.  Both end in `open_workbench`; `tests/test_entry.py` checks that this
module and click read every form alike, and that `COMMANDS` names click's commands.

How a failure is reported (`fail`, `user_errors`, `opened`) lives here too, for the same
reason; every command uses them.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple, NoReturn

from store.errors import FieldworkError
from store.paths import default_database, ensure_private_dir
from store.store import Store

COMMANDS = frozenset(
    {
        "assign",
        "cases",
        "check",
        "conflicts",
        "demo",
        "dump",
        "evidence",
        "export",
        "frameworks",
        "grade",
        "issue",
        "judge",
        "locate",
        "merge",
        "new",
        "open",
        "resolve",
        "sample",
    }
)
"""The sub-commands: a first argument with one of these names is not a database."""


class Workbench(NamedTuple):
    """What to open: the database (None: the one in the data folder) and as whom."""

    db: Path | None = None
    as_name: str | None = None


def workbench_request(args: list[str]) -> Workbench | None:
    """The workbench these arguments open, or None when click should read them."""
    if not args:
        return Workbench()
    if args[0] == "open":
        rest = args[1:]
    elif args[0].startswith("-") or args[0] in COMMANDS:
        return None
    else:
        rest = args  # `fieldwork DB ...`: the database comes first
    db: str | None = None
    as_name: str | None = None
    words = iter(rest)
    for word in words:
        if word == "--as":
            word = next(words, "-")
            if as_name is not None or word.startswith("-"):
                return None
            as_name = word
        elif word.startswith("--as="):
            if as_name is not None:
                return None
            as_name = word.removeprefix("--as=")
        elif db is not None or not word or word.startswith("-"):
            return None
        else:
            db = word
    return Workbench(Path(db) if db is not None else None, as_name)


def fail(message: str, code: int = 2) -> NoReturn:
    """One line on stderr and exit with `code`."""
    print(f"fieldwork: {message}", file=sys.stderr, flush=True)
    sys.exit(code)


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
def opened(path: Path | str) -> Iterator[Store]:
    """The store at `path`, closed afterwards; failures reported as `user_errors`."""
    with user_errors():
        store = Store.open(path)
        try:
            yield store
        finally:
            store.close()


def open_workbench(db: Path | None = None, as_name: str | None = None) -> None:
    """Run the TUI on `db` (default: the inspection in the data folder, where a demo is
    written the first time), working as the inspector `as_name` if given."""
    with user_errors():
        if db is None:
            db = default_database()
            if not db.exists():
                from store.demo import write_demo

                ensure_private_dir(db.parent)
                print(f"First run: writing a demo inspection to {db} ...", file=sys.stderr)
                write_demo(db)
        store = Store.open(db)
        if as_name:
            store.set_me(store.find_inspector(as_name).id)
        from tui.app import run_app

        run_app(store)
