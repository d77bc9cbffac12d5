"""Issue 15, tester 18's F15: a national law type's section names what most of its cases
do well, not strengths on a handful of cases that all go one way.  Tester 18's private
law section (judged good) drafted the advice to the court (eight of eight cases),
interviews with parents (six of seven) and direct work (five of six), and left
children's wishes and feelings (18 of 24), initial risk assessment (19 of 29) and
analysis (14 of 22), the strengths the lead's rationale named, out of the body: they
appeared only in the marker of weaknesses not drafted.  A national section now ranks
its strengths by their cases for (`strengthrank.ranked`), after the rules that put
material and safeguarding strengths first.

On an inspection written by hand for this test (`kf18_inspection.strengths_by_cases`).
"""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Section, Sentence
from store.store import Store
from tests.export.kf18_inspection import strengths_by_cases


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    path = tmp_path_factory.mktemp("kf18") / "strengths.db"
    strengths_by_cases(path).close()
    with Store.open(path) as store:
        return draft_report(load(store))


def _private(report: ReportModel) -> Section:
    return next(s for s in report.sections
                if s.kind == "judgement" and "private law practice" in s.heading)  # fmt: skip


def _sentences(sec: Section) -> list[Sentence]:
    return [s for p in sec.paragraphs for s in p.sentences]


def test_the_strengths_most_cases_show_have_sentences_of_their_own(report: ReportModel) -> None:
    said = _sentences(_private(report))
    for crit in ("QP3", "QP7", "QP2"):
        own = [s for s in said if s.role == "claim" and s.criteria == [crit]]
        assert own, (crit, [(s.criteria, s.text) for s in said])
        assert "for" in own[0].direction or own[0].direction == "balanced", own[0]


def test_no_broad_strength_is_left_as_a_weakness_not_drafted(report: ReportModel) -> None:
    markers = [s.text for s in _sentences(_private(report)) if "Not drafted" in s.text]
    for noun in ("wishes and feelings", "analysis", "risk assessment"):
        assert not any(noun in m for m in markers), markers


def test_the_few_case_strengths_are_still_named(report: ReportModel) -> None:
    """Control: the strengths on five, four and three cases are still in the section,
    in the sentence naming other strengths with their counts or a sentence of their
    own, so nothing is lost."""
    text = " ".join(s.text for s in _sentences(_private(report)))
    assert "direct work" in text and "planning" in text, text
