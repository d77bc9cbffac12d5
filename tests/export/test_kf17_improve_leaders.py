"""Issue 15, session 17 (tester 17's first audit): "What does Cafcass need to improve?"
holds a point from each national judgement graded below good.

Tester 17's leaders were judged inadequate on seven records against their use of
performance information, yet all five improvement points were practice faults, each
found in dozens of cases: the weightiest weaknesses always won the five places.  Now
the weightiest weakness of a national judgement below good that the list leaves out is
added, one place past the five for each such judgement, so that no practice fault gives
way to it (tester 17's second audit: at first it took the lightest point's place, and
that was a weakness in most cases).

On inspections written by hand for this test (`kf17_inspection.leaders_below`: six
practice faults in eight of ten cases each, four notes against performance
information).
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Sentence
from store.store import Store
from tests.export.kf17_inspection import PRACTICE_WEAK, leaders_below


def _draft(tmp_path: Path, leaders: str) -> ReportModel:
    db = tmp_path / "leaders.db"
    leaders_below(db, leaders=leaders).close()
    with Store.open(db) as store:
        return draft_report(load(store))


def _points(report: ReportModel) -> list[Sentence]:
    sec = next(s for s in report.sections if s.kind == "improve")
    return [s for p in sec.paragraphs for s in p.sentences]


def test_leaders_below_good_have_an_improvement_point(tmp_path: Path) -> None:
    points = _points(_draft(tmp_path, "inadequate"))
    assert len(points) == 6, [s.text for s in points]
    leaders = [s for s in points if "LG3" in s.criteria]
    assert len(leaders) == 1, [s.text for s in points]
    assert "4 development records" in leaders[0].basis, leaders[0].basis
    # The other five are the five weightiest practice faults, none given way.
    practice = [c for s in points for c in s.criteria if c != "LG3"]
    assert len(practice) == 5 and set(practice) <= set(PRACTICE_WEAK), practice


def test_leaders_judged_good_leave_the_places_to_the_weightiest(tmp_path: Path) -> None:
    """The same evidence with the leadership graded good: the five places go by weight,
    as before, so the rule above is the grade's.  The leadership section, good, still
    states its weakness on its own (four notes against the use of performance
    information), so it is a point too, after the five (kf23, tester 22's A9: a good
    or better section's stated weakness, `improvestated`), never in their place."""
    report = _draft(tmp_path, "good")
    points = _points(report)
    assert len(points) == 6, [s.text for s in points]
    assert all(set(s.criteria) <= set(PRACTICE_WEAK) for s in points[:5]), [
        s.criteria for s in points
    ]
    assert points[5].criteria == ["LG3"], [s.criteria for s in points]
    leaders = next(s for s in report.sections if s.kind == "judgement"
                   and any("LG3" in x.criteria for p in s.paragraphs for x in p.sentences))  # fmt: skip
    stated = [x for p in leaders.paragraphs for x in p.sentences
              if x.criteria == ["LG3"] and x.direction == "against"]  # fmt: skip
    assert stated, [x.text for p in leaders.paragraphs for x in p.sentences]
