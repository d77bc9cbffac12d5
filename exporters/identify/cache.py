"""One scanner per process for each inspection's inputs.

Building a scanner compiles the inspection's protected names (a few thousand at most),
case references, team, areas and framework wording into its indexes: about half a
second of CPU for a 2,000-case list.  Every caller that scans while someone works (the
editor's warning, `evidence add`, `check`, each export) asks `Scanner.for_store`, which
reads those inputs through the store (most of a second for a master of 3,000 cases, so
not again while nothing was written: `current_scanner`) and returns the scanner
already built for exactly those inputs, or builds it once.  The key is a digest of the
inputs themselves, so adding or editing a protected name, a case, an inspector or an
area builds a new one on the next call; nothing else does.  A lock makes it safe from
the TUI's worker threads: one thread builds, the others wait for it and share it.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import weakref
from collections import OrderedDict
from typing import TYPE_CHECKING, TypedDict

from exporters.identify.gates import MONTH_NAMES
from exporters.identify.protected import PERSON_CATEGORIES
from exporters.identify.scanner import Scanner

if TYPE_CHECKING:
    from store.store import Store

_KEEP = 4
"""Scanners kept (an inspector may switch between a few copies in one session)."""
_BUILT: OrderedDict[str, Scanner] = OrderedDict()
_CURRENT: weakref.WeakKeyDictionary[Store, tuple[tuple[int, int], Scanner]] = (
    weakref.WeakKeyDictionary()
)
"""Per open store: the scanner last returned and the file's change stamp then."""
_LOCK = threading.Lock()


class ScannerInputs(TypedDict):
    """What a scanner is built from (the keyword arguments of `Scanner`)."""

    people: list[tuple[str, str]]
    places: list[str]
    case_refs: list[str]
    allowed_dates: list[str]
    staff: list[str]
    areas: list[str]
    own_text: list[str]
    case_people: list[tuple[str, str, str]]


def store_inputs(
    store: Store,
    *,
    case_refs: list[str] | None = None,
    allowed_dates: list[str] | None = None,
) -> ScannerInputs:
    """The inputs of the scanner for the inspection in `store`: its protected names,
    case references, dates, inspectors, areas and framework wording.  `case_refs` and
    `allowed_dates` replace what is read from the store."""
    names = store.protected_names()
    info = store.inspection()
    fw = store.framework
    own: list[str] = [info.title, info.organisation]
    own.extend(c.text for c in fw.criteria)
    own.extend(j.title for j in fw.judgements)
    own.extend(s.label for s in fw.sources)
    dates = [d for d in (info.start_date, info.end_date) if d]
    if case_refs is None:
        case_refs = [c.ref for c in store.case_rows(limit=max(store.count_cases(), 1))]
    return ScannerInputs(
        people=[(n.name, n.category) for n in names if n.category in PERSON_CATEGORIES],
        places=[n.name for n in names if n.category not in PERSON_CATEGORIES],
        case_refs=list(case_refs),
        allowed_dates=date_forms(dates) + list(allowed_dates or []),
        staff=[i.name for i in store.inspectors()],
        areas=[a.name for a in store.areas()],
        own_text=own,
        case_people=[
            (n.case_id, n.name, n.category)
            for n in names
            if n.category in PERSON_CATEGORIES and n.case_id
        ],
    )


def cached_scanner(inputs: ScannerInputs) -> Scanner:
    """The scanner built for exactly these inputs in this process (built now if none
    is)."""
    key = hashlib.sha256(json.dumps(inputs, ensure_ascii=False).encode()).hexdigest()
    with _LOCK:
        scanner = _BUILT.get(key)
        if scanner is None:
            scanner = Scanner(**inputs)
            _BUILT[key] = scanner
            while len(_BUILT) > _KEEP:
                _BUILT.popitem(last=False)
        else:
            _BUILT.move_to_end(key)
        return scanner


def current_scanner(store: Store) -> Scanner:
    """The scanner for the inspection in `store` as it is now, without reading its
    inputs again while nothing was written to the file since the last call
    (`Store.change_stamp`): reading every protected name and case of a master of 3,000
    cases takes most of a second, which the workbench paid on each case it opened and
    each pause in typing."""
    stamp = store.change_stamp()
    with _LOCK:
        last = _CURRENT.get(store)
        if last is not None and last[0] == stamp:
            return last[1]
    scanner = cached_scanner(store_inputs(store))
    with _LOCK:
        _CURRENT[store] = (stamp, scanner)
    return scanner


def built() -> int:
    """How many scanners this process holds (for tests)."""
    with _LOCK:
        return len(_BUILT)


def forget_built() -> None:
    """Drop every scanner kept (for measuring a cold scan, and for tests)."""
    with _LOCK:
        _BUILT.clear()
        _CURRENT.clear()


def date_forms(iso_dates: list[str]) -> list[str]:
    """The ways a report writes an ISO date: 2 February 2018, 2 February."""
    out = []
    for d in iso_dates:
        m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", d.strip())
        if not m:
            out.append(d)
            continue
        y, mo, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        month = MONTH_NAMES[mo - 1]
        out += [f"{day} {month} {y}", f"{day} {month}", f"{month} {y}", d]
    return out
