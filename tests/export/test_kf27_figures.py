"""Issue 15, kf27 (tester 26's A2 #11): a figure from a note whose clause names its own
source ("Performance data shows ...") is said as the note says it, not after the
source's name ("In performance information, performance data shows ...").  Tester 27's
A3: a figure after a sentence of its own in the note ("Staff survey: 312 responses. 64%
of FCAs said ...") is said alone, never with that sentence as a fragment before it.

On a hand-written inspection under the 2013 framework (`kf27_inspection`: national notes
on the use of performance information, one a figure from performance data, and against
workloads, one a staff survey note giving its count of replies first).
"""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from store.store import Store
from tests.export.kf27_inspection import minority_weaknesses


@pytest.fixture(scope="module")
def leadership(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    path = tmp_path_factory.mktemp("kf27fig") / "ri.db"
    minority_weaknesses(path, workloads=True).close()
    with Store.open(path) as store:
        report = draft_report(load(store))
    sec = next(s for s in report.sections if s.heading.startswith("Leadership"))
    return [x.text for p in sec.paragraphs for x in p.sentences]


def test_a_figure_naming_its_source_is_said_as_it_stands(leadership: list[str]) -> None:
    said = [t for t in leadership if "70% to 84%" in t]
    assert said and said[0].startswith("Performance data shows"), leadership


def test_a_figure_after_a_count_of_replies_is_said_alone(leadership: list[str]) -> None:
    said = [t for t in leadership if "58%" in t]
    assert said == [
        "In the staff survey, 58% of practitioners said their caseload was too high to do the work well."
    ], leadership
    assert not [t for t in leadership if "240 replies" in t], leadership
