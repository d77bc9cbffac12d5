"""case35's test on a law type's large share against on a subject (issue 15, session 34's
"What remains": private law's identity work fell short in 13 of 33 cases, said as
"good in 20, although not in 13", and reached no point of the report).

On an inspection written here: 11 private law cases whose notes speak of the child's
faith, heritage or identity; the work on it is good in seven and falls short in four
(over a third).  The private law section says the four first, as a weakness."""

from __future__ import annotations

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel, Sentence
from tests.export.small import Small

GOOD_IDENTITY = (
    "The report explains how the family's faith and food customs shape the girl's week, file {k}."
)
WEAK_IDENTITY = "The report says nothing about the boy's dual heritage or his identity, file {k}."
ANALYSIS = "The analysis weighs each option against what the child needs, file {k}."


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    s = Small(tmp_path_factory.mktemp("case35laws") / "laws.db", areas=[("91", "Penrose", True)])
    try:
        for k in range(11):
            case = s.case(area="91", law="PRIVATE", age="10-13")
            s.ev(case, ["QP7"], "strength", ANALYSIS.format(k=k + 1))
            text = WEAK_IDENTITY if k < 4 else GOOD_IDENTITY
            s.ev(case, ["QP5"], "development" if k < 4 else "strength", text.format(k=k + 1))
        s.judge("J18-1", "good")
        s.judge("J18-4A", "good", area="91")
        return draft_report(load(s.store))
    finally:
        s.close()


def _private(report: ReportModel) -> list[Sentence]:
    sec = next(x for x in report.sections
               if x.kind == "judgement" and "private law practice" in x.heading)  # fmt: skip
    return [s for p in sec.paragraphs for s in p.sentences]


def test_a_large_share_against_is_said_first(report: ReportModel) -> None:
    """Four of 11 cases against (over a third): the sentence says the four first."""
    said = [s.text for s in _private(report) if "identity" in s.text]
    assert len(said) == 1, [s.text for s in _private(report)]
    text = said[0]
    assert "not good enough in four" in text, text
    assert text.index("not good enough in four") < text.index("good in seven"), text
