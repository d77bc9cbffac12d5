"""A strength recorded against the leadership is said in its section, in proportion
(kf35; tester 34's A11), on kf35's hand-written inspection (`kf35_inspection.py`): an
inadequate service whose one leadership strength is a new head of practice with a clear
view of the weaknesses and a dated plan, "too soon to see any change for children" (a
hedged note, counted neither way)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Sentence
from tests.export import kf35_inspection


def _leadership(report: ReportModel) -> list[Sentence]:
    sec = next(s for s in report.sections if s.heading.startswith("Leadership"))
    return [x for p in sec.paragraphs for x in p.sentences]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReportModel]:
    s = kf35_inspection.build(tmp_path_factory.mktemp("kf35l") / "kf35.db")
    try:
        yield draft_report(load(s.store))
    finally:
        s.close()


def test_the_one_leadership_strength_is_said(report: ReportModel) -> None:
    """The head of practice's view and plan are said, with the note's own words that it
    is too soon to see a change (no more than the note claims), after the sentence on the
    regional plan it answers, and traced to its one record."""
    said = _leadership(report)
    head = [k for k, x in enumerate(said) if "head of practice" in x.text.lower()]
    assert len(head) == 1, [x.text for x in said]
    s = said[head[0]]
    assert "plan with dates" in s.text and "too soon to see any change" in s.text, s.text
    assert len(s.evidence_ids) == 1 and "LG1" in s.criteria, s
    assert "no targets" in said[head[0] - 1].text, [x.text for x in said]


def test_no_strength_is_made_up_where_none_is_recorded(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Without the head of practice's note, the section says nothing of one."""
    s = kf35_inspection.build(tmp_path_factory.mktemp("kf35n") / "kf35.db", new_head=False)
    try:
        said = _leadership(draft_report(load(s.store)))
    finally:
        s.close()
    assert not any("head of practice" in x.text.lower() for x in said), [x.text for x in said]
