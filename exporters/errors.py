"""Errors the exporters raise: one sentence each, printed by the CLI (exit code 2)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from store.errors import FieldworkError

if TYPE_CHECKING:
    from exporters.identify import Hit
    from exporters.identify.decisions import Decisions


class ExportError(FieldworkError):
    """An export that cannot be written: a missing template style, an unwritable path."""


_WHAT = {
    "csv": ("The CSV files would hold", "writes the files without their free-text columns"),
    "dump": ("The dump would hold", "prints each free-text field as a digest"),
}


_PLURAL = {"date-of-birth": "dates of birth", "street-address": "street addresses",
           "jigsaw": "jigsaw identifications", "phone": "phone numbers"}  # fmt: skip


def _kind(kind: str, n: int) -> str:
    """A hit kind in words: "protected name", "2 protected names"."""
    if n == 1:
        return {"jigsaw": "jigsaw identification", "phone": "phone number"}.get(
            kind, kind.replace("-", " ")
        )
    return _PLURAL.get(kind, kind.replace("-", " ") + "s")


class IdentifyingDetailsError(ExportError):
    """The draft holds details that could identify a child or family; nothing was written.

    `what` is "word" (the Word and QA exports), "csv" or "dump": the message names
    what was stopped and the way out that export offers (`--omit-text` for CSV and
    dump)."""

    def __init__(
        self, hits: list[Hit], decisions: Decisions | None = None, what: str = "word"
    ) -> None:
        from exporters.identify.holders import hit_key

        self.hits = hits
        labels = [decisions.label(h) if decisions else h.message() for h in hits]
        self.labels = list(dict.fromkeys(labels))
        """One line per hit and place (the same line once), with its hit id when the
        decisions are known."""
        distinct = {hit_key(h) for h in hits}
        n = len(distinct)
        details = f"{n} detail{'s' if n != 1 else ''} that could identify a child or family"
        if len(self.labels) > n:  # the same detail in several places
            details += f", in {len(self.labels)} places"
        if what in _WHAT:
            lead, omit = _WHAT[what]
            counts = Counter(kind for kind, _text in distinct)
            kinds = ", ".join(f"{c} {_kind(k, c)}" for k, c in sorted(counts.items()))
            super().__init__(
                f"{lead} {details} ({kinds}), so nothing was written: 'fieldwork identify "
                f"hits DB' lists them, 'fieldwork identify accept DB HIT_ID --reason TEXT' "
                f"lets pass one that identifies nobody, and --omit-text {omit}."
            )
            return
        kinds = ", ".join(sorted({h.kind for h in hits}))
        super().__init__(
            f"The export holds {details} ({kinds}); nothing was written. Correct "
            f"the notes and rationales named below; if a hit identifies nobody, accept it with "
            f"'fieldwork identify accept DB HIT_ID --reason TEXT'; --allow-identifying "
            f"writes anyway and is recorded."
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
