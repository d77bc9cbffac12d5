"""The rows of a file of notes for `fieldwork evidence import`: one note a row, its
columns named as `evidence add`'s options are (case, area, national, criteria, source,
finding, text, quote, safeguarding, escalated, escalation note).

A script that adds a day's notes one `evidence add` at a time pays, for each note, the
start of a process and the building of the identifiability check (about a second on a
laptop: tester 31, F5, and tester 32, F3: 30 notes, two minutes).  Read from one file,
they are checked, every row before any is written, and recorded in one transaction.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import click

from cli.common import fail
from store.caselist import decode
from store.errors import FieldworkError, InvalidInputError
from store.models import counted

T = TypeVar("T")

COLUMNS: dict[str, str] = {
    "case": "case_ref", "caseref": "case_ref", "ref": "case_ref", "reference": "case_ref",
    "area": "area", "national": "national",
    "criteria": "criteria", "criterion": "criteria",
    "source": "source",
    "finding": "polarity", "polarity": "polarity",
    "text": "text", "note": "text", "evidence": "text",
    "quote": "quote", "childswords": "quote", "childsownwords": "quote", "childwords": "quote",
    "safeguarding": "safeguarding", "concern": "safeguarding",
    "safeguardingconcern": "safeguarding",
    "escalated": "escalated",
    "escalationnote": "escalation_note",
}  # fmt: skip
"""A column's heading, squashed (lower case, letters only), -> the option it gives."""
YES = frozenset({"yes", "y", "true", "1", "x"})
NO = frozenset({"no", "n", "false", "0", ""})


@dataclass
class NoteRow:
    """One row: its line in the file and the options it gives (as `evidence add`'s)."""

    line: int
    opts: dict[str, Any] = field(default_factory=dict)


def _squash(heading: str) -> str:
    return re.sub(r"[^a-z]", "", heading.lower())


def _flag(value: str, heading: str, line: int) -> bool:
    said = value.strip().lower()
    if said in YES:
        return True
    if said in NO:
        return False
    raise InvalidInputError(f"line {line}: {heading} is {value!r}; write yes or no.")


NOTE_COLUMNS = (
    "a note has; name the columns case, area, national, criteria, source, finding, text, "
    "quote, safeguarding, escalated, escalation note (as 'fieldwork evidence add' names its "
    "options)"
)
GRADE_COLUMNS: dict[str, str] = {
    "case": "case_ref", "caseref": "case_ref", "ref": "case_ref", "reference": "case_ref",
    "criterion": "criterion", "criteria": "criterion",
    "grade": "grade", "rationale": "rationale", "why": "rationale",
}  # fmt: skip
"""A grading's columns, as `fieldwork grade` names its options."""


def read_rows(
    path: Path, columns: dict[str, str] = COLUMNS, named: str = NOTE_COLUMNS
) -> list[NoteRow]:
    """The rows in a CSV or tab-separated file with a header row (the notes, or with
    `columns` another kind of row, `named` saying which columns it has);
    InvalidInputError (one sentence) for a file with no header row or a column no
    option gives."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInputError(f"Cannot read {path} ({exc.strerror}); check the path.") from None
    text = decode(raw, path)
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise InvalidInputError(f"{path} has no header row; its first line names the columns.")
    delimiter = (
        "\t" if "\t" in lines[0] else ";" if lines[0].count(";") > lines[0].count(",") else ","
    )
    reader = csv.reader(lines, delimiter=delimiter)
    headings = next(reader)
    options = [columns.get(_squash(h)) for h in headings]
    unread = [h for h, o in zip(headings, options, strict=True) if o is None and h.strip()]
    if unread:
        raise InvalidInputError(f"{path}: column {unread[0]!r} is not one {named}.")
    rows = []
    for number, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        row = NoteRow(number)
        for heading, option, cell in zip(headings, options, cells, strict=False):
            if option is None or not cell.strip():
                continue
            if option in ("national", "escalated"):
                row.opts[option] = _flag(cell, heading, number)
            else:
                row.opts[option] = cell.strip()
        rows.append(row)
    return rows


def missing(row: NoteRow) -> str | None:
    """What a row lacks that a note needs, in words, or None."""
    about = sum(bool(row.opts.get(k)) for k in ("case_ref", "area", "national"))
    if about != 1:
        return "give one of case, area or national (yes)"
    for needed, why in (("criteria", "the criteria it informs"), ("source", "its source"),
                        ("polarity", "its finding (strength, development or neutral)"),
                        ("text", "its text")):  # fmt: skip
        if not row.opts.get(needed):
            return f"give {why}"
    return None


def checked(
    rows: list[NoteRow], make: Callable[[NoteRow], T], path: Path, again: str
) -> list[tuple[int, T]]:
    """Each row made into what it records (`make`), with its line, every row checked
    before any is recorded: a row that cannot be is named with its line on stderr, and
    then nothing is recorded (exit code 2, `again` saying how to try once corrected)."""
    made: list[tuple[int, T]] = []
    problems: list[str] = []
    for row in rows:
        try:
            made.append((row.line, make(row)))
        except FieldworkError as exc:
            problems.append(f"line {row.line}: {exc}")
    for problem in problems:
        click.echo(problem, err=True)
    if problems:
        fail(f"{counted(len(problems), 'row')} of {len(rows)} in {path} cannot be recorded "
             f"(above); nothing was recorded: correct them and {again}.")  # fmt: skip
    return made
