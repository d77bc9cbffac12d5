"""A child the organisation gives a new case number between two lists (tester 35, F3).

The case list's rows are known by their case numbers: a case's identity is made from
its number (`store.caseimport`).  A re-numbered child's row has a number no case holds,
and its old number is on no row, so it read as a new child: a second case for the same
child, and the advice for the case that had left (substitute it) would have replaced
the child with itself, dropping the inspector's notes from the draft.

So a row whose number no case holds is read as the case it re-numbers where all of
these hold: one case of the same area lists a child of the same whole name (given name
and surname, as the case list gave them and they were protected: a surname alone is a
family's, and a brother's new application shares it, tester 36's F1); the row's date of
birth puts the child in the case's age band (both are worked out at the inspection's
start, so one child's band is the same in every list); the row's law type and case type
are the case's (a new application for the same child is a new case of its own); where both name parents, one parent's name is the case's (two children of one
common name and age in one area are told apart by their parents); no row of this list
names that case by its own number, and no other new row lists that name.  Nothing is stored to say so: the next list reads
the row the same way, and the case keeps its identity, its work and its reference.
Anything less certain is left as a new case.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING

from store.casedates import DateProblem, age_band, not_known, parse_date
from store.caselist import Row
from store.casenames import names_in_row
from store.siblingmatch import Made, case_names, child_names, order_child

if TYPE_CHECKING:
    from store.casevocab import Vocabulary
    from store.models import CaseFile
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
        store, vocab, [(rid, case.area_code, row) for rid, case, row in cases], present,
        {row.line: (case.age_band, case.law_type, case.case_type) for _, case, row in cases},
    )  # fmt: skip
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
    facts: Mapping[int, tuple[str, str | None, str | None]],
) -> dict[int, str]:
    """Of a list's rows (each with the case id its number gives and its area, None where
    not read), those that re-number a case present: line -> that case's id (the rule in
    the module's docstring; `cases match` reads a list as the import does).  `facts`:
    each row's age band ("unknown" where its date of birth is not given), law type and
    case type (None where not read), by its line."""
    listed = {rid for rid, _, _ in rows}
    gone = {rid for rid in present if rid not in listed}
    new = [(area, row) for rid, area, row in rows if rid not in present]
    if not gone or not new:
        return {}
    folded = child_names_by_case(store)
    given = {row.line: {_fold(n) for n in child_names(row, vocab) if " " in n.strip()}
             for _, row in new}  # fmt: skip
    said = Counter(n for ns in given.values() for n in ns)
    kin = _parents_by_case(store, gone)
    known = {rid: store.case(rid) for rid in gone}
    moved: dict[int, str] = {}
    for area, row in new:
        mine = {n for n in given[row.line] if said[n] == 1}
        band, law, kind = facts.get(row.line, ("unknown", None, None))
        parents = {_untitled(n) for n, what in names_in_row(row, vocab) if what == "parent"}
        owners = [rid for rid in gone if mine & folded.get(rid, set())
                  and (area is None or present[rid][1] == area)
                  and _same_child((band, law, kind), parents, known[rid], kin.get(rid, set()))]  # fmt: skip
        if len(owners) == 1 and owners[0] not in moved.values():
            moved[row.line] = owners[0]
    return moved


def _same_child(
    fact: tuple[str, str | None, str | None], parents: set[str], case: CaseFile, kin: set[str]
) -> bool:
    """Whether a row's age band, law type, case type and parents can be the case's."""
    band, law, kind = fact
    if "unknown" not in (band, case.age_band) and band != case.age_band:
        return False
    if (law and case.law_type and law != case.law_type) or (
        kind and case.case_type and kind != case.case_type
    ):
        return False
    return not (parents and kin) or bool(parents & kin)


def _parents_by_case(store: Store, cases: set[str]) -> dict[str, set[str]]:
    """The parents' names each of these cases holds (protected), as compared."""
    out: dict[str, set[str]] = {}
    for p in store.protected_names():
        if p.category == "parent" and p.case_id in cases:
            out.setdefault(p.case_id, set()).add(_untitled(p.name))
    return out


def _untitled(name: str) -> str:
    """A parent's name as compared: "Mrs Jana Lovell" and "Ms Jana LOVELL" are one."""
    return _TITLE.sub("", _fold(name))


_TITLE = re.compile(r"^(?:mr|mrs|ms|miss|mx|dr)\.?\s+")


def row_band(row: Row, on: dt.date | None) -> str:
    """A row's age band at `on` from its date of birth ("unknown" where it cannot say),
    as the import reads it, for `cases match`."""
    cell = row.get("dob")
    if on is None or not cell or not_known(cell):
        return "unknown"
    try:
        dob = parse_date(cell, on)
        return age_band(dob, on) if dob is not None and dob <= on else "unknown"
    except (DateProblem, ValueError):
        return "unknown"


def child_names_by_case(store: Store) -> dict[str, set[str]]:
    """Each case's children's whole names (`siblingmatch.case_names`: given name and
    surname, never the surname alone, which is a family's), as compared: case and spaces
    aside."""
    names, _ = case_names(store)
    return {case: {_fold(n) for n in given if " " in n.strip()} for case, given in names.items()}


def one_child(store: Store, first: CaseFile, second: CaseFile, ids: tuple[str, str]) -> bool:
    """Whether two cases (ids `ids`) can be one child's by their age band, law type, case
    type and parents (`_same_child`), as a later list's row is read against a case."""
    kin = _parents_by_case(store, set(ids))
    parents = kin.get(ids[1], set())
    return _same_child((second.age_band, second.law_type, second.case_type), parents, first,
                       kin.get(ids[0], set()))  # fmt: skip


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())
