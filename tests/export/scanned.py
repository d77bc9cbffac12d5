"""What the identifiability check finds in one text, as a comment in an export of the
inspection at `db` would be scanned: the harness of the identify tests written on
their own inspections (`tests/export/test_identify_*.py`)."""

from __future__ import annotations

from pathlib import Path

from exporters.export import scanner_for
from exporters.identify.scanner import Hit
from store.store import Store


def scanned(db: Path, text: str) -> list[Hit]:
    """The hits in `text` for the inspection at `db` (comment rules: case references
    allowed)."""
    with Store.open(db) as store:
        return scanner_for(store).scan(text, comment=True)
