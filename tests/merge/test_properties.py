"""Property-based tests of the merge over random multi-inspector histories
(merge design section 7): idempotence, order independence, associativity,
convergence, no silent loss, causality, true conflicts, resolution propagation, and
the version-vector shortcut's equivalence with the plain union.  The same checks are
run against deliberately broken merges and must fail."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from store.errors import FieldworkError
from tests.merge.broken import destination_wins_merge, lost_parents_merge, silent_lww_merge
from tests.merge.files import examples
from tests.merge.harness import TEXTS, MergeFn, Op, real_merge, run_history

pytestmark = pytest.mark.slow

# Syncs are frequent so that edits build on each other and conflicts arise.
OP_NAMES = ["create", "grade", "grade", "grade", "reason", "reason", "update", "update", "mark",
            "mark", "delete", "resolve", "resolve", "sync", "sync", "sync", "sync", "sync", "backup",
            "restore", "fork"]  # fmt: skip
ops_strategy = st.lists(
    st.tuples(
        st.sampled_from(OP_NAMES),
        st.integers(0, 4),
        st.integers(0, 4),
        st.integers(0, 7),
        st.sampled_from(TEXTS),
    ),
    min_size=1,
    max_size=30,
)
replicas = st.integers(3, 5)  # the master and two to four inspectors
DAY_MS = 24 * 3600 * 1000
# Clocks a few seconds out, and now and then a laptop three days fast or slow.
skews = st.lists(
    st.one_of(st.integers(-5000, 7000), st.sampled_from([3 * DAY_MS, -3 * DAY_MS])),
    min_size=5,
    max_size=5,
)


def _history_test(
    merge: MergeFn, known: tuple[dict[str, object], ...] = (), **config: object
) -> object:
    """The property check as a hypothesis test, tried first on the `known` histories."""

    def check(n: int, clock_skews: list[int], ops: list[Op], seed: int) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            run_history(Path(tmp), n, clock_skews, ops, seed, merge)

    for history in known:
        check = example(**history)(check)
    given_check = given(n=replicas, clock_skews=skews, ops=ops_strategy, seed=st.integers(0, 2**16))
    return settings(
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        **config,  # type: ignore[arg-type]
    )(given_check(check))


def test_merge_properties_hold_on_random_histories() -> None:
    """Random histories, and first the histories the broken merges below are caught on."""
    known = (LOST_PARENTS, ORDER_MATTERS, TEXT_AND_FINDING)
    _history_test(real_merge, known, max_examples=examples())()  # type: ignore[operator]


LOST_PARENTS = {
    "n": 4,
    "clock_skews": [6166, -259200000, -417, 52, 4916],
    "ops": [
        ("fork", 1, 4, 2, "b"), ("fork", 3, 1, 3, "b"), ("grade", 0, 4, 2, "a"),
        ("sync", 0, 2, 3, "a"), ("sync", 1, 3, 5, "a"), ("resolve", 3, 3, 6, "b"),
        ("update", 2, 2, 3, "b"), ("sync", 4, 1, 7, "b"), ("update", 2, 3, 4, "b"),
        ("delete", 0, 0, 2, "a"), ("grade", 0, 4, 6, "a"), ("resolve", 3, 4, 4, "c"),
        ("update", 0, 3, 7, "a"),
    ],
    "seed": 186,
}  # fmt: skip
"""A history the derandomized search below found the lost-parents merge failing on
(replicas do not converge): its 63rd, two minutes of a loaded test run, before "reason"
joined the operations.  The real merge passes it (the random-histories test above tries
it first).  The default run tries it alone; the `slow` profile searches again from
scratch."""


ORDER_MATTERS = {
    "n": 4,
    "clock_skews": [464, 300, 4146, 259200000, 1952],
    "ops": [
        ("update", 4, 0, 1, "b"), ("update", 4, 1, 0, "b"), ("create", 3, 4, 5, "a"),
        ("sync", 1, 3, 2, "b"), ("grade", 3, 0, 6, "c"), ("backup", 3, 4, 6, "a"),
        ("grade", 1, 0, 6, "a"), ("update", 0, 2, 7, "b"),
    ],
    "seed": 4796,
}  # fmt: skip
"""A history on which merging in another order gives another result under both the
silent last-writer-wins and the destination-wins merges (a laptop three days fast among
the clocks): found by the derandomized search below, which took about 55 histories and
10 to 16 s of CPU for each broken merge in a test run.  The real merge passes it (the
random-histories test above tries it first).  The default run tries it alone; the `slow`
profile searches again from scratch."""


TEXT_AND_FINDING = {
    "n": 4,
    "clock_skews": [1, 1, -3076, 251, 1],
    "ops": [
        ("fork", 0, 0, 0, "a"), ("sync", 0, 0, 0, "a"), ("resolve", 0, 0, 0, "a"),
        ("create", 0, 0, 0, "c"), ("create", 0, 0, 0, "a"), ("mark", 0, 0, 0, "b"),
        ("grade", 0, 0, 0, "a"), ("sync", 0, 0, 0, "a"), ("sync", 0, 0, 0, "a"),
        ("sync", 0, 0, 0, "a"), ("restore", 0, 0, 0, "a"), ("sync", 0, 0, 0, "a"),
        ("update", 0, 0, 3, "a"), ("backup", 0, 0, 0, "a"), ("sync", 0, 0, 0, "a"),
        ("backup", 0, 0, 0, "a"), ("sync", 1, 0, 0, "a"), ("grade", 0, 0, 0, "a"),
        ("mark", 0, 0, 0, "b"), ("mark", 1, 0, 2, "a"), ("grade", 0, 3, 0, "b"),
        ("grade", 2, 0, 5, "c"), ("reason", 2, 3, 2, "b"), ("backup", 3, 4, 0, "a"),
        ("update", 2, 2, 5, "c"), ("sync", 3, 4, 5, "b"), ("sync", 2, 4, 1, "a"),
        ("create", 1, 2, 5, "c"), ("update", 0, 0, 2, "a"),
    ],
    "seed": 773,
}  # fmt: skip
"""A history the random search found (suite22, session 22) on which the store, rightly,
shows a conflict and the oracle did not: one side rewrote a note's text, the other
changed its finding, and the two are one answer (`store.fieldmerge.UNITS`), which the
oracle modelled for a grade and its rationale only.  The test failed now and then, when
the search met such a history; the oracle now states every unit, and this history is
tried first on every run."""


@pytest.mark.parametrize(
    ("broken", "known"),
    [
        (silent_lww_merge, (ORDER_MATTERS,)),
        (destination_wins_merge, (ORDER_MATTERS,)),
        (lost_parents_merge, (LOST_PARENTS,)),
    ],
    ids=["silent-last-writer-wins", "destination-wins", "lost-parents"],
)
def test_properties_catch_a_broken_merge(
    broken: MergeFn, known: tuple[dict[str, object], ...]
) -> None:
    """The suite is only worth something if it fails on a wrong merge: a history the
    random search found (`known`), or a fresh derandomized search when there is none
    or the `slow` profile is loaded."""
    search = not known or examples() >= 100
    check = _history_test(
        broken, () if search else known, max_examples=200, derandomize=True,
        phases=[Phase.explicit, Phase.generate] if search else [Phase.explicit],
        report_multiple_bugs=False,
    )  # fmt: skip
    # A property fails (AssertionError), or the receiving file's own check refuses what
    # the broken merge wrote (a version whose parents were lost no longer matches its
    # hash: DamagedSourceError, which the slow profile's fresh search reaches first).
    with pytest.raises((AssertionError, FieldworkError)):
        check()  # type: ignore[operator]
