"""Who holds a database file open: for the sentence shown when a file is in use.

On Linux the open files of every process are listed under /proc; a process that
holds the database (or its -wal/-shm) is named by what it is: the Fieldwork
workbench, a `fieldwork merge` (or other command), or another program.  Elsewhere, or
when /proc cannot be read, nothing is known and the caller says "another process".
Only read when an error is being reported, never on a normal path.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

_FLAGS_WITH_VALUE = {"--as"}
_MODULES = {"cli", "cli.entry", "cli.root"}  # python -m cli ...


def holders(path: Path) -> list[tuple[int, str]]:
    """(pid, description) of the other processes that have `path` (or its WAL files)
    open, as far as this system lets us know."""
    proc = Path("/proc")
    if not proc.is_dir():
        return []
    try:
        real = str(path.resolve())
    except OSError:
        return []
    wanted = {real, real + "-wal", real + "-shm", real + "-journal"}
    found = []
    me = os.getpid()
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == me:
            continue
        if _holds(entry, wanted):
            found.append((int(entry.name), describe(_cmdline(entry))))
    return sorted(found)


def holder_phrase(path: Path) -> str:
    """'the Fieldwork workbench (process 4242)', or 'another process' if unknown."""
    found = holders(path)
    if not found:
        return "another process"
    return " and ".join(f"{what} (process {pid})" for pid, what in found[:2])


def describe(argv: list[str]) -> str:
    """What a process is, from its command line."""
    if not argv:
        return "another program"
    words = [Path(a).name for a in argv]
    marks = [w == "fieldwork" or a in _MODULES for w, a in zip(words, argv, strict=True)]
    if not any(marks):
        return f"another program ({words[0]})"
    start = marks.index(True)
    rest = argv[start + 1 :]
    sub = None
    skip = False
    for arg in rest:
        if skip:
            skip = False
            continue
        if arg in _FLAGS_WITH_VALUE:
            skip = True
            continue
        if arg.startswith("-") or "/" in arg or arg.endswith(".db"):
            continue
        sub = arg
        break
    if sub in (None, "open"):
        return "the Fieldwork workbench"
    return f"a 'fieldwork {sub}' command"


def _holds(entry: Path, wanted: set[str]) -> bool:
    with contextlib.suppress(OSError):
        for fd in (entry / "fd").iterdir():
            with contextlib.suppress(OSError):
                if os.readlink(fd) in wanted:
                    return True
    return False


def _cmdline(entry: Path) -> list[str]:
    try:
        raw = (entry / "cmdline").read_bytes()
    except OSError:
        return []
    return [part.decode("utf-8", "replace") for part in raw.split(b"\0") if part]
