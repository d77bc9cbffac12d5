"""Issue 15, kf25: tester 24's A8, the national leadership section of a leadership
judged outstanding.

- Leaders' priorities (the strategy known by staff in every area, the board tracking
  it: two records) were parked in "[Strengths also found, not yet drafted: leaders'
  priorities ...]" while one record on secure accommodation had a sentence: the
  strengths a placeholder would name are drafted, before the one-record work.
- "the backlog ... grew over the summer before it was escalated to the executive" was
  not weighed against "Leaders know the service's weaknesses well": the key finding no
  longer says "well", and both it and the section say leaders were slow to act.

On kf25's hand-written leadership (`kf25_inspection.leadership`).
"""

from __future__ import annotations

from pathlib import Path

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Sentence
from tests.export import kf25_inspection


def _report(tmp_path: Path) -> ReportModel:
    s = kf25_inspection.leadership(tmp_path / "lead.db")
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _sentences(report: ReportModel, which: str) -> list[Sentence]:
    sec = next(x for x in report.sections if which in x.heading.lower())
    return [x for p in [*sec.intro, *sec.paragraphs] for x in p.sentences]


def test_leaders_priorities_are_drafted_before_the_one_record_work(tmp_path: Path) -> None:
    said = _sentences(_report(tmp_path), "impact of leaders")
    priorities = [k for k, x in enumerate(said) if x.role == "claim" and x.criteria == ["LG1"]]
    secure = [k for k, x in enumerate(said) if x.role == "claim" and x.criteria == ["LGS3"]]
    assert priorities and secure, [x.text for x in said]
    assert priorities[0] < secure[0], [x.text for x in said]
    parked = [x.text for x in said if x.role == "placeholder" and "LG1" in x.criteria]
    assert not parked, parked


def test_a_weakness_escalated_late_is_weighed_against_leaders_knowing(tmp_path: Path) -> None:
    report = _report(tmp_path)
    key = [x.text for x in _sentences(report, "summary") if x.text.startswith("Leaders know")]
    assert len(key) == 1, key
    assert "slow to act" in key[0] and " well" not in key[0], key
    section = [x.text for x in _sentences(report, "impact of leaders") if "slow to act" in x.text]
    assert len(section) == 1 and "know" in section[0], section
