"""What needs to improve, from what the evidence says falls short and why (kf34; tester
33's A3, A4, A9), on kf34's hand-written inspection (`kf34_inspection.py`): an
outstanding service whose children wait to be seen alone because no translator or
signer was arranged, whose reports are late after requests for more time, and whose own
checks of appraisals and reports counted shortfalls."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Sentence
from tests.export import kf34_inspection


def _points(report: ReportModel) -> list[Sentence]:
    sec = next(x for x in report.sections if x.kind == "improve")
    return [s for p in sec.paragraphs for s in p.sentences]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReportModel]:
    s = kf34_inspection.build(tmp_path_factory.mktemp("kf34") / "kf34.db")
    try:
        yield draft_report(load(s.store))
    finally:
        s.close()


def test_a_point_says_the_cause_its_notes_keep_naming(report: ReportModel) -> None:
    """Six of the seven cases where children were not seen alone say no translator or
    signer was arranged: the point is to arrange them, not a stock "see every child"."""
    points = _points(report)
    alone = [s for s in points if "QP8" in s.criteria]
    assert alone, [s.text for s in points]
    said = alone[0].text
    assert "interpreter or signer" in said and "seen alone" in said, said
    assert not said.startswith("See every child"), said
    assert "interpreters or signers not arranged" in alone[0].basis, alone[0].basis


def test_no_point_names_what_no_note_records(report: ReportModel) -> None:
    """Nobody recorded late allocation: no point speaks of allocating work; the point on
    delay says what the notes say held reports up (more time asked for, no reason kept)."""
    points = _points(report)
    assert not any("allocat" in s.text for s in points), [s.text for s in points]
    delay = next(s for s in points if "QP1" in s.criteria)
    assert "more time" in delay.text and "reason" in delay.text, delay.text


def test_a_counted_finding_of_the_services_own_checks_becomes_a_point(
    report: ReportModel,
) -> None:
    """ "7 of 24 appraisals set no development targets" and "8 of 40 reports call faith and
    culture 'not relevant'" are each a point in their own terms, with their count in the
    comment; safeguarding still comes first."""
    points = _points(report)
    assert points[0].criteria == ["SW1"], [s.text for s in points]
    reviews = next((s for s in points if "LG4" in s.criteria), None)
    assert reviews is not None, [s.text for s in points]
    assert "needs to develop" in reviews.text, reviews.text
    assert "7 of 24" in reviews.basis, reviews.basis
    identity = next((s for s in points if "LG9" in s.criteria), None)
    assert identity is not None and "not relevant" in identity.text, [s.text for s in points]


def test_a_good_services_weakness_in_a_small_number_of_cases_is_no_point(
    tmp_path: Path,
) -> None:
    """Weak analysis in three of 36 cases of an outstanding service is no point to improve,
    even with room for one (no finding about the service is against)."""
    s = kf34_inspection.build(tmp_path / "few.db", service=kf34_inspection.NATIONAL)
    try:
        points = _points(draft_report(load(s.store)))
    finally:
        s.close()
    assert points and not any("QP7" in x.criteria for x in points), [x.text for x in points]
    assert any("QP8" in x.criteria for x in points), [x.text for x in points]
