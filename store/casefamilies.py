"""Sibling groups in a case list: one row per child, several rows sharing one case number.

A case management system exports one row per child, so the children of one set of
proceedings share its case number.  Rows with the same case number whose child differs
(a child ID, or the child's name or date of birth) are siblings: each is a case of its
own (the inspection counts children's case records), and together they are one family,
whose file an inspector reads once.  Rows whose child is the same again are duplicates.

A child's identity, for a re-import to find the same case, never stores anything about
the child:
- with a child ID column: the keyed hash of the case number and the child ID, as before;
- without one: the child's place among the family's children by date of birth (eldest
  first; twins by name), so the eldest keeps the key of the case number alone (the key a
  child who is alone on the list has) and a younger brother or sister added by a later
  list is a new case beside the others.  A child born before one already imported and
  added later takes that one's place, and the younger ones move down a place: only an
  age band that differs shows it (README, "Siblings").  The name only orders twins; it is
  neither stored nor hashed.

The case's `source_key` says which family it is in: the keyed hash of the case number
("F") for a child alone or the eldest, "F.2", "F.3" for the younger ones, and "F.K"
(K the keyed hash with the child ID) for children with an ID who have siblings on the
list.  `family_of` reads it back.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from store.casedates import NOT_CLOSED, DateProblem, parse_date
from store.caselist import Row, squash
from store.models import CaseFile

if TYPE_CHECKING:
    from store.store import Store

SEP = "."
"""Between a family's key and a child's part in `source_key` (keys are hex)."""


@dataclass(frozen=True)
class Place:
    """Where a row's child stands in its family."""

    child_id: str
    """The child ID the row gives ('' when none)."""
    position: int
    """1 for the eldest of the family's children without an ID (or a child alone), 2
    for the next...; 0 for a child with an ID."""
    children: int
    """The children of the row's case number on the list, itself included."""
    unnamed: int = 0
    """Those of them without a child ID (ordered by `position`)."""


@dataclass(frozen=True)
class Duplicate:
    """A row whose child is one an earlier row already gave, and why it is taken so."""

    line: int
    problem: str


def family_of(source_key: str | None, case_id: str) -> str:
    """The family a case belongs to: its case number's keyed hash; a case not from a
    list (no source key) is a family of its own."""
    return (source_key or f"record:{case_id}").split(SEP)[0]


def _child(row: Row, on: dt.date | None) -> tuple[dt.date | None, str, str]:
    """(date of birth, name, date of birth as written) of the row's child, for telling
    siblings apart."""
    first, last = row.get("child_first_name"), row.get("child_surname")
    name = squash(f"{first} {last}") if first or last else squash(row.get("case_name"))
    cell = row.get("dob")
    try:
        born = parse_date(cell, on) if cell else None
    except DateProblem:
        born = None
    return born, name, squash(cell)


DIFFERING = ("service_area", "stage", "end_date", "law_type", "case_type")
"""The cells of two rows giving one child that make them two accounts of the case, not
a row repeated."""


LEFT = re.compile(r"\btransfer(?:red)?\b", re.I)
"""A closing stage that says the case left for another area ('Transferred out')."""


def standing_by(stage_code: Callable[[str], str | None]) -> Callable[[Row], int]:
    """How a row gives its case: 2 open, 1 closed (an end date, a yes in a Closed
    column, or a stage `stage_code` reads as closed), 0 closed by leaving for another
    area ('Transferred out').  Of two rows giving one child, the higher is the child's."""

    def standing(row: Row) -> int:
        stage = row.get("stage")
        shut = bool(stage) and stage_code(stage) == "CLOSED"
        if shut and LEFT.search(stage):
            return 0
        end = row.get("end_date")
        return 1 if shut or (end and squash(end) not in NOT_CLOSED) else 2

    return standing


def _same_child(a: Row, b: Row, on: dt.date | None) -> bool:
    """Whether two rows sharing a case number and child ID name the same child: the same
    name and date of birth, and at least one of them given (a case number and child ID
    typed on another child's row are a slip, not a case listed twice)."""
    (a_born, a_name, a_written), (b_born, b_name, b_written) = _child(a, on), _child(b, on)
    return (
        bool(a_name or a_written)
        and a_name == b_name
        and (a_born or a_written) == (b_born or b_written)
    )


