"""A claim's sentence is chosen once (issue 18, the cost of `shapes.readable_shape`):
the preferences its sentences are ranked by (`shapes.shape_keys`) are worked out once
for each sentence, and the sentences are walked a tier at a time (`shapes.tiers`),
where the draft used to run the whole cascade of filters again over what was left
each time the sentences it chose did not read.

The tiers must be what that cascade gives: its choice first, then its choice of what
is left once that is set aside, and so on.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Sequence

from exporters.draft.shapes import tiers

Pref = Callable[[str], bool]


def _cascade(options: Sequence[str], prefs: Sequence[Pref]) -> list[str]:
    """The filters as the draft applied them: each keeps the options it prefers where
    any is left, else all of them."""
    out = list(options)
    for p in prefs:
        out = [o for o in out if p(o)] or out
    return out


def _repeated(options: Sequence[str], prefs: Sequence[Pref]) -> list[list[str]]:
    """The cascade run again and again, what it chose set aside each time."""
    left, out = list(options), []
    while left:
        chosen = _cascade(left, prefs)
        out.append(chosen)
        left = [o for o in left if o not in chosen]
    return out


# Sentences described by hand: how each opens, which side it ends on, whether it says
# the larger side first, whether it was said before.
OPTIONS = [
    "in most|for|larger|new", "while some|for|smaller|new", "of the|against|larger|new",
    "across most|for|larger|said", "in area|against|smaller|new", "of the|for|smaller|said",
    "inspectors found|for|larger|new", "in most|against|larger|said",
]  # fmt: skip
PREFS: list[Pref] = [
    lambda o: o.split("|")[1] == "for",  # ends on the side to illustrate
    lambda o: o.split("|")[2] == "larger",  # the larger side first
    lambda o: o.split("|")[3] == "new",  # not said before
    lambda o: not o.startswith("in "),  # opens unlike the sentence before
]


def test_the_tiers_are_the_cascade_run_again_on_what_is_left() -> None:
    for n in range(1, len(PREFS) + 1):
        for prefs in itertools.permutations(PREFS, n):
            keys = [lambda o, p=p: int(p(o)) for p in prefs]
            assert list(tiers(OPTIONS, keys)) == _repeated(OPTIONS, prefs)


def test_each_preference_is_worked_out_once_per_sentence_at_most() -> None:
    calls: Counter[tuple[int, str]] = Counter()

    def counted(k: int, p: Pref) -> Callable[[str], int]:
        def key(o: str) -> int:
            calls[k, o] += 1
            return int(p(o))

        return key

    keys = [counted(k, p) for k, p in enumerate(PREFS)]
    walked = list(tiers(OPTIONS, keys))
    assert sorted(o for t in walked for o in t) == sorted(OPTIONS)
    assert max(calls.values()) == 1
    # Only the first tier: the later preferences are worked out for the options the
    # earlier ones kept, not for every option.
    calls.clear()
    first = next(tiers(OPTIONS, keys))
    assert first == _cascade(OPTIONS, PREFS)
    assert sum(calls.values()) < len(OPTIONS) * len(PREFS)
