"""The same child on lists that give children in different ways (tester 30, F1).

A national inspection's case list can arrive region by region, from different systems:
one gives each child an ID, another gives only the case number and the child's name and
date of birth.  A child's identity is the keyed hash of the case number and child ID in
the first, of the case number and the child's place among its brothers and sisters in
the second (`store.casefamilies`), so the same child, given by both, would become two
cases: counted twice in the area's figures, drawn twice for the sample, and shown as
their own brother or sister.

Each case imported here keeps its family (the keyed hash of its case number alone) in
the local `case_order` table.  A row that would make a new case is looked for among the
cases of its family that came from a list of the other kind (a row with a child ID
among cases without one, and the other way round):
- where the child's name is held by exactly one of them (the protected names the
  import keeps), the row is that case;
- where the family has one case here and the list one row for the case number, and
  the names do not tell them apart (one side has none), the row is that case too: a
  case number is one set of proceedings, and its only child on both lists is the same
  child.
Otherwise the row is a new case (a brother or sister the earlier list did not give).

`twins` finds the children already made twice by an import before this rule, for the
lead to join (`fieldwork cases join`), the case that holds work first (the one to keep).
A case imported before families were kept has its family from its source key
(`cases_by_family`), so a master made before this rule finds its children too.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from store.casefamilies import SEP
from store.caselist import Row, squash
from store.casevocab import Vocabulary
from store.models import CaseFile
from store.siblingmatch import case_names, child_names

if TYPE_CHECKING:
    from store.models import StoredCase
    from store.store import Store

Made = tuple[str, CaseFile, Row]
"""A case the import made from a row: (record id, record, row)."""


def with_child_id(source_key: str | None, family: str) -> bool:
    """Whether a case of `family` came from a list giving child IDs: its source key is
    the family's key with a child ID's ("F.K"), or one of its own; a case from a list
    without them has the family's key, or that key and the child's place ("F.2")."""
    key = source_key or ""
    if key == family:
        return False
    head, _, tail = key.partition(SEP)
    return not (head == family and tail.isdigit())


@dataclass
class Across:
    """The rows of a list whose child is a case a list of the other kind made."""

    cases: dict[int, str] = field(default_factory=dict)
    """Line -> the case id the row's child already has."""
    keys: dict[int, str] = field(default_factory=dict)
    """Line -> the source key that case is to have: its own, or, for a case from a list
    with child IDs that gave it alone, the family's key before its own where this list
    gives its case number brothers or sisters (so that `link_families` links them)."""
    by_name: int = 0
    by_number: int = 0
    """How many were found by the child's name, and as the case number's only child."""


def _own(held: dict[str, set[str]], case: str, others: list[str]) -> set[str]:
    """The child names `case` holds that none of `others` holds (a family's surname
    tells no one apart)."""
    shared = set().union(*(_whole(held.get(c, set())) for c in others if c != case))
    return _whole(held.get(case, set())) - shared


def _whole(names: set[str]) -> set[str]:
    """A child's whole names where a list gave them ("Imogen Latham"), else the parts:
    two children of one family share a surname, never a whole name."""
    return {n for n in names if " " in n} or names


def other_kind(
    store: Store, vocab: Vocabulary, rows: list[tuple[str, Row]], existing: set[str]
) -> Across:
    """Which of the list's `rows` (each with the case id its keys give) that are not in
    `existing` are a case already here from a list of the other kind (see the module's
    docstring)."""
    out = Across()
    families = store.cases_by_family()
    fresh = [(rid, row) for rid, row in rows if rid not in existing]
    if not families or not fresh:
        return out
    taken = {rid for rid, _ in rows if rid in existing}
    rows_of = Counter(squash(row.get("case_id")) for _, row in rows)
    held = case_names(store)[0]
    for _, row in fresh:
        number = row.get("case_id")
        family = store.case_key(number, "")
        given = bool(row.get("child_id"))
        keys = {c: store.case(c).source_key for c in families.get(family, [])
                if c in existing and c not in taken}  # fmt: skip
        others = [c for c, key in keys.items() if with_child_id(key, family) != given]
        if not others:
            continue
        mine = child_names(row, vocab)
        holders = [c for c in others if _whole(mine) & _own(held, c, others)]
        if len(holders) == 1:
            out.by_name += 1
        elif (not holders and len(others) == 1 and len(families[family]) == 1
              and rows_of[squash(number)] == 1 and not (mine and held.get(others[0]))):  # fmt: skip
            holders, out.by_number = others, out.by_number + 1
        else:
            continue
        out.cases[row.line] = holders[0]
        taken.add(holders[0])
        key = keys[holders[0]] or ""
        alone = SEP not in key and key != family
        out.keys[row.line] = f"{family}{SEP}{key}" if alone and rows_of[squash(number)] > 1 else key
    return out


def joined(cases: list[Made], across: Across) -> list[Made]:
    """`cases` with each row `across` found given its case (the row keeping its own
    values, the case the source key `across` gives it)."""
    out: list[Made] = []
    for rid, case, row in cases:
        if row.line in across.cases:
            rid = across.cases[row.line]
            case = case.model_copy(update={"source_key": across.keys[row.line]})
        out.append((rid, case, row))
    return out


def twins(store: Store) -> list[tuple[str, str]]:
    """Pairs of cases here (references, the one to keep first: the one holding work, else
    the one from a list with child IDs) that are one child made twice: of one family,
    one from each kind of list, holding the same child's name."""
    held = case_names(store)[0]
    pairs: list[tuple[str, str]] = []
    for family, ids in store.cases_by_family().items():
        if len(ids) < 2:
            continue
        here = [store.case(i) for i in ids]
        given = [c for c in here if with_child_id(c.source_key, family)]
        plain = [c for c in here if not with_child_id(c.source_key, family)]
        for a in given:
            for b in plain:
                rest = [c.id for c in here if c.id not in (a.id, b.id)]
                if _own(held, a.id, rest) & _own(held, b.id, rest):
                    pairs.append((a.ref, b.ref) if _worked(store, a) or not _worked(store, b)
                                 else (b.ref, a.ref))  # fmt: skip
    return sorted(pairs)


def _worked(store: Store, case: StoredCase) -> bool:
    """Whether a case holds what a join must keep: notes, grades, an inspector, a place
    in the sample (the pair's case to keep, tester 31: the join said first was refused)."""
    return bool(case.inspector_id or case.sample in ("area-sampled", "substitute")
                or store.evidence_for_case(case.id) or store.gradings_for_case(case.id))  # fmt: skip
