"""Issue 15, case17 (tester 16's D9): "all" is never said of cases one of whose own notes
goes against it.  Tester 16's Area 6 read "Across all cases, practitioners see children
as their needs require, and alone where that is right" of ten cases graded good on
seeing children, while two of them held a note of their own saying the child was never
seen alone, or not seen at all.  A case graded good on a criterion while one of its own
development notes on it says the opposite is now counted neither way on it
(`exporters.draft.casesides`, across notes), so the strength sentence claims only the
cases whose notes bear it out, and the comment names the two.

On the hand-written inspection `case17_inspection.graded_against_note`: twelve cases in
one area; eleven graded good on seeing children, two of which hold notes of their own
that do not bear it out (a development note as its only note, or beside one strength
note), one with two strength notes beside one development point; one graded below good
with a strength note of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.casesides import overruled
from exporters.draft.data import DraftData
from exporters.model import ReportModel, Sentence
from tests.export.case17_inspection import (
    NEVER_ALONE,
    NEVER_MET,
    all_but_noted,
    graded_against_note,
)
from tests.export.small import body


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[DraftData, ReportModel]]:
    s, _ids = graded_against_note(tmp_path_factory.mktemp("against") / "a.db")
    try:
        data = load(s.store)
        yield data, draft_report(data)
    finally:
        s.close()


def _seeing(report: ReportModel) -> Sentence:
    sec = next(x for x in report.sections if x.kind == "area")
    return next(x for p in sec.paragraphs for x in p.sentences
                if x.role == "claim" and x.criteria == ["QP8"])  # fmt: skip


def test_all_is_not_said_where_a_case_s_own_note_goes_against(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    _data, report = drafted
    said = _seeing(report)
    low = f" {said.text.lower()} "
    assert " all " not in low and "every case" not in low, said.text
    # Nine of the twelve bear it out; the two whose notes do not are counted neither way.
    assert "In 9 of 12 cases with a view on QP8; against in 1; mixed in 2" in said.basis
    assert "2 cases counted neither way" in said.basis, said.basis


def test_the_cases_with_a_note_against_are_not_claimed_or_excerpted(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    _data, report = drafted
    said = _seeing(report)
    if said.direction == "for":
        assert not {"W-009", "W-010"} & set(said.case_refs), said.case_refs
    assert not any(e.startswith(("W-009", "W-010")) for e in said.excerpts if "for" in e[:16])
    text = body(report)
    # Neither note is ever given as an example of the strength.
    assert NEVER_ALONE[:40] not in text and NEVER_MET[:40] not in text


def test_one_way_only_a_weak_grade_beside_a_strength_note_stands(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    data, _report = drafted
    held = overruled(data).get("QP8", frozenset())
    refs = {data.case_ref[k] for k in held}
    assert refs == {"W-009", "W-010"}, refs
    assert "W-011" in {data.case_ref[k] for k in data.cases_against["QP8"]}


def test_a_good_grade_its_strength_notes_bear_out_stands_beside_one_development_point(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    """W-012: graded good, two strength notes and one development point of its own."""
    _data, report = drafted
    said = _seeing(report)
    assert "W-012" in said.case_refs, said.case_refs


def test_the_qa_reader_is_told_which_cases_were_counted_neither_way(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    said = _seeing(drafted[1])
    assert "notes disagree in a case" in said.flags, said.flags
    assert "W-009" in said.basis and "W-010" in said.basis, said.basis


def test_all_is_not_said_beside_a_case_whose_strengths_outnumber_its_own_note_against(
    tmp_path: Path,
) -> None:
    """Every case counts for wishes and feelings; L-010's notes are two strengths and
    one development point.  The claim is said of the nine others, never "all"."""
    s, _ids = all_but_noted(tmp_path / "n.db")
    report = draft_report(load(s.store))
    s.close()
    sec = next(x for x in report.sections if x.kind == "area")
    said = next(x for p in sec.paragraphs for x in p.sentences
                if x.role == "claim" and x.criteria == ["QP3"])  # fmt: skip
    low = f" {said.text.lower()} "
    assert " all " not in low.replace("almost all", ""), said.text
    assert "In 9 of 10 cases with a view on QP3; mixed in 1" in said.basis, said.basis
    assert "L-010" not in said.case_refs and "notes disagree in L-010" in said.basis
