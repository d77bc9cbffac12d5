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

from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache
from itertools import chain

RUN = 5
SHARE = 0.4


# Every byte but a-z and 0-9 read as a space: `words_of` turns the rest of a lower-case
# text (any other character, as "?") into spaces in one pass.
_LETTERS = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789")
_SPACES = bytes(c if c in _LETTERS else ord(" ") for c in range(256))


def words_of(text: str) -> list[str]:
    """The words sentences are compared by: lower case, letters a-z and digits only
    (the same as `re.findall(r"[a-z0-9]+", text.lower())`, a third of its time: every
    option a claim is built in is read this way)."""
    return text.lower().encode("ascii", "replace").translate(_SPACES).decode("ascii").split()


@lru_cache(maxsize=65536)
def runs(text: str) -> frozenset[str]:
    """The sentence's runs of `RUN` consecutive words (the whole of a shorter one)."""
    words = words_of(text)
    if len(words) <= RUN:
        return frozenset([" ".join(words)])
    return frozenset(" ".join(words[k : k + RUN]) for k in range(len(words) - RUN + 1))


def fresh_wordings(said: Collection[str], wordings: Sequence[str]) -> tuple[str, ...]:
    """The wordings none of the sentences `said` (each lower case, letters and digits
    only, as `trace.normal` gives them) holds, or all of them when every one is held: a
    criterion's general wording, true of any case, is said once in a report while
    another is left, whatever the frame around it."""
    held = "\n".join(said)  # one search per wording (no sentence holds a line break)
    fresh = tuple(x for x in wordings if not (said and _normal(x) in held))
    return fresh or tuple(wordings)


def _normal(text: str) -> str:
    return " ".join(words_of(text))


def near_same(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sentences, given by their `runs`, are near-verbatim."""
    if not a or not b:
        return False
    return len(a & b) >= SHARE * min(len(a), len(b))


def near_any(a: frozenset[str], others: Iterable[frozenset[str]]) -> bool:
    """Whether a sentence is near-verbatim to any of the others."""
    return any(near_same(a, b) for b in others)


class Index:
    """Sentences said so far, by their `runs`, so that whether a new one is near-verbatim
    to any of them costs what the runs it shares cost, not one comparison per sentence
    (a claim's wordings are dozens of frames times wordings)."""

    def __init__(self) -> None:
        self._sizes: list[int] = []
        self._by_run: dict[str, list[int]] = {}

    def add(self, r: frozenset[str]) -> None:
        """Remember a sentence, given by its `runs`."""
        k = len(self._sizes)
        self._sizes.append(len(r))
        for run in r:
            self._by_run.setdefault(run, []).append(k)

    def near(self, r: frozenset[str]) -> bool:
        """Whether a sentence, given by its `runs`, is near-verbatim to one remembered."""
        common = self._by_run.keys() & r  # in C: most sentences share no run at all
        if not common:
            return False
        by_run = self._by_run  # counted in one pass in C, not one update per run
        shared = Counter(chain.from_iterable(map(by_run.__getitem__, common)))
        return any(n >= SHARE * min(len(r), self._sizes[k]) for k, n in shared.items())

    def near_ones(self, r: frozenset[str]) -> list[int]:
        """The sentences remembered (by the order they were added) that a sentence,
        given by its `runs`, is near-verbatim to."""
        common = self._by_run.keys() & r  # in C: most sentences share no run at all
        if not common:
            return []
        by_run = self._by_run  # counted in one pass in C, not one update per run
        shared = Counter(chain.from_iterable(map(by_run.__getitem__, common)))
        return sorted(k for k, n in shared.items() if n >= SHARE * min(len(r), self._sizes[k]))

    def shared(self, r: frozenset[str]) -> int:
        """How many of a sentence's `runs` have been said in any sentence remembered (a
        criterion's wording said before shares all of its own)."""
        return len(self._by_run.keys() & r)
