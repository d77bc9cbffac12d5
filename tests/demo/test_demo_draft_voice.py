"""The draft of the full-size demo (600 cases, the size `make run` writes) does not read
alike from area to area (issue 15: at most a tenth of the area sections' sentences
shared, word for word or near-verbatim, with another area).  Until 2026-12-03 the 600-case
demo shared about two fifths (one wording per criterion and proportion, so any two areas
with the same tally read alike) while the 150-case demo of the other tests passed.

On the session's 600-case demo (seed 7, not the seed `make run` uses: the bound is not
tuned to one demo).  `bench/bench_export.py` prints the share for the seed `make run`
uses.  Slow: drafting 600 cases takes some seconds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from demo import DemoStats
from exporters.draft import draft_report, load
from store.store import Store


@pytest.mark.slow
def test_the_600_case_demo_s_areas_do_not_read_alike(big_demo: tuple[Path, DemoStats]) -> None:
    path, _ = big_demo
    with Store.open(path) as store:
        report = draft_report(load(store))
    areas = [s for s in report.sections if s.kind == "area"]
    assert len(areas) >= 5
    assert report.repeated_share <= 0.10
