"""Property-based tests of the merge over random multi-inspector histories
(merge design section 7): idempotence, order independence, associativity,
convergence, no silent loss, causality, true conflicts, resolution propagation, and
the version-vector shortcut's equivalence with the plain union.  The same checks are
run against deliberately broken merges and must fail."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.merge.files import examples
from tests.merge.harness import (
    TEXTS,
    MergeFn,
    Op,
    destination_wins_merge,
    lost_parents_merge,
    real_merge,
    run_history,
    silent_lww_merge,
)

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


def _history_test(merge: MergeFn, **config: object) -> object:
    @settings(
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        **config,  # type: ignore[arg-type]
    )
    @given(n=replicas, clock_skews=skews, ops=ops_strategy, seed=st.integers(0, 2**16))
    def check(n: int, clock_skews: list[int], ops: list[Op], seed: int) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            run_history(Path(tmp), n, clock_skews, ops, seed, merge)

    return check


def test_merge_properties_hold_on_random_histories() -> None:
    _history_test(real_merge, max_examples=examples())()  # type: ignore[operator]


@pytest.mark.parametrize(
    "broken",
    [silent_lww_merge, destination_wins_merge, lost_parents_merge],
    ids=["silent-last-writer-wins", "destination-wins", "lost-parents"],
)
def test_properties_catch_a_broken_merge(broken: MergeFn) -> None:
    """The suite is only worth something if it fails on a wrong merge."""
    check = _history_test(
        broken, max_examples=200, derandomize=True, phases=[Phase.generate],
        report_multiple_bugs=False,
    )  # fmt: skip
    with pytest.raises(AssertionError):
        check()  # type: ignore[operator]
