"""A memo kept for one draft's data: worked out once however many sections ask, and
never met by another draft's data.  The data (`DraftData`, a dataclass compared by
value, so not hashable) is keyed by its id with a weak reference to it; the memos of
data that is gone are dropped when a new one is made."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from exporters.draft.data import DraftData

K = TypeVar("K")
V = TypeVar("V")


class PerData(Generic[K, V]):
    """Memos, one a draft's data (`of`)."""

    def __init__(self) -> None:
        self._held: dict[int, tuple[weakref.ref[DraftData], dict[K, V]]] = {}

    def of(self, data: DraftData) -> dict[K, V]:
        """The memo for `data` (empty the first time it is asked for)."""
        held = self._held.get(id(data))
        if held is None or held[0]() is not data:
            for key in [k for k, (ref, _) in self._held.items() if ref() is None]:
                del self._held[key]
            held = self._held[id(data)] = (weakref.ref(data), {})
        return held[1]
