"""Whether two sentences are the same but for a few words (near-verbatim).

Two sentences are near-verbatim when at least two fifths of the shorter one's runs of
`RUN` consecutive words (lower case, letters and digits) also occur in the other:
"In London South, leaders play an active and influential part in the local family
justice board" and "Evidence from local authority staff shows that leaders play an
active and influential part in the local family justice board" are; two sentences that
share only a criterion's noun ("the service's work with local family justice partners")
are not.  A sentence of fewer than `RUN` words is near-verbatim only to itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

RUN = 5
SHARE = 0.4


def runs(text: str) -> frozenset[str]:
    """The sentence's runs of `RUN` consecutive words (the whole of a shorter one)."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    if len(words) <= RUN:
        return frozenset([" ".join(words)])
    return frozenset(" ".join(words[k : k + RUN]) for k in range(len(words) - RUN + 1))


def near_same(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sentences, given by their `runs`, are near-verbatim."""
    if not a or not b:
        return False
    return len(a & b) >= SHARE * min(len(a), len(b))


def near_any(a: frozenset[str], others: Iterable[frozenset[str]]) -> bool:
    """Whether a sentence is near-verbatim to any of the others."""
    return any(near_same(a, b) for b in others)
