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

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from store.caselist import Row, squash
from store.casenames import names_in_row
from store.casevocab import Vocabulary
from store.models import CaseFile

if TYPE_CHECKING:
    from store.store import Store

Made = tuple[str, CaseFile, Row]
"""A case the import made from a row: (record id, record, row)."""


Names = dict[str, set[str]]
"""The child names each case holds (case id -> names)."""


def case_names(store: Store) -> tuple[Names, Names]:
    """Each case's protected child names: all of them, and those of its first import
    only (a list imported before this rule may have put a brother's or sister's names on
    a case as well; the first import's are the case's own)."""
    every: Names = defaultdict(set)
    dated: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for p in store.protected_names():
        if p.category == "child" and p.case_id:
            every[p.case_id].add(p.name)
            dated[p.case_id][p.meta.created_at].add(p.name)
    first = {case: at[min(at)] for case, at in dated.items()}
    return every, first


def owners(
    rows: list[tuple[Row, str]], existing: set[str], vocab: Vocabulary, names: tuple[Names, Names]
) -> dict[int, str]:
    """The rows (with the case id their place gives) that belong to another case of
    their family, by name: line -> the case id holding their child's name.  Rows with a
    child ID, and families the names do not settle, keep their places."""
    families: dict[str, list[tuple[Row, str]]] = defaultdict(list)
    for row, rid in rows:
        if not row.get("child_id") and row.get("case_id"):
            families[squash(row.get("case_id"))].append((row, rid))
    out: dict[int, str] = {}
    for members in families.values():
        given = {row.line: child_names(row, vocab) for row, _ in members}
        for held in names:  # all the names a case holds, else its first import's
            found = _by_name(members, existing, given, held)
            if found is not None:
                out.update(found)
                break
    return out


def rematched(
    store: Store,
    vocab: Vocabulary,
    cases: list[Made],
    existing: set[str],
    keys: dict[int, tuple[str, str]],
) -> tuple[list[Made], int]:
    """The import's `cases` with each row whose place moved given to the case holding
    its child's name (the row keeping its own values, the case its source key), and how
    many moved; a row that moved gets its case's own identity and order child in `keys`
    (line -> (identity, order child), as `store.caseimport` keeps them)."""
    if not existing:
        return cases, 0
    plain = [(row, rid) for rid, case, row in cases if case.source_key]
    moved = owners(plain, existing, vocab, case_names(store))
    if not moved:
        return cases, 0
    source = {rid: case.source_key for rid, case, _ in cases}
    out: list[Made] = []
    for rid, case, row in cases:
        if row.line in moved:
            rid = moved[row.line]
            case = case.model_copy(update={"source_key": source[rid]})
            keys[row.line] = (case.source_key or "", order_child(case.source_key))
        out.append((rid, case, row))
    return out, len(moved)


def child_names(row: Row, vocab: Vocabulary) -> set[str]:
    """The names a row of the list gives its child (protected as a child's)."""
    return {name for name, category in names_in_row(row, vocab) if category == "child"}


def _by_name(
    members: list[tuple[Row, str]], existing: set[str], given: dict[int, set[str]], held: Names
) -> dict[int, str] | None:
    """The rows of one family that belong to another of its cases: line -> the case id
    holding its child's name ({} where none moved); None where the names do not settle
    it (a child not named, or a name on two cases).  A row whose child no case holds is
    a child new to the family (a list adding a brother or sister, or a case number typed
    twice: tester 19, F10) and takes a new case, so that it never takes the place of a
    child already present."""
    rids = [rid for _, rid in members]
    present = [rid for rid in dict.fromkeys(rids) if rid in existing]
    if len(members) < 2 or not present:
        return {}
    # A name two of the family's rows give (its surname) tells no one apart; a newcomer of
    # another surname must not make it tell them apart (tester 19, F10: with one
    # 'Nakamura-Hill' among three Fenwicks, 'Fenwick' named all three cases).
    times = Counter(name for names in given.values() for name in names)
    owner: dict[int, str] = {}
    for row, _ in members:
        mine = {name for name in given[row.line] if times[name] == 1}
        holders = [rid for rid in present if mine & held.get(rid, set())]
        if len(holders) > 1 or (not holders and not mine):
            return None
        if holders:
            owner[row.line] = holders[0]
    if sorted(owner.values()) != sorted(present):
        return None  # a case present whose child no row names, or named twice
    fresh = iter(rid for rid in rids if rid not in existing)
    for row, _ in members:  # the children new to the family take the new cases, in order
        if row.line not in owner:
            owner[row.line] = next(fresh, "")
    if "" in owner.values():
        return None
    return {row.line: owner[row.line] for row, was in members if owner[row.line] != was}


def split_families(cases: list[Made]) -> dict[str, list[int]]:
    """The case numbers a list gives to children in different areas or under different
    law types (case number as listed -> its lines): one set of proceedings has one area
    and one law type, so one of the rows may carry a mistyped case number (tester 19,
    F10)."""
    families: dict[str, list[tuple[Row, CaseFile]]] = defaultdict(list)
    for _, case, row in cases:
        if row.get("case_id"):
            families[squash(row.get("case_id"))].append((row, case))
    return {
        members[0][0].get("case_id") or key: sorted(row.line for row, _ in members)
        for key, members in families.items()
        if len({(case.area_code, case.law_type) for _, case in members}) > 1
    }


def order_child(source_key: str | None) -> str:
    """The child part of a case's order key, from its source key (`store.casefamilies`:
    "F.2" is "sibling 2", the eldest "F" none), so a case matched by name keeps its own."""
    tail = (source_key or "").rpartition(".")[2] if "." in (source_key or "") else ""
    return f"sibling {tail}" if tail.isdigit() else ""
