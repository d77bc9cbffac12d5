"""Which exports a hit stops, so that `fieldwork identify hits` says what it will do.

Every export is checked by the same scanner, but each carries different text:
- the report, the QA reader's view and an area section carry the draft (its body, and
  in comments and the QA view its short excerpts from the evidence): a hit in the draft
  stops them all, the CSV files (which hold the draft's sentences) and `fieldwork dump`;
- the CSV files also carry every note's text, the children's words and the rationales
  of gradings and judgements as they are now (`exporters/csv_export.py`);
- `fieldwork dump` prints everything the file holds: a case's working notes, the
  safeguarding and escalation notes, each side of a record in conflict, reasons.
A detail in a case's working notes therefore stops only `fieldwork dump`, and the lead
is told so rather than "stopping exports" (tester 13, F11: every export then ran).
"""

from __future__ import annotations

from typing import Literal

from exporters.identify.decisions import SCOPED
from exporters.identify.hits import Hit

Reach = Literal["every", "csv", "dump"]

CSV_FIELDS = frozenset({"text", "child's words", "rationale"})
"""The free-text fields (as labelled in hits) the CSV files hold, current wording only."""

SAID: dict[Reach, str] = {
    "every": "stops every export",
    "csv": "stops the CSV export and 'fieldwork dump'; the draft does not use it",
    "dump": "stops only 'fieldwork dump'; no report or CSV file holds it",
}


Drafted = dict[tuple[str, str], set[str]]
"""The details the draft shows, (kind, casefolded text), with the records each comes
from ("" for the draft's own wording)."""


def drafted(hits: list[Hit]) -> Drafted:
    """The draft's hits as `reach` reads them."""
    out: Drafted = {}
    for h in hits:
        out.setdefault((h.kind, h.text.casefold()), set()).update(h.evidence_ids or ("",))
    return out


def reach(hit: Hit, in_draft: Drafted) -> Reach:
    """What `hit` stops, given what the draft shows.  A protected person's name is
    decided record by record, so it reaches the draft only from a record the draft
    uses (tester 23, F10: a decision's reason naming 'Hope' was said to stop every
    export, as the draft showed 'Hope' from the note the decision was about)."""
    records = in_draft.get((hit.kind, hit.text.casefold()))
    if records is not None and (
        hit.kind not in SCOPED or "" in records or records & set(hit.evidence_ids)
    ):
        return "every"
    if hit.field in CSV_FIELDS and "in conflict" not in hit.where:
        return "csv"
    return "dump"


TALLIED: tuple[tuple[Reach, str], ...] = (
    ("every", "every export"),
    ("csv", "the CSV export"),
    ("dump", "only 'fieldwork dump'"),
)


def tally(reaches: list[Reach]) -> str:
    """How many hits stop what: "2 stop every export, 1 stops only 'fieldwork dump'"."""
    parts = []
    for key, words in TALLIED:
        n = reaches.count(key)
        if n:
            parts.append(f"{n} {'stops' if n == 1 else 'stop'} {words}")
    return ", ".join(parts) or "none stops an export"
