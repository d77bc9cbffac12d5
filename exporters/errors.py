"""Errors the exporters raise: one sentence each, printed by the CLI (exit code 2)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.errors import FieldworkError

if TYPE_CHECKING:
    from exporters.identify import Hit


class ExportError(FieldworkError):
    """An export that cannot be written: a missing template style, an unwritable path."""


class IdentifyingDetailsError(ExportError):
    """The draft holds details that could identify a child or family; nothing was written."""

    def __init__(self, hits: list[Hit]) -> None:
        self.hits = hits
        kinds = sorted({h.kind for h in hits})
        super().__init__(
            f"The draft holds {len(hits)} detail{'s' if len(hits) != 1 else ''} that could "
            f"identify a child or family ({', '.join(kinds)}); nothing was written. Correct "
            f"the evidence named below, or pass --allow-identifying to write it anyway."
        )


class ConflictsError(ExportError):
    """The draft uses records whose versions disagree; nothing was written."""

    def __init__(self, records: list[str]) -> None:
        self.records = records
        n = len(records)
        super().__init__(
            f"The draft uses {n} record{'s' if n != 1 else ''} in conflict, so nothing was "
            f"written. Settle {'them' if n != 1 else 'it'} ('fieldwork conflicts' lists them, "
            f"'fieldwork resolve' settles one), or pass --allow-conflicts to write the draft "
            f"with each affected sentence marked."
        )
