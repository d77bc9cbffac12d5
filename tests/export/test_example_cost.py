"""Example choice judges each note sentence once per draft (issue 18: the export's cost).

Many claims look at the same records (a note tagged with three criteria is a candidate
for each of them, in its area and again nationally), so whether a sentence reads on its
own is remembered for the draft, not judged again at every look.  The memory belongs to
one draft: a second draft of the same inspection judges afresh (nothing leaks between
exports).  The counts are taken on the hand-written inspection (tests/fixtures/).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

import exporters.draft.examples as examples
from exporters.draft import draft_report, load
from exporters.draft.tallies import Pool
from store.store import Store


@pytest.fixture
def judged(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[str]]:
    """Every sentence `_reads_alone` is asked about while examples are chosen, counted
    (the real functions run).  Only example choice is counted: `service.one_source`
    reads one note's finding for a claim of its own, outside the draft's memory."""
    seen: Counter[str] = Counter()
    real_judge, real_finding = examples._reads_alone, examples.finding
    choosing = [False]

    def counting(pool: Pool, sentence: str) -> bool:
        if choosing[0]:
            seen[sentence] += 1
        return real_judge(pool, sentence)

    def finding(
        pool: Pool, text: str, verdicts: dict[str, bool] | None = None
    ) -> tuple[str, str] | None:
        choosing[0] = True
        try:
            return real_finding(pool, text, verdicts)
        finally:
            choosing[0] = False

    monkeypatch.setattr(examples, "_reads_alone", counting)
    monkeypatch.setattr(examples, "finding", finding)
    yield seen


def test_each_sentence_is_judged_once_per_draft(handwritten_db: Path, judged: Counter[str]) -> None:
    with Store.open(handwritten_db) as store:
        first = draft_report(load(store))
        once = dict(judged)
        assert once, "the hand-written inspection's examples were never looked for"
        assert max(once.values()) == 1
        again = draft_report(load(store))
    # The second draft judges the same sentences again: its memory is its own.
    assert judged == Counter({s: 2 for s in once})
    assert [p.text for p in again.paragraphs()] == [p.text for p in first.paragraphs()]
