"""What the scanners of one process share: for each rule set (a scanner's
fingerprint, a digest of the inspection's inputs), the finds per text and what each
capitalised word was read as.  A scanner built again for the same inspection (the next
export, the identify screen refreshing) reuses them, so only new or edited text is
scanned."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

from exporters.identify.patterns import Found

if TYPE_CHECKING:
    from exporters.identify.scanner import Scanner

_SHARED: dict[str, tuple[dict[str, tuple[Found, ...]], dict[str, Any]]] = {}
"""Per rule set (a scanner's fingerprint): the finds per text, and the word readings."""
_SHARED_SCANNERS = 4


def forget() -> None:
    """Forget what every scanner of this process found, and the scanners built (for
    measuring a cold scan)."""
    from exporters.identify.cache import forget_built

    _SHARED.clear()
    forget_built()


def fingerprint(sc: Scanner) -> str:
    """A digest of everything a scanner's rules are built from (not the word lists,
    which are fixed for the process)."""
    parts = [sc.names, sc.places, sc.case_refs, sc.allowed_dates,
             [list(p) for p in sc.people], sc.staff, sc.areas, sc.own_text]  # fmt: skip
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode()).hexdigest()


def shared_for(
    print_: str, words: dict[str, Any]
) -> tuple[dict[str, tuple[Found, ...]], dict[str, Any]]:
    """The finds per text and the word readings for a rule set: those already kept,
    or new ones (`words`, the new scanner's own, as the readings)."""
    shared = _SHARED.pop(print_, None)
    if shared is None:
        shared = ({}, words)
    _SHARED[print_] = shared  # newest last
    while len(_SHARED) > _SHARED_SCANNERS:
        _SHARED.pop(next(iter(_SHARED)))
    return shared
