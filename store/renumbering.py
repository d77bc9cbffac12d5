"""A child the organisation gives a new case number between two lists (tester 35, F3).

The case list's rows are known by their case numbers: a case's identity is made from
its number (`store.caseimport`).  A re-numbered child's row has a number no case holds,
and its old number is on no row, so it read as a new child: a second case for the same
child, and the advice for the case that had left (substitute it) would have replaced
the child with itself, dropping the inspector's notes from the draft.

So a row whose number no case holds is read as the case it re-numbers where all of
these hold: one case of the same area lists a child of the same name (the names the
case list gave it, as protected), no row of this list names that case by its own number,
and no other new row lists that name.  Nothing is stored to say so: the next list reads
the row the same way, and the case keeps its identity, its work and its reference.
Anything less certain is left as a new case.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING

from store.caselist import Row
from store.siblingmatch import Made, case_names, child_names, order_child

if TYPE_CHECKING:
    from store.casevocab import Vocabulary
    from store.store import Store


def renumbered(
    store: Store,
    vocab: Vocabulary,
    cases: list[Made],
    present: Mapping[str, tuple[str, str | None]],
    keys: dict[int, tuple[str, str]],
) -> tuple[list[Made], dict[int, str]]:
    """The import's `cases` with each re-numbered row given to its case (the row keeping
    its own values, the case its own source key and order child in `keys`, as
    `siblingmatch.rematched` gives a moved row), and line -> the reference it was read
    as."""
    moved = renumbered_rows(
        store, vocab, [(rid, case.area_code, row) for rid, case, row in cases], present
    )
    if not moved:
        return cases, {}
    source = {rid: store.case(rid).source_key for rid in moved.values()}
    for line, rid in moved.items():
        keys[line] = (source[rid] or "", order_child(source[rid]))
    return [
        (moved[row.line], case.model_copy(update={"source_key": source[moved[row.line]]}), row)
        if row.line in moved else (rid, case, row)
        for rid, case, row in cases
    ], {line: present[rid][0] for line, rid in moved.items()}  # fmt: skip


def renumbered_rows(
    store: Store,
    vocab: Vocabulary,
    rows: list[tuple[str, str | None, Row]],
    present: Mapping[str, tuple[str, str | None]],
) -> dict[int, str]:
    """Of a list's rows (each with the case id its number gives and its area, None where
    not read), those that re-number a case present: line -> that case's id (the rule in
    the module's docstring; `cases match` reads a list as the import does)."""
    listed = {rid for rid, _, _ in rows}
    gone = {rid for rid in present if rid not in listed}
    new = [(area, row) for rid, area, row in rows if rid not in present]
    if not gone or not new:
        return {}
    folded = child_names_by_case(store)
    given = {row.line: {_fold(n) for n in child_names(row, vocab)} for _, row in new}
    said = Counter(n for ns in given.values() for n in ns)
    moved: dict[int, str] = {}
    for area, row in new:
        mine = {n for n in given[row.line] if said[n] == 1}
        owners = [rid for rid in gone if mine & folded.get(rid, set())
                  and (area is None or present[rid][1] == area)]  # fmt: skip
        if len(owners) == 1 and owners[0] not in moved.values():
            moved[row.line] = owners[0]
    return moved


def child_names_by_case(store: Store) -> dict[str, set[str]]:
    """Each case's children's names (`siblingmatch.case_names`), as compared: case and
    spaces aside."""
    names, _ = case_names(store)
    return {case: {_fold(n) for n in given} for case, given in names.items()}


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())
