"""Issue 15, case18 (tester 17's F14 (f)): a note that speaks of other areas is no
finding about the area whose section drafts it.  Tester 17's Area 9 drafted, as its
finding, a working note on one file: "the audit here is accurate, unlike the audits seen
in other areas" (`exporters.draft.areascope`).

On the hand-written inspection `case18_inspection.beyond_the_area`: two notes, each the
only one on its criterion, comparing the area's audits with another area's, one by the
other area's name and one by its code.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Section, Sentence
from tests.export.case18_inspection import beyond_the_area


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReportModel]:
    s, _ids = beyond_the_area(tmp_path_factory.mktemp("beyond") / "b.db")
    try:
        yield draft_report(load(s.store))
    finally:
        s.close()


def _said(report: ReportModel, code: str) -> list[Sentence]:
    sec: Section = next(x for x in report.sections if x.kind == "area" and x.area_code == code)
    return [x for p in sec.paragraphs for x in p.sentences]


def test_the_area_section_says_nothing_of_another_area(report: ReportModel) -> None:
    body = " ".join(x.text for x in _said(report, "6"))
    assert "Quarrybank" not in body and "Area 5" not in body, body
    assert "audits read" not in body and "similar case" not in body, body


def test_the_notes_stay_in_the_margin_of_their_claims(report: ReportModel) -> None:
    claims = {c: x for x in _said(report, "6") if x.role == "claim" for c in x.criteria}
    assert "LG7" in claims and "LG3" in claims, [x.text for x in _said(report, "6")]
    # Each claim keeps its note among its excerpts, for the lead to read.
    assert any(e.startswith("H-001") for e in claims["LG7"].excerpts), claims["LG7"].excerpts
    assert any(e.startswith("H-002") for e in claims["LG3"].excerpts), claims["LG3"].excerpts


def test_a_sentence_about_this_area_alone_is_not_beyond_it(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    from exporters.draft.areascope import beyond

    s, _ids = beyond_the_area(tmp_path_factory.mktemp("alone") / "a.db")
    try:
        data = load(s.store)
    finally:
        s.close()
    here = "The manager in Harrowdale audits two files a month and shares what she finds."
    assert not beyond(data, ("6",), here)
    assert not beyond(data, ("6",), "Audits in Area 6 are accurate and acted on.")
    assert beyond(data, ("6",), "Audits are sharper than those seen in Area 5.")
    assert beyond(data, ("6",), "Audits are sharper than anything inspectors saw elsewhere.")
    # A national section reads every sentence as it stands.
    assert not beyond(data, (), "Audits are sharper than those seen in Area 5.")
