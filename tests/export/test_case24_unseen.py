"""A relationship or direct-work strength is never claimed of a case whose own notes
say the child was not seen (tester 23's A7: Area 5 said none of its 14 children was
seen as needed and, two paragraphs on, "Across all of the cases ..., practitioners
build good relationships with children", of nine cases whose own notes said the child
was never seen, or never seen alone).  On the hand-written
`tests.export.case24_inspection`: Fenwick (four of ten children not seen, or never
alone, by their own notes on seeing children), Dunmore (every child seen alone).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Section, Sentence
from tests.export import case24_inspection as insp


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ReportModel, list[str]]]:
    s, unseen = insp.build(tmp_path_factory.mktemp("case24") / "i.db")
    try:
        yield draft_report(load(s.store)), unseen
    finally:
        s.close()


def _area(report: ReportModel, code: str) -> Section:
    return next(s for s in report.sections if s.kind == "area" and s.area_code == code)


def _said(section: Section, crit: str) -> list[Sentence]:
    """The sentences of `section` that state a strength on `crit`, as a claim or the
    example or quotation after it."""
    return [x for p in section.paragraphs for x in p.sentences
            if crit in x.criteria and x.direction in ("for", "balanced", "")
            and x.role != "placeholder"]  # fmt: skip


@pytest.mark.parametrize("crit", ["QPN1", "QP5"])
def test_no_strength_is_claimed_of_a_child_whose_own_notes_say_the_child_was_not_seen(
    drafted: tuple[ReportModel, list[str]], crit: str
) -> None:
    """Fenwick: its relationship and direct-work strengths are said of the six cases
    whose children were seen alone, never of the four whose notes on seeing children
    say the child was not seen or never alone, and never as "all" of its cases."""
    report, unseen = drafted
    assert len(unseen) == 4
    said = _said(_area(report, "71"), crit)
    claims = [x for x in said if x.role == "claim"]
    assert claims, f"no claim on {crit} in Fenwick"
    for x in said:
        assert not set(x.case_refs) & set(unseen), (x.text, x.case_refs)
        assert not {r for r in unseen if any(r in e for e in x.excerpts)}, x.excerpts
    for x in claims:
        assert "all" not in x.text.lower().replace(",", "").split(), x.text
        assert "6 of 10 cases" in x.basis, x.basis
        assert "4 cases counted neither way" in x.basis, x.basis


def test_a_manager_who_had_not_seen_the_file_takes_nothing_away(
    drafted: tuple[ReportModel, list[str]],
) -> None:
    """Fenwick's fifth case: its only note with "not seen" is on management oversight
    (the manager had not seen the file), a leadership point: it says nothing of the
    child, and the case stays counted for the child's relationship with the practitioner;
    and Dunmore, where every child was seen alone, says it of all eight."""
    report, _unseen = drafted
    [fenwick] = [x for x in _said(_area(report, "71"), "QPN1") if x.role == "claim"]
    assert "6 of 10 cases" in fenwick.basis, fenwick.basis
    [dunmore] = [x for x in _said(_area(report, "72"), "QPN1") if x.role == "claim"]
    assert "8 of 8 cases" in dunmore.basis and "neither way" not in dunmore.basis, dunmore.basis
