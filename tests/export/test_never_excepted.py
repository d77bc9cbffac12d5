"""A side as large as "some" or "many" is never set apart as the exception to the other
(tester 25's A8: "Across the majority of cases, except some, managers' oversight of the
work is evident"; "In most cases, except in some, ..."; tester 21's A3 found the same
for "a minority").  On the demo and every hand-written inspection; a small number may
still be the exception."""

from __future__ import annotations

import re

from exporters.draft.evenword import not_excepting
from exporters.model import ReportModel

LARGE_APART = re.compile(r"\bexcept (?:in )?(?:some|many)\b", re.IGNORECASE)


def _sentences(report: ReportModel) -> list[str]:
    return [s.text for p in report.paragraphs() for s in p.sentences]


def test_no_draft_sets_some_or_many_apart(
    handwritten_reports: dict[str, ReportModel], demo_drafts: tuple[ReportModel, ReportModel]
) -> None:
    reports = [*handwritten_reports.values(), *demo_drafts]
    found = [s for r in reports for s in _sentences(r) if LARGE_APART.search(s)]
    assert found == []


def test_a_small_number_may_still_be_the_exception() -> None:
    frames = ("Across {pos} cases, except {neg_alone}, {strength}.",
              "In {pos} cases, {strength}, but in {neg_alone}, {weakness}.")  # fmt: skip
    assert not_excepting(frames, "most", "a small number of") == frames
    assert not_excepting(frames, "the majority of", "some") == frames[1:]
