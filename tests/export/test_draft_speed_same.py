"""Speed work on drafting changes no choice (issue 18, the suite's time): the tiers a
claim's sentences are ranked in (`shapes.tiers`) with preferences of many values, and
whether a sentence is near-verbatim to one said before (`sameness.Index`), each
against its definition written out plainly here."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from exporters.draft.sameness import Index, near_any, runs
from exporters.draft.shapes import tiers

Key = Callable[[str], int]


def _ranked(options: Sequence[str], keys: Sequence[Key]) -> list[list[str]]:
    """The definition: the options grouped by the first key, its highest value first,
    each group ranked by the rest of the keys; a group of one, or with no key left, is
    one tier in the options' own order."""
    if not options:
        return []
    if not keys or len(options) == 1:
        return [list(options)]
    values = sorted({keys[0](o) for o in options}, reverse=True)
    return [
        tier for v in values for tier in _ranked([o for o in options if keys[0](o) == v], keys[1:])
    ]


def _keys(rng: random.Random, n: int) -> list[Key]:
    """Preferences of two to five values, each a fixed value per option, as the draft's
    are (a count of how often a shape was used is negative, a fit is 0 or 1)."""
    keys: list[Key] = []
    for _ in range(n):
        table: dict[str, int] = {}
        lo, hi = rng.choice([(0, 1), (-4, 0), (-2, 2)])

        def key(o: str, table: dict[str, int] = table, lo: int = lo, hi: int = hi) -> int:
            return table.setdefault(o, rng.randint(lo, hi))

        keys.append(key)
    return keys


def test_tiers_are_the_ranking_by_every_value_of_every_key() -> None:
    rng = random.Random(20261206)
    for trial in range(300):
        options = [f"sentence {k}" for k in range(rng.randint(0, 40))]
        rng.shuffle(options)
        keys = _keys(rng, rng.randint(0, 8))
        want = _ranked(options, keys)
        assert list(tiers(options, keys)) == want, trial
        assert sorted(o for tier in want for o in tier) == sorted(options)


def test_tiers_stop_working_keys_out_once_the_first_tier_is_taken() -> None:
    asked: list[str] = []

    def first(o: str) -> int:
        return int(o.startswith("a"))

    def second(o: str) -> int:
        asked.append(o)
        return len(o)

    best = next(tiers(["b1", "a1", "a22", "b333"], [first, second]))
    assert best == ["a22"]
    assert sorted(asked) == ["a1", "a22"]  # the b sentences were never ranked further


_TEXT = (
    "the child was seen alone and their wishes were recorded in the report to court "
    "practitioners analyse risk well managers oversee the work in most cases"
)
_WORDS = _TEXT.split()


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 18)))


def _altered(rng: random.Random, text: str) -> str:
    """A sentence said before with up to four of its words changed, and in capitals
    or not (near-verbatim or not, as the changes fall)."""
    words = text.split()
    for _ in range(rng.randint(0, 4)):
        words[rng.randrange(len(words))] = rng.choice(_WORDS)
    out = " ".join(words)
    return out.upper() if rng.random() < 0.3 else out


def test_the_index_finds_the_sentences_near_verbatim_to_those_said() -> None:
    rng = random.Random(7)
    found = {True: 0, False: 0}
    for _ in range(40):
        index, said, texts = Index(), [], []
        for _ in range(rng.randint(0, 12)):
            texts.append(_sentence(rng))
            r = runs(texts[-1])
            index.add(r)
            said.append(r)
        for _ in range(30):
            r = runs(
                _altered(rng, rng.choice(texts)) if texts and rng.random() < 0.5 else _sentence(rng)
            )
            near = index.near(r)
            assert near == near_any(r, said)
            assert index.shared(r) == sum(1 for x in r if any(x in s for s in said))
            found[near] += 1
    assert found[True] > 50 and found[False] > 50  # both answers were tested
