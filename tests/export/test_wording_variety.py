"""Each criterion has wordings enough that a report does not read alike from section to
section (issue 15, points 1 and 2): areas with the same tallies do not share their
sentences, and a criterion's wording said in one section is not said again in another
while a wording not yet said fits the evidence (the reader found "practitioners find out
what matters to each child and explain it to the court" four times in one report).

On the hand-written inspections (none made by the demo generator), and on one of them
with an area written twice more under other names: three areas with the same evidence,
so the same tallies.
"""

from __future__ import annotations

from collections import Counter

import pytest

from exporters.draft.trace import Voice
from exporters.draft.words import words
from exporters.model import ReportModel

FOLDERS = ("voice", "handwritten", "claims", "support", "heldout")
"""Which of the hand-written inspections (`tests/export/conftest.py`) these tests read."""


@pytest.fixture(scope="module")
def reports(handwritten_reports: dict[str, ReportModel]) -> dict[str, ReportModel]:
    return {name: handwritten_reports[name] for name in FOLDERS}


def _wordings_said(report: ReportModel) -> Counter[str]:
    """How many sentences of the report say each criterion wording (criteria.toml)."""
    w = words()
    wordings = {x.lower() for c in w.criteria.values() for x in (*c.strength, *c.weakness)}
    said: Counter[str] = Counter()
    for sec in report.sections:
        for p in (*sec.intro, *sec.paragraphs):
            for s in p.sentences:
                low = s.text.lower()
                said.update(x for x in wordings if x in low)
    return said


@pytest.mark.parametrize("name", list(FOLDERS))
def test_a_criterion_s_wording_seldom_recurs_in_a_report(
    reports: dict[str, ReportModel], name: str
) -> None:
    said = _wordings_said(reports[name])
    assert said, "the report states no criterion in its own words"
    assert max(said.values()) <= 2, said.most_common(3)
    again = [x for x, n in said.items() if n > 1]
    assert len(again) <= 0.15 * len(said), again


def test_a_wording_said_in_one_section_gives_way_in_the_next() -> None:
    """The key findings and the national sections choose a wording after the areas:
    one an area has said is the last choice, whatever order the options come in."""
    clause = "practitioners find out what matters to each child and explain it to the court"
    other = "the court is told clearly what children want and why it matters to them"
    options = [f"Inspectors found that, in the vast majority of cases, {clause}.",
               f"In the vast majority of cases, {other}."]  # fmt: skip
    for key in ("summary", "judgement|J18-1", "judgement|J18-2", "area|9"):
        for order in (options, options[::-1]):
            voice = Voice()
            assert voice.choose([f"In most cases, {clause}."], "area|4", "QP3") is not None
            assert voice.choose(order, key, "QP3") == options[1], (key, order)
