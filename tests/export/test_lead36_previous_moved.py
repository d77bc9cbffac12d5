"""The key finding on the previous inspection says how the overall judgement has moved
since it (tester 36's F9: a service that fell from outstanding to requires improvement
never said so, in the summary or anywhere), and two recommendations neither acted on
fully are "either of the two", not "any of the two" (F10).  On the hand-written
inspection of `lead36_inspection` (judged good), its judgement changed by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.draft import draft_report, load
from exporters.model import ReportModel
from store.store import Store
from tests.export.lead36_inspection import build


def _summary(path: Path, previous: str, overall: str, recs: int = 0) -> list[str]:
    s = build(path)
    s.judge("J18-0", overall)
    store = s.store
    store.set_previous_inspection("2022-11", previous)
    for n in range(recs):
        store.add_recommendation(f"Improve the timeliness of work in part {n + 1}.")
        store.change_recommendation(n + 1, progress="not-met")
    s.close()
    with Store.open(path) as st:
        report: ReportModel = draft_report(load(st))
    section = next(sec for sec in report.sections if sec.kind == "summary")
    return [x.text for p in section.paragraphs for x in p.sentences]


@pytest.mark.parametrize(
    ("previous", "overall", "said"),
    [
        ("outstanding", "requires-improvement",
         "The overall judgement has fallen from outstanding at the last inspection, in "
         "November 2022, to requires improvement."),
        ("inadequate", "good",
         "The overall judgement has risen from inadequate at the last inspection, in "
         "November 2022, to good."),
    ],
)  # fmt: skip
def test_the_summary_says_how_the_overall_judgement_moved(
    tmp_path: Path, previous: str, overall: str, said: str
) -> None:
    texts = _summary(tmp_path / "m.db", previous, overall)
    assert said in texts, texts


def test_the_same_judgement_again_says_nothing_of_a_move(tmp_path: Path) -> None:
    texts = _summary(tmp_path / "m.db", "good", "good")
    assert not any("overall judgement has" in t for t in texts), texts


def test_two_recommendations_neither_acted_on_are_either_of_the_two(tmp_path: Path) -> None:
    texts = _summary(tmp_path / "m.db", "good", "good", recs=2)
    assert any("has not acted fully on either of the two recommendations" in t for t in texts), (
        texts
    )
