"""A note's words put after "told inspectors that" keep a place's name whole (tester 18,
F18: "The same business manager told inspectors that hampshire and Isle of Wight service
led the multi-agency audit").  Names written here."""

from __future__ import annotations

import pytest

from exporters.draft.fitting import lower_first


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Bath and North East Somerset service led the audit.",
         "Bath and North East Somerset service led the audit."),
        ("Brighton & Hove partners met monthly.", "Brighton & Hove partners met monthly."),
        ("Isle of Wight magistrates praised the reports.",
         "Isle of Wight magistrates praised the reports."),
        # ordinary openings still follow the words before them
        ("Judges and magistrates praised the reports.",
         "judges and magistrates praised the reports."),
        ("Reports and letters were clear.", "reports and letters were clear."),
        ("The Family Court listed the case.", "the Family Court listed the case."),
    ],
)  # fmt: skip
def test_a_name_of_joined_capitalised_words_keeps_its_capital(text: str, want: str) -> None:
    assert lower_first(text, frozenset()) == want
