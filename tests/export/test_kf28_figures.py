"""Issue 15, kf28 (tester 28's A5): a figure in a note's shorthand is said as a sentence:
"quality audits rate 86% of work good or better" as it stands (its verb is "rate"),
never "quality audits rate is 86% ..."; "national vacancy rate 4%, agency use falling"
as "the national vacancy rate is 4%, and agency use is falling"."""

from __future__ import annotations

import pytest

from exporters.draft.leadersfigures import figure_after, verb_first
from exporters.draft.words import words


@pytest.mark.parametrize(
    ("clause", "said"),
    [
        ("national vacancy rate 4%, agency use falling", "the national vacancy rate is 4%, and agency use is falling"),
        ("turnover 11%, exits rising in two teams", "turnover is 11%, and exits are rising in two teams"),
        # A verb between the noun and the share: a clause already, not a measure.
        ("quality audits rate 86% of work good or better", ""),
        ("file audits grade 70% of plans good", ""),
        # Unchanged: a comparison after the share.
        ("vacancy rate 14% nationally, higher in the cities", "the vacancy rate is 14% nationally, higher in the cities"),
    ],
)  # fmt: skip
def test_a_measure_and_what_follows_its_share(clause: str, said: str) -> None:
    assert figure_after(words().standalone, clause) == said


def test_a_verb_before_the_share_reads_as_it_stands() -> None:
    assert verb_first("quality audits rate 86% of work good or better")
    assert verb_first("Team audits score 90% of files as sound")
    assert not verb_first("vacancy rate 14% nationally")  # a measure, not a verb
    assert not verb_first("reports late 30%")
