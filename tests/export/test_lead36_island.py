"""A family that moves to an island jurisdiction named "the Isle of ..." is a jigsaw
detail like a move to Scotland (tester 35: a move "to the Isle of Man" was no hit at all,
since the rule read only a capitalised place after "to"); a sentence about such moves in
general ("cases where a parent moves to ...") identifies no one."""

from __future__ import annotations

import pytest

from exporters.identify import Scanner
from tests.export.corpus import corpus_scanner


@pytest.fixture(scope="module")
def plain() -> Scanner:
    return corpus_scanner(("Ellis Quayle", "Tamsin Quayle"), ("NW-2231",))


@pytest.mark.parametrize(
    "sentence",
    [
        "Mum took both girls to live in the Isle of Man once the hearing was adjourned.",
        "Since March the boy has been staying with his father near the Isle of Man ferry port in Douglas.",
        "Grandparents relocated to the Isle of Man; contact is by video twice a week.",
    ],
)
def test_a_move_to_an_island_jurisdiction_is_a_hit(plain: Scanner, sentence: str) -> None:
    notes = [h.note for h in plain.scan(sentence) if h.kind == "jigsaw"]
    assert len(notes) == 1, notes
    assert "another jurisdiction a child or family moved to" in notes[0] or "lives in" in notes[0]


def test_the_island_is_said_as_a_jurisdiction(plain: Scanner) -> None:
    hits = plain.scan("Dad moved with the twins to the Isle of Man before the final hearing.")
    assert [h.note for h in hits if h.kind == "jigsaw"] == [
        "‘Isle of Man’, another jurisdiction a child or family moved to (few do)"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "In cases where a parent moves to the Isle of Man, the order has to be registered there.",
        "Applications in which a parent has moved to Jersey take longer to transfer.",
        "The Isle of Man has its own courts and no Cafcass, so transfers need early liaison.",
    ],
)
def test_moves_in_general_are_no_hit(plain: Scanner, sentence: str) -> None:
    assert [h for h in plain.scan(sentence) if h.kind == "jigsaw"] == []
