"""case32's tests on a strong area built from what weighs most (tester 31's "Does the
outstanding area read as outstanding?"), on the hand-written inspection
`tests.export.case32_inspection` (Kestrel Bay, Area 31: outstanding, thin)."""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from exporters.draft.data import DraftData
from exporters.model import ReportModel, Section, Sentence
from tests.export import case32_inspection as insp

MARK = "[One case"


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[DraftData, ReportModel]:
    s = insp.build(tmp_path_factory.mktemp("case32") / "three.db")
    try:
        data = load(s.store)
        return data, draft_report(data)
    finally:
        s.close()


def _area(report: ReportModel, code: str) -> Section:
    return next(sec for sec in report.sections if sec.kind == "area" and sec.area_code == code)


def _sentences(sec: Section) -> list[Sentence]:
    return [s for p in sec.paragraphs for s in p.sentences]


def test_the_outstanding_area_opens_on_strengths_several_cases_bear_out(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    """Tester 31's Area 2: after its headline came management oversight on one file and
    information sharing in one case, each "[One case only: check before use]", before
    what three cases bore out.  The first finding after the headline now rests on
    several cases, and no strength marked as resting on one case comes before one that
    several cases bear out."""
    _, report = drafted
    said = _sentences(_area(report, "31"))
    assert said[0].role == "headline"
    claims = [s for s in said if s.role == "claim"]
    assert MARK not in claims[0].text, claims[0].text
    assert claims[0].by_cases and len(claims[0].case_refs) >= 3, claims[0].text
    several = [k for k, s in enumerate(said) if s.role == "claim" and s.by_cases
               and s.direction == "for" and len(s.case_refs) > 1]  # fmt: skip
    single = [k for k, s in enumerate(said) if s.direction == "for" and MARK in s.text]
    assert several and single
    assert max(several) < min(single), [s.text for s in said]


def test_its_one_case_strengths_are_named_together(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    """The one-case strengths (oversight on one file, information sharing and direct work
    in one case each) are named in one sentence, not a sentence each, and none is left
    to the "[Strengths also found, not yet drafted: ...]" note."""
    _, report = drafted
    said = _sentences(_area(report, "31"))
    single = [s for s in said if s.direction == "for" and MARK in s.text]
    assert len(single) == 1, [s.text for s in single]
    text = single[0].text
    assert "[One case each" in text
    for noun in ("direct work with children", "information sharing"):
        assert noun in text, text
    assert not any("not yet drafted" in s.text for s in said if s.role == "placeholder")


def test_the_managers_own_account_is_drafted(drafted: tuple[DraftData, ReportModel]) -> None:
    """The service manager's account of audits every month fed back within days (LG4)
    was drafted nowhere: the one file on the same point (management oversight) took its
    place.  A sentence of the body now draws on it, and the one file is no finding of its
    own."""
    data, report = drafted
    sec = _area(report, "31")
    audit = {data.ids[i] for i in data.area_level["31"] if "LG4" in data.crits[i]}
    assert len(audit) == 1
    body = [s for s in _sentences(sec) if s.role != "headline"]
    assert any(audit & set(s.evidence_ids) for s in body), [s.text for s in body]
    assert not any(s.criteria == ["QPN4"] and s.role == "claim" for s in body)


def test_a_note_of_points_not_drafted_says_their_shared_evidence_once(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    """Tester 31's notes ran to 48 words: "[Strengths also found, not yet drafted: keeping
    the child's needs central (one case, graded good or better), direct work with children
    (one case, graded good or better) and ...]".  Where every point named holds the same
    evidence, it is said once, after them ("... (each one case, graded good or better)")."""
    _, report = drafted
    notes = [s.text for sec in report.sections for p in sec.paragraphs for s in p.sentences
             if s.role in ("placeholder", "marker") and s.text.startswith(
                 ("[Strengths also found", "[Not drafted here"))]  # fmt: skip
    assert notes, "the public law section names two one-case strengths it does not draft"
    for text in notes:
        evidence = text.split("(")[1:]
        assert len(evidence) == len(set(evidence)), text
    assert any("(each one case, graded good or better)" in t for t in notes), notes
