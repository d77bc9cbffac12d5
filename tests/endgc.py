"""The end of a test process: what is still alive is moved out of the collector's way
before pytest's last collections.

When a test process ends, pytest collects the garbage five times over
(`_pytest.unraisableexception`: a finaliser may leave garbage of its own), to report any
exception a finaliser raises.  Each of those collections walks every object still alive:
the modules, the caches the product and the tests filled in (the identify vocabulary,
the drafting caches, Textual's), a second or so of CPU a worker at the run's end,
when the other workers may have finished already.  So, once every other plugin has
ended (`trylast`), the garbage is collected once, while pytest's hook for
finalisers' exceptions is still in place, so that whatever a finaliser raises is reported
as before, and what is left alive is frozen (`gc.freeze`, documented API): pytest's
collections then walk only what is made after, and still find the garbage a finaliser
leaves (tests/test_endgc.py).  Nothing a test checks runs after this hook."""

from __future__ import annotations

import gc

import pytest


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Collect the garbage once, then freeze what is alive (see the module's docstring)."""
    gc.collect()
    gc.freeze()
