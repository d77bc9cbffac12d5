"""Issue 15, case16 (tester 15's D2): no two sentences say opposite things about one case
on one subject.  Tester 15's Area 6 said "in all cases, the analysis in the report is
sound" (C-1927-WD counted for by its grading) and, a paragraph on, that the court was
not given advice of the quality it needs in one case: C-1927-WD, by its own note tagged
with analysis and advice.  A case counted for a criterion against one of its own
development notes on it, where that note counts it against on another criterion, now
counts neither way on the first (`exporters.draft.casesides`).

On the hand-written inspection `case16_inspection.one_way`: eight cases graded good on
analysis; F-001's own note (analysis and advice) says its first analysis only repeated
the council's view, and is its only evidence on the advice.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from exporters.draft import draft_report, load
from exporters.draft.casesides import overruled
from exporters.draft.data import DraftData
from exporters.draft.tallies import Pool
from exporters.model import ReportModel, Sentence
from tests.export.case16_inspection import one_way
from tests.export.small import body


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[DraftData, ReportModel]]:
    s, _ids = one_way(tmp_path_factory.mktemp("oneway") / "o.db")
    try:
        data = load(s.store)
        yield data, draft_report(data)
    finally:
        s.close()


def _area_claims(report: ReportModel) -> list[Sentence]:
    sec = next(x for x in report.sections if x.kind == "area")
    return [x for p in sec.paragraphs for x in p.sentences if x.role == "claim"]


def test_the_case_is_not_counted_for_analysis_while_its_note_counts_it_against_the_advice(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    _data, report = drafted
    claims = {x.criteria[0]: x for x in _area_claims(report)}
    analysis, advice = claims["QP7"], claims["SW2"]
    # The advice: one case of two falls short, F-001 by its own note.
    assert "F-001" in advice.case_refs
    assert any(x.startswith("F-001, against") for x in advice.excerpts), advice.excerpts
    # The analysis: seven of eight, never "all", and F-001 not among the cases it claims.
    assert "F-001" not in analysis.case_refs, analysis.case_refs
    assert "seven of the eight" in analysis.text.lower(), analysis.text
    assert " all " not in f" {analysis.text.lower()} ", analysis.text
    assert "mixed in 1" in analysis.basis and "counted neither way" in analysis.basis


def test_no_example_or_excerpt_of_the_strength_comes_from_that_case(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    _data, report = drafted
    sec = next(x for x in report.sections if x.kind == "area")
    said = [x for p in sec.paragraphs for x in p.sentences]
    k = next(i for i, x in enumerate(said) if x.role == "claim" and x.criteria == ["QP7"])
    after = [x for x in said[k + 1 :] if x.role in ("example", "quote", "impact")][:2]
    assert not any(e.startswith("F-001") for e in said[k].excerpts), said[k].excerpts
    for x in after:
        assert "F-001" not in x.case_refs, (x.text, x.case_refs)
    # The note itself is never said as a strength's example anywhere.
    assert "repeats the council's view" not in body(report)


def test_a_weakness_is_never_taken_away_by_a_strength_note_on_another_point(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    """F-003 is graded below good on seeing children; its strength note on seeing
    children and wishes counts it for wishes.  The weakness stands: the rule is one
    way (a development note only takes a case out of a strength)."""
    data, report = drafted
    f003 = data.case_ref.index("F-003")
    held = overruled(data)
    assert f003 not in held.get("QP8", frozenset())
    area = next(a.code for a in data.areas)
    pool = Pool(data, data.cases_in_area[area], [], "t", areas=(area,))
    assert f003 in pool.tally("QP8").neg
    seen = next(x for x in _area_claims(report) if x.criteria == ["QP8"])
    assert "against in 1" in seen.basis, seen.basis


def test_every_area_claim_pair_on_one_note_agrees_about_its_case(
    drafted: tuple[DraftData, ReportModel],
) -> None:
    """Whole-draft check: for each development note tagged with two criteria, its case is
    never among the cases a strength claim of the same section counts while another
    claim of that section counts it against."""
    data, report = drafted
    for sec in report.sections:
        claims = [x for p in sec.paragraphs for x in p.sentences if x.role == "claim"]
        for i, tags in enumerate(data.crits):
            k = data.case[i]
            if not k or len(tags) < 2 or data.polarity[i] != "development":
                continue
            ref = data.case_ref[k]
            against = [x for x in claims if x.criteria[0] in tags and ref in x.case_refs
                       and x.direction in ("against", "balanced")]  # fmt: skip
            strong = [x for x in claims if x.criteria[0] in tags and x.direction == "for"
                      and ref in x.case_refs]  # fmt: skip
            assert not (against and strong), (ref, [x.text for x in strong])
