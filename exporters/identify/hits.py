"""What a hit is, its kinds, and which of two overlapping finds is kept.

A `Found` (`patterns.py`) is a span and its kind as a finder reports it; a `Hit` is what
the lead sees: the kind, the text, where it was found and why.  Where two finds overlap
the more specific kind wins (`resolve`); a hit's text is named in a decision only by a
keyed digest (`text_digest`), so a decision never stores the identifying text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from exporters.identify.patterns import Found

KINDS = (
    "protected-name",
    "name",
    "school",
    "hospital",
    "club",
    "workplace",
    "street-address",
    "date-of-birth",
    "date",
    "phone",
    "email",
    "postcode",
    "nhs-number",
    "case-number",
    "case-reference",
    "jigsaw",
)
"""Every kind of hit, most specific first."""
ALLOWED_IN_COMMENTS = frozenset({"case-reference"})
# Earlier kinds win where two finds overlap.
_PRIORITY = {
    k: n
    for n, k in enumerate(
        (
            "email",
            "case-reference",
            "nhs-number",
            "phone",
            "case-number",
            "postcode",
            "date-of-birth",
            "date",
            "street-address",
            "school",
            "hospital",
            "club",
            "workplace",
            "protected-name",
            "name",
        )
    )  # fmt: skip
}


@dataclass(frozen=True)
class Hit:
    """One detail that could identify a child or family, and where it was found."""

    kind: str
    text: str
    where: str = ""
    evidence_ids: tuple[str, ...] = ()
    field: str = "body"
    note: str = ""
    start: int = 0
    end: int = 0
    holders: tuple[tuple[str, str], ...] = ()
    """(record id, how to name it) for the records of `evidence_ids` that are not
    evidence: a judgement whose rationale a section's comment quotes."""

    def message(self) -> str:
        """One line for the lead: where, what kind, the text, and the evidence."""
        # A record the place already names (a grading's rationale scanned at rest:
        # "case X, grading <id>") is not named again, and never called evidence.
        unnamed = [i for i in self.evidence_ids if i not in self.where]
        named = dict(self.holders)
        notes = [i for i in unnamed if i not in named]
        said = ([f"evidence {', '.join(notes)}"] if notes else []) + [
            named[i] for i in unnamed if i in named
        ]
        ev = f" ({'; '.join(said)})" if said else ""
        why = f"; {self.note}" if self.note else ""
        return f"{self.where}: {self.kind} ‘{self.text}’ in the {self.field}{ev}{why}"


def text_digest(inspection_id: str, text: str) -> str:
    """A keyed digest of a hit's text: lets a decision name a hit without storing it."""
    norm = " ".join(text.casefold().split())
    return hashlib.sha256(f"{inspection_id}|{norm}".encode()).hexdigest()[:32]


def overlaps(kept: list[Found], s: int, e: int) -> bool:
    """Whether any find of `kept` overlaps text[s:e]."""
    return any(f.start < e and s < f.end for f in kept)


def resolve(found: list[Found]) -> list[Found]:
    """Keep the most specific of overlapping finds (jigsaw spans are kept aside)."""
    order = sorted(found, key=lambda f: (_PRIORITY.get(f.kind, 99), f.start, -(f.end - f.start)))
    kept: list[Found] = []
    for f in order:
        if f.kind == "jigsaw" or not overlaps([k for k in kept if k.kind != "jigsaw"], *_span(f)):
            kept.append(f)
    return kept


def _span(f: Found) -> tuple[int, int]:
    return f.start, f.end
