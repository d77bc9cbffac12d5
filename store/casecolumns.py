"""A case list's law type, case type or stage column found by what its cells hold, where
no heading names it (`store.caselist`): a case management system's export may head the
law type "Case Category", or the stage "Status".  A column is read as the law type when it alone, among the
columns the import does not read otherwise, holds law types in nearly all its cells;
the import says it did.  A column that holds them in most cells only, two that hold
them, and a column that holds case types are named in the refusal, with what to do."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from store.casevocab import Vocabulary

FOUND = 0.9
"""The share of a column's cells that must read as the field's values to read it."""
NAMED = 0.5
"""The share from which a column is named in the refusal as holding them in part."""
SCANNED = 500
"""The rows looked at (a list's first ones)."""
WHAT = {
    "law_type": ("law types", "Law type"),
    "case_type": ("case types", "Case type"),
    "stage": ("stages", "Stage"),
}
"""Fields found by their cells: what their cells are, the heading to rename a column to."""
READ = frozenset({"law_type", "stage"})
"""The fields read by their cells; a case type column is only named: a column of orders
('Outcome sought', 'Order made') may hold the order made, not the application.  A
column of stages under another heading ('Status': '1st hrg', 'FHDRA', 'Closed') is read
as the stage (tester 16, F2: it was left unread, and every case imported at its law
type's first stage, the closed ones too)."""
OPTIONAL = frozenset({"stage"})
"""Fields a list may lack: only read by their cells, never named in a refusal."""


def _reads(vocab: Vocabulary, field: str, cell: str) -> bool:
    if field == "law_type":
        return bool(vocab.exact("law_types", cell) or vocab.law_choices(cell))
    if field == "stage":
        return vocab.exact("stages", cell) is not None
    if field == CATEGORY:
        return vocab.law_and_rest(cell) is not None
    return vocab.case_type(cell) is not None


CATEGORY = "category"
"""Cells giving the law type before the case type, as a system writes a case's category
('Private Law - CAO', 'Public law: care'): a column of case types that does so in most
cells is read as the case type (and each row's law type from it), as its cells say the
application, not an order made."""


def _shares(header: list[str], fields: list[str], rows: list[list[str]], vocab: Vocabulary,
            field: str) -> dict[int, float]:  # fmt: skip
    """Each unread column's share of cells that read as `field`'s values (by index)."""
    shares: dict[int, float] = {}
    for i, heading in enumerate(header):
        if fields[i] or not heading.strip() or vocab.is_personal(heading):
            continue
        cells = [r[i] for r in rows[:SCANNED] if i < len(r) and r[i].strip()]
        if cells:
            shares[i] = sum(_reads(vocab, field, c) for c in cells) / len(cells)
    return shares


def by_cells(header: list[str], fields: list[str], rows: list[list[str]], vocab: Vocabulary
             ) -> tuple[dict[int, str], list[str]]:  # fmt: skip
    """The columns read for a missing law or case type by their cells (index -> field,
    `fields` updated), and what to say of the columns that may hold one, for a refusal."""
    found: dict[int, str] = {}
    said: list[str] = []
    for field, (what, heading) in WHAT.items():
        if field in fields:
            continue
        shares = _shares(header, fields, rows, vocab, field)
        full = [i for i, share in shares.items() if share >= FOUND]
        if len(full) == 1 and field in READ:
            found[full[0]] = fields[full[0]] = field
            continue
        if field == "case_type":
            laws = _shares(header, fields, rows, vocab, CATEGORY)
            if len(both := [i for i in full if laws.get(i, 0) >= NAMED]) == 1:
                found[both[0]] = fields[both[0]] = field
                continue
        if field in OPTIONAL:
            continue
        names = " and ".join(repr(header[i].strip()) for i in full)
        if len(full) == 1:
            said.append(f"{names} holds {what}: if it gives the application the case is about "
                        f"(not an order made), map it with --map (a line 'column,"
                        f"{header[full[0]].strip()},{heading.lower()}'), leaving the "
                        f"organisation's file as it is, or rename it {heading}")  # fmt: skip
        elif full:
            said.append(f"{names} each hold {what}: rename the one the list means {heading}")
        for i, share in shares.items():
            if NAMED <= share < FOUND:
                said.append(f"{header[i].strip()!r} holds {what} in {share:.0%} of its cells: "
                            f"rename it {heading} and correct the others")  # fmt: skip
    return found, said
