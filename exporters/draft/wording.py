"""The wording data files (`templates/frameworks/wording/*.toml`), each parsed once a
process.

Each module of the draft reads the tables it needs from these files, and most files
serve many modules (`voices.toml` about twenty): parsed at each reader, a first draft
in a process parsed them about four times each (63 parses of 16 files, about a quarter
of a CPU-second of the first draft of a small inspection, and of every `fieldwork
export`).  Every reader asks `wording_table` instead, which parses a file the first
time it is asked for and hands the same table to every reader after.

The tables are shared, so a reader copies what it changes (`dict(table["x"])`) and
never changes a table in place (`tests/export/test_suite22_wording_tables.py` drafts
the hand-written inspections and checks every table is still what its file says).
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from store.framework import builtin_dir


def wording_dir() -> Path:
    """The folder of the wording data files."""
    return builtin_dir() / "wording"


def wording_table(name: str, folder: Path | None = None) -> dict[str, Any]:
    """The parsed TOML file `name` ("voices.toml") of the wording folder (or of
    `folder`), parsed once a process: the same table for every reader, not to be
    changed."""
    return _parsed((folder or wording_dir()) / name)


@cache
def _parsed(path: Path) -> dict[str, Any]:
    with path.open("rb") as fh:
        return tomllib.load(fh)
