"""case33's test on a strong area's finding about its leaders said in its own note's words
(tester 31's Area 2: "File evidence and managers' accounts suggest that the oversight of
practice is effective", where the manager's note says audits run monthly and are fed back
within a week), on the hand-written inspection `tests.export.case33_inspection`."""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel
from tests.export import case33_inspection as insp


@pytest.fixture(scope="module")
def three(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    s = insp.build(tmp_path_factory.mktemp("case33lead") / "three.db")
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def test_a_strong_areas_leaders_finding_says_what_its_note_says(
    three: ReportModel,
) -> None:
    """Heronsgate's finding on its oversight of practice says the monthly audits and the
    feedback within a week, not only that "file evidence and managers' accounts" reflect
    well on it; its comment keeps the file's tally and the note."""
    sec = next(x for x in three.sections if x.kind == "area" and x.area_code == "52")
    said = [s for p in sec.paragraphs for s in p.sentences]
    oversight = [s for s in said if s.role == "claim" and s.criteria == ["LG4"]]
    assert oversight, [s.text for s in said]
    s = oversight[0]
    assert "every month" in s.text and "within a week" in s.text, s.text
    assert "accounts" not in s.text
    assert "case files: In 1 of 1 cases with a view on QPN4" in s.basis, s.basis
    assert len(s.evidence_ids) >= 2  # the file and the manager's note
