"""Issue 15, kf25: tester 24's A2 (the rest): no point to improve addressed the delay in
allocating work, though delay was the weakness of one area (nine of its 12 cases, and
one case elsewhere): weighed by its share of all the cases (14%), it came sixth, after
points on eight cases spread thinly.  A point whose cases against are concentrated in
one or two areas weighs by its share there (its point says where: "particularly in
Area 8", or in a law type where they are all of one).

On kf25's hand-written inspection with `spread` (`kf25_inspection.py`): all five of
Brindle's (Area 7) private law cases waited for allocation (five of its eight cases,
five of 24 in all); five other points are weak in two cases of each area (six of 24).
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from tests.export import kf25_inspection


def test_delay_concentrated_in_one_area_is_a_point_to_improve(tmp_path: Path) -> None:
    s = kf25_inspection.build(tmp_path / "kf25.db", spread=True)
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    sec = next(x for x in report.sections if x.kind == "improve")
    points = [p.sentences[0] for p in sec.paragraphs]
    delay = [x.text for x in points if x.criteria == ["QP1"]]
    assert len(delay) == 1, [x.text for x in points]
    assert "delay" in delay[0] and "particularly in" in delay[0], delay
    # Five points at most, safeguarding first: the delay point takes a thin one's place.
    assert len(points) == 5 and points[0].criteria == ["SW1"], [x.text for x in points]
