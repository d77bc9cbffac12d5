"""A word made of a prefix and an ordinary word ("Pre-verbal", "Pre-school") is read as
an ordinary word at the start of a sentence, never as a name (tester 12, F6: "Pre-verbal
child; FCA recorded the child's routine" warned of a name); double-barrelled names are
still found.  The sentences are written here by hand."""

from __future__ import annotations

import pytest

from exporters.identify.scanner import Scanner

ORDINARY = [
    "Pre-verbal child; FCA recorded the child's routine with the foster carer.",
    "Pre-school place arranged by the local authority.",
    "Semi-independent placement found after the hearing.",
    "Anti-social behaviour was raised by the police, not by the school.",
    "Re-referral made to children's services in week two.",
    "Post-separation conflict remains high; contact is supervised.",
    "Multi-agency meeting held but the plan was not updated.",
    "Self-harm disclosed to the guardian; escalated the same day.",
]
NAMES = [
    ("Anne-Marie was seen alone at the contact centre.", "Anne-Marie"),
    ("Spoke with Kacper Pemberton-Hale after school.", "Pemberton-Hale"),
    ("Jean-Luc told the guardian he wants to stay with his nan.", "Jean-Luc"),
]


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


@pytest.mark.parametrize("text", ORDINARY)
def test_a_prefixed_ordinary_word_is_no_name(scanner: Scanner, text: str) -> None:
    assert [(f.kind, text[f.start : f.end]) for f in scanner.find(text)] == []


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_double_barrelled_names_are_still_found(scanner: Scanner, text: str, name: str) -> None:
    assert any(name in text[f.start : f.end] for f in scanner.find(text))
