"""Issue 15, kf27 (tester 26's F11): a service requiring improvement for weaknesses found
in a minority of its cases, with no practice point leaning against, is told what to
improve: its material minority weaknesses, the weightiest first, after keeping
children safe; a weakness in under a tenth of the cases stays out.  (Tester 20's side,
points leaning positive left out beside points leaning against, is
test_kf20b_findings.)

On a hand-written inspection under the 2013 framework (`kf27_inspection`).
"""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Section, Sentence
from store.store import Store
from tests.export.kf27_inspection import minority_weaknesses


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    path = tmp_path_factory.mktemp("kf27") / "ri.db"
    minority_weaknesses(path).close()
    with Store.open(path) as store:
        return draft_report(load(store))


def _points(report: ReportModel) -> list[Sentence]:
    sec: Section = next(s for s in report.sections if s.kind == "improve")
    return [x for p in sec.paragraphs for x in p.sentences]


def test_minority_weaknesses_are_points_to_improve(report: ReportModel) -> None:
    """Children not seen alone in 8 of 30 cases, weak analysis in 7, oversight in 6,
    late checks in 5: each a point, in that order, after the response to concerns for a
    child's safety (3 of 30); case recording (2 of 24 behind) is not."""
    points = _points(report)
    named = [x.criteria[0] for x in points if x.role == "claim"]
    assert named == ["SW1", "QP8", "QP7", "QPN4", "QP2"], [x.text for x in points]
    assert "alone" in points[1].text and "analysis" in points[2].text, [x.text for x in points]
    assert all(x.direction == "against" for x in points)


def test_each_point_rests_on_the_cases_against(report: ReportModel) -> None:
    """A point's cases are those whose notes go against it: seeing children alone, the
    eight cases where it was not done."""
    seen = next(x for x in _points(report) if x.criteria == ["QP8"])
    assert len(set(seen.case_refs)) == 8, seen.case_refs
