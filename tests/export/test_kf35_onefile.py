"""One practitioner's good work on one file is said as what the file shows, never as
what leaders make sure of (kf35; tester 34's A18), on kf35's hand-written inspection
(`kf35_inspection.py`): in Kelby, one case's note (`FAITH`) on the service's response to
diversity (LG9), the only note on it, says the officer planned visits round the
family's faith and fasting."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel
from tests.export import kf35_inspection


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReportModel]:
    s = kf35_inspection.build(tmp_path_factory.mktemp("kf35f") / "kf35.db")
    try:
        yield draft_report(load(s.store))
    finally:
        s.close()


def test_one_file_is_no_claim_about_leaders(report: ReportModel) -> None:
    """Every sentence on LG9 resting on case files alone says what the file shows and
    keeps its one-case marker; none says what leaders (or training) make sure of."""
    said = [x for sec in report.sections for p in sec.paragraphs for x in p.sentences
            if "LG9" in x.criteria and x.case_refs and not x.quote]  # fmt: skip
    assert said, "the note on LG9 is said somewhere"
    for x in said:
        assert "leaders" not in x.text.lower() and "trained" not in x.text, x.text
    kelby = next(s for s in report.sections if "Kelby" in s.heading)
    mine = [x.text for p in kelby.paragraphs for x in p.sentences if "LG9" in x.criteria]
    assert mine and all("[One case only" in t for t in mine), mine
