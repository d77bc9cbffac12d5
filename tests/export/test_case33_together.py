"""case33's tests on an area's findings said together where they go the same way in every
one of the few cases read on each (tester 32's Southwark & Lambeth: "nine sentences in a
row of the form 'Neither of the two cases ... shows that ...'"), on the hand-written
inspection `tests.export.case33_inspection`."""

from __future__ import annotations

import re

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Section, Sentence
from tests.export import case33_inspection as insp

WEAK_POINTS = {"QP1", "QP5", "QP7", "QP8", "QP11"}  # each weak in every case read on it
STRONG_POINTS = {"QP6", "QP7"}  # each strong in every case read on it, after the first
LIST_LIKE = re.compile(r"^(?:In )?(?:neither|none) of the (?:two|three|four) cases", re.I)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    s = insp.build(tmp_path_factory.mktemp("case33") / "three.db")
    try:
        return draft_report(load(s.store))
    finally:
        s.close()


def _area(report: ReportModel, code: str) -> list[Sentence]:
    sec: Section = next(x for x in report.sections if x.kind == "area" and x.area_code == code)
    return [s for p in sec.paragraphs for s in p.sentences]


def test_a_weak_area_says_its_unanimous_small_weaknesses_together(report: ReportModel) -> None:
    """Saltmarsh's weaknesses on delay, seeing children, recording and direct work (two or
    three cases each, every one weak) are named in one sentence, not a sentence each; no
    point is lost (each is a criterion of a claim on the side against), and the sentence's
    comment keeps each point's own tally."""
    said = _area(report, "51")
    claims = [s for s in said if s.role == "claim" and s.direction == "against"]
    joined = [s for s in claims if len(set(s.criteria) & WEAK_POINTS) >= 3]
    assert joined, [s.text for s in claims]
    s = joined[0]
    for crit in set(s.criteria) & WEAK_POINTS:
        assert re.search(rf"\b{crit} against in (\d) of \1\b", s.basis), (
            crit, s.basis)  # fmt: skip
    stated = {c for x in claims for c in x.criteria}
    assert stated >= WEAK_POINTS, stated
    listed = [x.text for x in claims if LIST_LIKE.match(x.text)]
    assert len(listed) <= 3, listed  # was seven sentences of "Neither/None of ..."
    assert s.case_refs and s.evidence_ids


def test_what_matters_most_keeps_a_sentence_of_its_own(report: ReportModel) -> None:
    """Safeguarding (two cases, both weak) is never one clause of several: its sentence
    names it alone and comes before the joined one."""
    said = _area(report, "51")
    safe = [k for k, s in enumerate(said) if s.role == "claim" and "SW1" in s.criteria]
    joined = [k for k, s in enumerate(said) if s.role == "claim" and len(s.criteria) >= 3]
    assert safe and joined
    assert said[safe[0]].criteria == ["SW1"]
    assert safe[0] < joined[0]


def test_a_strong_area_says_its_unanimous_small_strengths_together(report: ReportModel) -> None:
    """Heronsgate's planning and analysis (three and two cases, every one strong) after its
    wishes and feelings are said in one sentence, with both tallies in its comment."""
    said = _area(report, "52")
    joined = [s for s in said if s.role == "claim" and s.direction == "for"
              and set(s.criteria) >= STRONG_POINTS]  # fmt: skip
    assert joined, [s.text for s in said]
    for crit in STRONG_POINTS:
        assert re.search(rf"\b{crit} for in (\d) of \1\b", joined[0].basis), joined[0].basis


def test_a_control_area_is_left_as_it_was(report: ReportModel) -> None:
    """Dunmere's points rest on enough cases for proportion words: nothing is joined."""
    said = _area(report, "53")
    assert all(len(s.criteria) <= 1 for s in said if s.role == "claim" and s.by_cases)
    assert not any(len(s.criteria) > 1 and s.direction == "for" for s in said if s.role == "claim")
