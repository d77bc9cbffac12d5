"""Brothers and sisters on one case number, matched by name where their dates of birth
moved them (tester 18, F10).

Without a child ID column, a child on a later list is found by their place among the
family's children by date of birth (`store.casefamilies`).  When the organisation
corrects a date of birth so that the children's order changes, the places move: the
younger child would take the elder's case (its reference, notes, grades and protected
names) and the other way round, and an age band that differs is all the import would
show.  The master keeps each case's protected names (`store.caseimport`), so a family
whose every child the list names can be checked: where each row's child's name is among
the protected names of exactly one of the family's cases, and those cases are the ones
the places gave, a row goes to the case holding its child's name.  Nothing about the
child is stored beyond what the import keeps already; a family the names do not settle
(a child not named, two cases holding one name) keeps the places.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from store.caselist import Row, squash
from store.casenames import names_in_row
from store.casevocab import Vocabulary
from store.models import CaseFile

if TYPE_CHECKING:
    from store.store import Store

Made = tuple[str, CaseFile, Row]
"""A case the import made from a row: (record id, record, row)."""


def rematched(
    store: Store,
    vocab: Vocabulary,
    cases: list[Made],
    existing: set[str],
    keys: dict[int, tuple[str, str]],
) -> tuple[list[Made], int]:
    """`matched_by_name` on the import's cases against the cases `existing` in `store`;
    a row that moved gets its case's own identity and order child in `keys` (line ->
    (identity, order child), as `store.caseimport` keeps them)."""
    if not existing:
        return cases, 0
    stored: dict[str, set[str]] = defaultdict(set)
    for p in store.protected_names():
        if p.category == "child" and p.case_id:
            stored[p.case_id].add(p.name)

    def child_names(row: Row) -> set[str]:
        return {name for name, category in names_in_row(row, vocab) if category == "child"}

    out, moved = matched_by_name(cases, existing, child_names, stored)
    for before, (_, case, row) in zip(cases, out, strict=True):
        if before[1] is not case:
            keys[row.line] = (case.source_key or "", order_child(case.source_key))
    return out, moved


def matched_by_name(
    cases: list[Made],
    existing: set[str],
    child_names: Callable[[Row], set[str]],
    stored: dict[str, set[str]],
) -> tuple[list[Made], int]:
    """`cases` with the rows of each family whose places moved given to the case holding
    their child's name (each row keeping its own values, the case its source key), and
    how many rows moved.  `child_names(row)` are the names a row gives its child;
    `stored` the child names each case already holds (case id -> names)."""
    families: dict[str, list[int]] = defaultdict(list)
    for i, (_, case, row) in enumerate(cases):
        if case.source_key and not row.get("child_id"):
            families[squash(row.get("case_id"))].append(i)
    out = list(cases)
    moved = 0
    for members in families.values():
        mapping = _by_name(out, members, existing, child_names, stored)
        for i, rid in mapping.items():
            _, case, row = out[i]
            keep = next(c.source_key for r, c, _ in cases if r == rid)
            out[i] = (rid, case.model_copy(update={"source_key": keep}), row)
            moved += 1
    return out, moved


def _by_name(
    cases: list[Made],
    members: Iterable[int],
    existing: set[str],
    child_names: Callable[[Row], set[str]],
    stored: dict[str, set[str]],
) -> dict[int, str]:
    """The rows of one family that belong to another of its cases: row index -> the
    case id holding its child's name (empty when the names do not settle it)."""
    members = list(members)
    rids = {cases[i][0] for i in members}
    if len(members) < 2 or not rids <= existing:
        return {}
    given = {i: child_names(cases[i][2]) for i in members}
    shared = set.intersection(*given.values())  # the family's surname tells no one apart
    owner: dict[int, str] = {}
    for i in members:
        names = given[i] - shared
        holders = [rid for rid in rids if names & stored.get(rid, set())]
        if len(holders) != 1:
            return {}
        owner[i] = holders[0]
    if set(owner.values()) != rids:
        return {}
    return {i: rid for i, rid in owner.items() if rid != cases[i][0]}


def order_child(source_key: str | None) -> str:
    """The child part of a case's order key, from its source key (`store.casefamilies`:
    "F.2" is "sibling 2", the eldest "F" none), so a case matched by name keeps its own."""
    tail = (source_key or "").rpartition(".")[2] if "." in (source_key or "") else ""
    return f"sibling {tail}" if tail.isdigit() else ""
