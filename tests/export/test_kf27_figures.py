"""Issue 15, kf27 (tester 26's A2 #11): a figure from a note whose clause names its own
source ("Performance data shows ...") is said as the note says it, not after the
source's name ("In performance information, performance data shows ...").

On a hand-written inspection under the 2013 framework (`kf27_inspection`: three
national notes on the use of performance information, one a figure from performance
data).
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from store.store import Store
from tests.export.kf27_inspection import minority_weaknesses


def test_a_figure_naming_its_source_is_said_as_it_stands(tmp_path: Path) -> None:
    path = tmp_path / "ri.db"
    minority_weaknesses(path).close()
    with Store.open(path) as store:
        report = draft_report(load(store))
    sec = next(s for s in report.sections if s.heading.startswith("Leadership"))
    said = [x.text for p in sec.paragraphs for x in p.sentences if "70% to 84%" in x.text]
    assert said and said[0].startswith("Performance data shows"), said
