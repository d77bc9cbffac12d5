"""Voice28's findings (issue 15; tester 28's A4 #16): an example's sentence that says
"him" or "her" before any person it could stand for ("To illustrate, the record of each
visit is clear about what was explained to him ...": the boy was in the note's sentence
before) does not read on its own, so it is no example; one after the person it stands
for does.  The sentences are written here (tester 28's note is "Child seen alone at
school twice ... Record of each visit is clear about what was explained to him ...").
"""

from __future__ import annotations

import pytest

from exporters.draft.standalone import stands_alone
from exporters.draft.words import words


@pytest.mark.parametrize(
    ("sentence", "alone"),
    [
        ("The note of each visit sets out what was explained to him.", False),
        ("The letter to the court says what she wants and why it matters to her.", False),
        ("The worker met the boy alone and explained the report to him.", True),
        ("The guardian met the girl at school and read the letter to her.", True),
    ],
)
def test_a_person_s_pronoun_needs_the_person(sentence: str, alone: bool) -> None:
    w = words()
    assert stands_alone(w.standalone, sentence, w.known_capitals, w.bare_noun_starts) is alone
