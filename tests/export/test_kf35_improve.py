""" "Particularly in private law" follows the rate, not the count (kf35; tester 34's A3),
on kf35's hand-written inspection (`kf35_inspection.py`): 30 private law cases and six
public law cases.  Managers' oversight is missing in 20 of the private law cases and in
all six public law cases (more private law cases, public law worse by share); reports
are late in 19 of the private law cases and one of the public law cases (private law
worse both ways)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Sentence
from tests.export import kf35_inspection


def _point(report: ReportModel, criterion: str) -> Sentence:
    sec = next(s for s in report.sections if s.kind == "improve")
    (point,) = [x for p in sec.paragraphs for x in p.sentences if criterion in x.criteria]
    return point


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReportModel]:
    s = kf35_inspection.build(tmp_path_factory.mktemp("kf35i") / "kf35.db")
    try:
        yield draft_report(load(s.store))
    finally:
        s.close()


def test_no_law_type_singled_out_where_the_other_is_worse_by_share(report: ReportModel) -> None:
    """Oversight: 20 of 30 private law cases against, six of six public law: private law
    holds most of the cases against, but public law fails on every case, so the point
    names neither law type."""
    point = _point(report, "QPN4")
    assert "oversight" in point.text and "particularly" not in point.text, point.text


def test_a_law_type_worse_by_share_is_still_named(report: ReportModel) -> None:
    """Delay: 19 of 30 private law cases against, one of six public law: a real
    difference in the rate, so the point says where."""
    point = _point(report, "QP1")
    assert "particularly in private law cases" in point.text, point.text
