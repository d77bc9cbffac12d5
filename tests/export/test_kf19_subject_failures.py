"""Issue 15 (kf18's left point, tester 17's F14 (g)): a national law type's section
says what failed in the work on the subject its cases fall short on, not only how many
cases: the things the inspectors' development notes naming the subject say were not
done, counted by the cases against it (`subjectfaults.py`).

On an inspection written by hand for this test (`kf19_inspection.subject_failures`):
a parent's mental health, which no criterion names, short in eight private law cases.
"""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Sentence
from store.store import Store
from tests.export.kf19_inspection import subject_failures


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    path = tmp_path_factory.mktemp("kf19") / "subject.db"
    subject_failures(path).close()
    with Store.open(path) as store:
        return draft_report(load(store))


def _private(report: ReportModel) -> list[Sentence]:
    sec = next(s for s in report.sections if "private law practice" in s.heading)
    return [x for p in sec.paragraphs for x in p.sentences]


def test_the_section_says_what_failed_after_the_count(report: ReportModel) -> None:
    said = _private(report)
    k = next(n for n, x in enumerate(said) if "parental mental health is not good enough" in x.text)
    failed = said[k + 1]
    # One of lawsubjects.toml's [failed] `sentences`, as the report's voice picks it.
    assert "work on parental mental health" in failed.text, failed.text
    assert failed.text.endswith(
        ", no referral had been made in six of the eight cases, and it had not been assessed "
        "in five."
    ), failed.text
    assert failed.direction == "against"


def test_what_failed_is_traced_to_the_notes_saying_it(report: ReportModel) -> None:
    failed = next(x for x in _private(report) if x.basis.startswith("Of the 8 cases against"))
    assert len(failed.evidence_ids) == 11, failed.basis  # five "not assessed", six "no referral"
    assert "no referral made (6 cases); mental health not assessed (5 cases)" in failed.basis


def test_a_strength_note_is_never_a_failure(report: ReportModel) -> None:
    """Control: the three strength notes naming the subject ("was weighed") are no
    failure, and no thing said in one case only is named."""
    failed = next(x for x in _private(report) if x.basis.startswith("Of the 8 cases against"))
    assert "weighed" not in failed.text and failed.text.count(" in ") == 2, failed.text
