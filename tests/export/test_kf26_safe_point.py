"""What needs to improve names a weakness in keeping children safe whatever the grade,
even where most cases are sound (tester 26's F11: concerns not followed up in 10 of 70
cases, the safeguarding judgement requiring improvement, and no point on it; README:
safeguarding weaknesses come first in what needs to improve).  kf26's inspection under
2013, its safeguarding judgement recorded as requiring improvement: concerns not
followed up in 18 of 40 cases, 22 sound."""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from tests.export.kf26_inspection import build


def test_a_safeguarding_point_below_good_though_most_cases_are_sound(tmp_path: Path) -> None:
    s = build(tmp_path / "k.db", "cafcass-2013")
    s.judge("J13-0", "requires-improvement")
    s.judge("J13-1", "requires-improvement")
    report = draft_report(load(s.store))
    s.close()
    improve = next(sec for sec in report.sections if "need to improve" in sec.heading)
    points = [x for p in improve.paragraphs for x in p.sentences if x.role == "claim"]
    assert points and points[0].criteria == ["SW1"], [x.text for x in points]
    assert "safeguarding concern" in points[0].text, points[0].text
