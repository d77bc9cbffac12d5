"""Protected names typed without their accents, or in lower case (tester 24: a name
with an accent typed on a keyboard without it; notes typed fast in lower case).  A
hand-written list of people, not the demo's: children, parents and a carer whose names
carry accents or are no English word, and some whose names are ordinary words."""

from __future__ import annotations

import pytest

from exporters.identify import Scanner
from store.accents import plain

PEOPLE = [
    ("Zoë Kovács", "child"),
    ("Hélène Ngô", "child"),
    ("Siân Ó Briain", "parent"),
    ("José Núñez", "parent"),
    ("Søren Dahl", "carer"),
    ("Mateusz Wróbel", "child"),
    ("Renee Dubois", "child"),  # listed without its accent, typed with it
    ("Hope Brown", "child"),  # first name and surname are ordinary words
    ("Will Preston", "parent"),  # a word and a place
]


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(
        people=PEOPLE,
        staff=["Ruth Okafor", "Daniel Osei"],
        areas=["North West", "Preston and Lancashire"],
        own_text=["Inspection of the family court service"],
    )


def _protected(scanner: Scanner, text: str) -> list[str]:
    return [words for kind, words in scanner.scan_text(text) if kind == "protected-name"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The guardian saw Zoe Kovacs at her foster home.", ["Zoe Kovacs"]),
        ("Helene told the worker she misses her mum.", ["Helene"]),
        ("Jose Nunez did not attend the hearing.", ["Jose Nunez"]),
        ("Sian O Briain asked for the report in Welsh.", ["Sian O Briain"]),
        ("Soren has cared for the boys since March.", ["Soren"]),
        ("Mateusz Wrobel is settled at nursery.", ["Mateusz Wrobel"]),
        ("Renée said she wants to see her dad.", ["Renée"]),
        ("KOVACS FAMILY NOT SEEN SINCE JULY.", ["KOVACS"]),
    ],
)
def test_a_name_typed_without_its_accents_is_the_protected_name(
    scanner: Scanner, text: str, names: list[str]
) -> None:
    assert _protected(scanner, text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("spoke to zoe after school, she was tearful", ["zoe"]),
        ("fca noted nunez was angry at contact; kovacs children not seen", ["nunez", "kovacs"]),
        ("mum says mateusz wets the bed since the move", ["mateusz"]),
        ("helene's words: i want to stay here", ["helene"]),
    ],
)
def test_a_protected_name_in_lower_case_that_is_no_word_is_found(
    scanner: Scanner, text: str, names: list[str]
) -> None:
    assert _protected(scanner, text) == names
    hit = scanner.scan(text)[0]
    assert hit.note.endswith("written in lower case")


@pytest.mark.parametrize(
    "text",
    [
        "There is little hope of a brown envelope arriving; the worker will chase it.",
        "Practitioners in preston and lancashire said caseloads will fall by spring.",
        "The report was dull and the plan vague; the soren kierkegaard quote was apt.",
    ],
)
def test_a_protected_name_that_is_an_ordinary_word_stays_a_word_in_lower_case(
    scanner: Scanner, text: str
) -> None:
    found = _protected(scanner, text)
    assert not {"hope", "brown", "will", "preston"} & {w.lower() for w in found}


def test_plain_takes_off_accents_and_writes_letters_with_none_as_typed() -> None:
    assert plain("Siân Ó Briain") == "Sian O Briain"
    assert plain("Søren Łukasz Straße") == "Soren Lukasz Strasse"
    assert plain("Renée") == "Renee"
    assert plain("Smith") == "Smith"
