"""The `!` column of a case's evidence list: what needs the reader's eye in each note.

- `S` a safeguarding concern still to escalate, `s` one escalated or noted;
- `“` the child's own words;
- `!` a detail in the note that could identify a child or family (a name, a school, a
  street...), which the check finds now and no lead has accepted: the export stops on
  it, so the inspector who wrote it sees it and corrects it (`e`), rather than learning
  of it from the lead (tester 33).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from store.models import StoredEvidence
    from store.store import Store

LEGEND = (
    "The ! column marks a note: S a safeguarding concern still to escalate, s one "
    "escalated or noted, “ the child's own words, ! a detail that could identify a child "
    "or family (e to correct it: the export stops on it)."
)


def flags(ev: StoredEvidence, identifying: frozenset[str]) -> str:
    """The marks of one note, in the order the legend gives them."""
    mark = "S" if ev.escalation == "needs-escalation" else ("s" if ev.safeguarding else "")
    if ev.child_words:
        mark += "“"
    if ev.id in identifying:
        mark += "!"
    return mark


def identifying_notes(store: Store, notes: Iterable[StoredEvidence]) -> frozenset[str]:
    """The ids of `notes` holding a detail that could identify a child or family, as
    the export's check finds it (a lead's accepted hits aside).  Loads the check's word
    lists on first use: call it from a worker thread."""
    from exporters.identify.decisions import Decisions
    from exporters.identify.erasing import notes_with_hits
    from tui.widgets.identify_warning import scanner_for_store

    return notes_with_hits(scanner_for_store(store), notes, Decisions.from_store(store))
