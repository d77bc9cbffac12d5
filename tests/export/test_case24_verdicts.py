"""A share of every case sampled never reads as a verdict on all of the practice
(tester 23's A6: Area 3, requires improvement, opened "Weak practice is evident in the
majority of cases.", then said that in some cases risks are assessed well from the start
and in the others not: the first sentence named no point, so it read as the area's
practice as a whole).  On the hand-written `tests.export.case24_inspection` Carrow:
twelve cases, each with a note on six points, every point falling short in seven or
eight of them, so every share is of every case sampled and leans the same way.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from exporters.draft import draft_report, load
from exporters.draft.wording import wording_table
from exporters.model import ReportModel, Sentence
from tests.export import case24_inspection as insp


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReportModel]:
    s = insp.build_split(tmp_path_factory.mktemp("case24v") / "v.db")
    try:
        yield draft_report(load(s.store))
    finally:
        s.close()


def _verdict(text: str) -> bool:
    """Whether `text` holds one of the phrases giving a verdict on practice, or saying
    cases "show weaknesses:" ([law_split] `verdicts` and `whole_shares`)."""
    split = wording_table("drafting.toml")["law_split"]
    low = text.lower()
    return any(p in low for p in (*split["verdicts"], *split["whole_shares"]))


def _balanced(report: ReportModel) -> list[Sentence]:
    return [x for p in report.paragraphs() for x in p.sentences
            if x.role == "claim" and x.direction == "balanced" and x.by_cases]  # fmt: skip


def test_every_point_is_said_as_a_share_of_every_case(report: ReportModel) -> None:
    """The premise: Carrow's six points are each said as a balanced share of its cases,
    each of every case sampled (no "of the cases with evidence on ..." to name the point)."""
    area = next(s for s in report.sections if s.kind == "area" and s.area_code == "73")
    claims = [x for p in area.paragraphs for x in p.sentences
              if x.role == "claim" and x.direction == "balanced" and x.by_cases]  # fmt: skip
    assert {c for x in claims for c in x.criteria} == set(insp.SPLIT_WEAK), [x.text for x in claims]
    assert all("12 cases sampled" not in x.basis for x in claims), [x.basis for x in claims]


def test_a_verdict_on_practice_always_names_its_point(report: ReportModel) -> None:
    """No balanced sentence gives a verdict ("Weak practice is evident in the majority of
    cases.", "The majority of the cases sampled show weaknesses: ...") without the
    point it is about, in Carrow's section or the private law section."""
    said = [x for x in _balanced(report) if _verdict(x.text)]
    for x in said:
        nouns = [str(wording_table("criteria.toml")[c]["noun"]) for c in x.criteria]
        assert any(n.lower() in x.text.lower() for n in nouns), x.text
