"""Errors the store raises for the user to read.

Each carries one plain sentence: what is wrong and what to do.  The CLI prints it and
exits with code 2; the TUI shows it in a notification.  Nothing here is a traceback.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydantic import ValidationError


class FieldworkError(Exception):
    """Base class: `str(error)` is the sentence shown to the user."""

    exit_code = 2


class NotADatabaseError(FieldworkError):
    """The path is missing, a directory, or not an SQLite file at all."""


class ForeignDatabaseError(FieldworkError):
    """An SQLite file, but not one written by Fieldwork."""


class CorruptDatabaseError(FieldworkError):
    """A Fieldwork file that is truncated or damaged."""


class NewerSchemaError(FieldworkError):
    """Written by a newer Fieldwork than this one."""


class DatabaseLockedError(FieldworkError):
    """Another process holds a write lock for longer than the busy timeout."""


class ReadOnlyError(FieldworkError):
    """The file or its folder cannot be written."""


class DiskFullError(FieldworkError):
    """The disk filled during a write; the transaction was rolled back."""


class NotFoundError(FieldworkError):
    """A case, area, inspector, criterion or record that the user named does not exist."""


class InvalidInputError(FieldworkError):
    """A value the user gave cannot be stored."""


class FrameworkError(FieldworkError):
    """A framework file that cannot be read or does not validate."""


def plain_errors(exc: ValidationError, limit: int = 3) -> str:
    """pydantic's complaints as plain clauses ("polarity: Input should be 'strength',
    'development' or 'neutral'"), the first `limit` of them, without its URLs and types."""
    parts = []
    for err in exc.errors()[:limit]:
        where = ".".join(str(p) for p in err["loc"]) or "the record"
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)


SAID_CHARS = 100
"""SQLite's own words quoted in a message are cut to this."""


def sqlite_said(exc: BaseException) -> str:
    """SQLite's words for an error, as a clause for one sentence: its first line, cut
    short (a damaged schema's error can carry a table's whole SQL, eleven lines, into
    what must be one sentence: found by the merge fuzz test)."""
    first = (str(exc).strip().splitlines() or [""])[0].strip()
    return first if len(first) <= SAID_CHARS else first[: SAID_CHARS - 1].rstrip() + "…"
