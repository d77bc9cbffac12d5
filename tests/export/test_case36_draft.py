"""case36 (issue 15, tester 35's audit): a note written twice counts once (A12), the notes
on seeing children alone set beside the cases' own record (A16), the key findings' law
type by the rate (task 3), and a child made to interpret counted (task 4); on the
hand-written inspection `tests.export.case36_inspection`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from exporters.draft import DraftData, draft_report, load
from exporters.model import ReportModel, Sentence
from tests.export import case36_inspection as insp

Built = tuple[DraftData, ReportModel, dict[str, list[str]]]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    s, cases = insp.build(tmp_path_factory.mktemp("case36") / "case36.db")
    try:
        data = load(s.store)
        yield data, draft_report(data), cases
    finally:
        s.close()


def _area(report: ReportModel, code: str) -> list[Sentence]:
    (sec,) = [s for s in report.sections if s.kind == "area" and s.area_code == code]
    return [x for _w, p in sec.labelled() for x in p.sentences]


def _number(d: DraftData, case_id: str) -> int:
    return d.case_id_of.index(case_id)


def test_one_interview_written_three_times_counts_once(built: Built) -> None:
    """The head of practice's note, in the file three times (twice word for word, once
    re-typed), is one interview in Wharfedale's workforce claim, beside the staffing
    figures; the comment names the two copies and the QA view flags them."""
    _d, report, _cases = built
    (claim,) = [s for s in _area(report, "93") if s.role == "claim" and "LG8" in s.criteria]
    assert "interviews with managers: 1 against" in claim.basis, claim.basis
    assert "2 notes counted once" in claim.basis and "delete the copy" in claim.basis
    assert "near-copy counted once" in claim.flags
    assert len(claim.evidence_ids) == 2, claim.evidence_ids  # the interview and the figures


def test_a_case_note_written_twice_counts_once(built: Built) -> None:
    """One case's note that the boy's wishes are missing, there twice in nearly the same
    words beside one note that they are set out: one note each way, so the case is mixed
    on the child's wishes, not against."""
    d, _report, cases = built
    k = _number(d, cases["93"][7])
    assert k in d.cases_mixed["QP3"] and k not in d.cases_against["QP3"]


def test_seen_alone_record_against_the_notes_is_said(built: Built) -> None:
    """Six of Wharfedale's cases' notes say the child was not seen alone; the record of
    five of the six says seen alone: the sentence on seeing children says so in its
    comment and is flagged; Yarrow, where notes and records agree, is not."""
    _d, report, _cases = built
    (weak,) = [s for s in _area(report, "93") if s.role == "claim" and "QP8" in s.criteria]
    assert "the cases' own record says seen alone in 5 of 6" in weak.basis, weak.basis
    assert "case record disagrees" in weak.flags
    good = [s for s in _area(report, "94") if "QP8" in s.criteria]
    assert good and not any("case record disagrees" in s.flags for s in good)


def test_a_child_made_to_interpret_counts_against_its_criterion(built: Built) -> None:
    """A mother's account that her daughter translated for her at the home visit counts
    against the criterion it is filed under, as the inspectors' own finding; a parent's
    complaint of something else still counts neither way."""
    d, _report, cases = built
    against = d.cases_against["QP9"]
    assert _number(d, cases["94"][2]) in against
    assert _number(d, cases["94"][4]) not in against


def _safeguarding_finding(path: Path, laws: dict[str, tuple[int, int]]) -> Sentence:
    s = insp.build_laws(path, laws)
    try:
        report = draft_report(load(s.store))
    finally:
        s.close()
    (summary,) = [sec for sec in report.sections if sec.kind == "summary"]
    (found,) = [x for _w, p in summary.labelled() for x in p.sentences
                if x.role == "claim" and "SW1" in x.criteria]  # fmt: skip
    return found


def test_key_finding_names_no_law_type_worse_by_count_only(tmp_path: Path) -> None:
    """Safeguarding: 16 of the 21 cases against are private law, but private law's own
    share against (16 of 22) is below public law's (five of six): the key finding is said
    of all the cases, not "in the majority of the private law cases"."""
    found = _safeguarding_finding(tmp_path / "laws.db", insp.LAWS)
    assert "private law" not in found.text and "most of the cases" in found.text, found.text


def test_key_finding_still_names_a_law_type_worse_by_share(tmp_path: Path) -> None:
    """The control: 17 of 22 private law cases against, one of six public law: named."""
    found = _safeguarding_finding(tmp_path / "worse.db", insp.PRIVATE_WORSE)
    assert "private law cases" in found.text, found.text
