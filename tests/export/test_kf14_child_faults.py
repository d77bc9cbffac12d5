"""Issue 15 (left by session 13): children's words that say a fault as it still is
("nobody tells me how long for") or that they have had to say something over and over
("I've said it a hundred times") were missed by `childsays.fault`, which knew most
faults in the past tense only ("nobody told me"); they were withheld, never misquoted.
`coverage.toml` [child_words] `faults_now` adds them.  Words written here; the earlier
corpora's strengths still read as no fault (`test_child_words_sides`).
"""

from __future__ import annotations

import pytest

from exporters.draft.childsays import fault


@pytest.mark.parametrize(
    "said",
    [
        "Nobody tells me when I'm going home.",
        "No one asks what I think about the new school.",
        "I want to see my brother, I've said it a hundred times.",
        "My guardian doesn't tell me what the judge decided.",
        "No one explains why I can't go back.",
    ],
)
def test_a_fault_said_as_it_still_is_is_a_fault(said: str) -> None:
    assert fault(said), said


@pytest.mark.parametrize(
    "said",
    [
        "I want to live with my nan.",
        "She tells me everything, nobody asked me before.",
        "I like it when she comes to school to see me.",
    ],
)
def test_a_wish_or_praise_is_still_no_fault(said: str) -> None:
    assert not fault(said), said
