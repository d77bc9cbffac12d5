"""Issue 15, kf23: an outstanding leadership section gives its figures, and its opening
reads as the inspectorate writes (tester 22's A10 and A12), on the hand-written
inspection `kf23_inspection` (leadership outstanding).

- A10: the section said the weakness behind its one balanced finding with its figure
  ("only live in 4 of 17 areas") and not the figures on the strength side ("97% of
  safeguarding letters filed on time": shorthand opening on a share, whose "are" the
  note left out); an outstanding section's case is its strengths.
- A12: "of the 16 aspects of its work that inspectors weighed" reads as the tool's
  working, not the report's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.draft.leadersfigures import _figure_first
from exporters.model import ReportModel, Sentence
from tests.export import kf23_inspection


@pytest.fixture(scope="module")
def leaders(tmp_path_factory: pytest.TempPathFactory) -> list[Sentence]:
    store = kf23_inspection.build(Path(tmp_path_factory.mktemp("kf23l")) / "kf23.db")
    try:
        report: ReportModel = draft_report(load(store))
    finally:
        store.close()
    sec = next(s for s in report.sections if "Leadership and governance" in s.heading)
    return [x for p in sec.paragraphs for x in p.sentences]


def test_an_outstanding_section_gives_the_figures_on_both_sides(leaders: list[Sentence]) -> None:
    texts = [x.text for x in leaders]
    claim = next(
        (k for k, x in enumerate(leaders) if x.criteria == ["LG3"] and x.role == "claim"), None
    )
    assert claim is not None, texts
    assert leaders[claim].direction == "balanced", leaders[claim].text
    after = leaders[claim + 1 : claim + 3]
    assert [(x.role, x.direction) for x in after] == [("example", "for"), ("example", "against")], (
        texts
    )
    assert "95% of first reports are filed on time" in after[0].text, after[0].text
    assert "3 of 11 areas" in after[1].text, after[1].text


def test_the_opening_says_what_inspectors_evaluated(leaders: list[Sentence]) -> None:
    head = leaders[0]
    assert head.role == "headline", head.text
    assert "aspects of its work that inspectors evaluated" in head.text, head.text
    assert "weighed" not in head.text, head.text


@pytest.mark.parametrize(
    ("clause", "said"),
    [
        ("88% of section 7 reports filed by the agreed date", "88% of section 7 reports are filed by the agreed date"),
        ("70% of the work started within a week", "70% of the work is started within a week"),
        ("60% of fathers need a second interview", ""),
        ("90% of children kept the same practitioner", ""),
    ],
)  # fmt: skip
def test_a_share_opening_a_shorthand_gets_its_verb_back(clause: str, said: str) -> None:
    assert _figure_first(clause) == said
