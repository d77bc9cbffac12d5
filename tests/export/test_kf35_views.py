"""Strong praise with one person's reservation reads as strong praise (kf35; tester 33's
outstanding summary: seven judges' notes of strong praise and one mixed were "broadly
positive ..., with some reservations"), on kf35's outstanding inspection
(`kf35_inspection.outstanding`): five notes from judges and magistrates praise the
service strongly and a sixth, one judge's, praises the reports but notes late letters."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel
from tests.export import kf35_inspection


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReportModel]:
    s = kf35_inspection.outstanding(tmp_path_factory.mktemp("kf35o") / "kf35o.db")
    try:
        yield draft_report(load(s.store))
    finally:
        s.close()


def test_strong_praise_with_one_reservation(report: ReportModel) -> None:
    """The key findings and the section saying the judges' view say it as strong
    praise, the reservation as one judge's, never "broadly positive" or "valued"."""
    said = [x.text for sec in report.sections for p in sec.paragraphs for x in p.sentences
            if x.role == "views" and "judges" in x.text]  # fmt: skip
    assert said, "the judges' view is said"
    for text in said:
        assert "spoke highly" in text or "strong praise" in text, text
        assert "though one" in text, text
        assert "broadly positive" not in text and "valued" not in text, text