def _duplicate(row: Row, by_id: bool, first: Row, shut: bool, same: bool) -> Duplicate:
    given = "child ID" if by_id else "child's name and date of birth"
    if same and any(row.get(f) != first.get(f) for f in DIFFERING):
        how = "both closed" if shut else "both open"
        why = (f"the same case number and {given} as an earlier row, with a different area, "
               f"stage or case type, {how}: the same child given twice (a case moved "
               f"between areas?); give the child once, or mark the row it left "
               f"'Transferred out'")  # fmt: skip
    elif by_id:
        why = "the same case number and child ID as an earlier row: a duplicate row"
    elif not any(_child(row, None)[1:]):
        why = ("the same case number as an earlier row, and no child ID, child's name or "
               "date of birth to tell the children apart (add a Child ID column)")  # fmt: skip
    else:
        why = ("the same case number, child's name and date of birth as an earlier row: a "
               "duplicate row (twins the list does not tell apart need a Child ID column)")  # fmt: skip
    return Duplicate(row.line, why)


@dataclass
class Children:
    """The children a list gives, row by row."""

    places: dict[int, Place]
    """Each kept row's place in its family, by line."""
    duplicates: list[Duplicate]
    """The rows that give a child again (problems)."""
    left: dict[int, int]
    """A row giving a child that another row gives as it now stands (a closed row beside
    an open one; 'Transferred out' beside the row of the area the case went to), by
    line, to that row's line: the child is read from the other row."""


def child_places(
    rows: list[Row], on: dt.date | None, standing: Callable[[Row], int] = lambda _: 2
) -> Children:
    """Each row's place in its family, the rows that repeat a child, and the rows left
    for one giving the same child that `standing` ranks higher (open over closed, closed
    over transferred out)."""
    groups: dict[str, list[Row]] = {}
    for row in rows:
        if row.get("case_id"):
            groups.setdefault(squash(row.get("case_id")), []).append(row)
    out = Children({}, [], {})
    for group in groups.values():
        seen: dict[object, Row] = {}
        kept: list[Row] = []
        for row in group:
            child = row.get("child_id")
            born, name, written = _child(row, on)
            who: object = ("id", squash(child)) if child else ("row", name, born or written)
            first = seen.get(who)
            same = first is not None and _same_child(first, row, on)
            if first is not None and same and standing(first) != standing(row):
                if standing(row) > standing(first):  # the child is read from the later row
                    kept[kept.index(first)] = seen[who] = row
                    first, row = row, first
                out.left[row.line] = first.line
                continue
            if first is not None:
                out.duplicates.append(_duplicate(row, bool(child), first, standing(row) < 2, same))
                continue
            seen[who] = row
            kept.append(row)
        plain = [r for r in kept if not r.get("child_id")]
        order = sorted(plain, key=lambda r: _eldest_first(r, on))
        for row in kept:
            child = row.get("child_id")
            place = 0 if child else order.index(row) + 1
            out.places[row.line] = Place(child, place, len(kept), len(order))
    return out


def _eldest_first(row: Row, on: dt.date | None) -> tuple[dt.date, str, int]:
    born, name, _ = _child(row, on)
    return born or dt.date.max, name, row.line


def keys(case_key: Callable[[str, str], str], number: str, place: Place) -> tuple[str, str, str]:
    """(identity, source key, order child) of a row's child: the identity the record's
    id and reference come from; the source key the case keeps (see the module's
    docstring); the child part of its non-secret order key (`store.casenumbers.order_key`)."""
    family = case_key(number, "")
    if place.child_id:
        own = case_key(number, place.child_id)
        return own, own if place.children == 1 else f"{family}{SEP}{own}", place.child_id
    if place.position <= 1:
        return family, family, ""
    key = f"{family}{SEP}{place.position}"
    return key, key, f"sibling {place.position}"


def link_families(store: Store, present: list[tuple[str, CaseFile, Row]], author: str) -> int:
    """Give the cases already present that the list shows to have brothers or sisters
    (imported with a child ID before Fieldwork linked siblings) their family's key,
    inside the caller's transaction; how many changed."""
    linked = 0
    for rid, listed, _ in present:
        if SEP not in (listed.source_key or ""):
            continue
        case = store.case(rid)
        if case.source_key != listed.source_key and not case.meta.conflict:
            data = case.model_dump(include=set(CaseFile.model_fields))
            store.put(CaseFile.model_validate({**data, "source_key": listed.source_key}), rid,
                      author)  # fmt: skip
            linked += 1
    return linked
