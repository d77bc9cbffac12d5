"""An inadequate service's key findings still credit the little that is good (kf35;
tester 34's F10), on kf35's hand-written inspection (`kf35_inspection.py`): failures in
safeguarding, analysis, oversight and delay, and two real strengths its sections state
(direct work in the five cases whose files record it, and two partners' praise for the
service's part in the family justice board)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel
from tests.export import kf35_inspection


def _summary(report: ReportModel) -> list[str]:
    sec = next(s for s in report.sections if s.heading.startswith("Summary"))
    return [" ".join(x.text for x in p.sentences) for p in [*sec.intro, *sec.paragraphs]]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReportModel]:
    s = kf35_inspection.build(tmp_path_factory.mktemp("kf35") / "kf35.db")
    try:
        yield draft_report(load(s.store))
    finally:
        s.close()


def test_the_few_strengths_are_credited_after_the_failures(report: ReportModel) -> None:
    """The summary names the failures first, then one finding crediting what the
    sections state as strengths: direct work, with its count and base (five cases of the
    36 read: in proportion), and the work with the family justice board."""
    said = _summary(report)
    credit = [k for k, text in enumerate(said) if "direct work" in text]
    assert len(credit) == 1, said
    text = said[credit[0]]
    assert "few strengths" in text and "five" in text and "of the 36 read" in text, text
    assert "family justice" in text, text
    assert credit[0] == len(said) - 1, said  # last: after every failure
    assert said[1].startswith("Safeguarding practice"), said


def test_the_credit_softens_no_failure(report: ReportModel) -> None:
    """The failures keep their words: no finding before the credit praises, and the
    credit names no point a section says falls short."""
    said = _summary(report)
    before = " ".join(said[:-1])
    for weak in ("analysis in reports", "management oversight"):
        assert weak in before and weak not in said[-1], said
    assert "strength" not in before, said


def test_a_good_service_gets_no_credit_finding(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The same evidence judged good: its key findings lead on strengths as before, and
    no "few strengths" finding is added."""
    grades = {"J13-0": "good", "J13-1": "good", "J13-2": "good", "J13-3": "good"}
    s = kf35_inspection.build(tmp_path_factory.mktemp("kf35g") / "kf35g.db", grades=grades)
    try:
        said = _summary(draft_report(load(s.store)))
    finally:
        s.close()
    assert not any("few strengths" in text or "also found strengths" in text for text in said), said
