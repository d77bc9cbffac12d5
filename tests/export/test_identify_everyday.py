"""Everyday words are not people: brands, games, shops, programmes and days out that
children talk about, and the abbreviations written before a place or a councillor
(tester finding 7, third session: "Co" from "Co. Durham" and "Xbox" stopped exports).
The surnames and given names behind some brands must stay names."""

from __future__ import annotations

import pytest

from exporters.identify import Scanner
from exporters.identify.everyday import brand_possessives
from exporters.identify.vocabulary import _lines, load
from tests.export.corpus import clean, corpus_scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return corpus_scanner()


def test_the_everyday_corpus_is_clean(scanner: Scanner) -> None:
    paragraphs = clean("corpus_everyday_clean.txt")
    assert len(paragraphs) >= 40
    alarms = [(p, scanner.scan_text(p)) for p in paragraphs if scanner.scan_text(p)]
    assert alarms == []


@pytest.mark.parametrize(
    "text",
    [
        "Service managers in Co. Durham described regular reflective supervision; "
        "supervision records seen by inspectors show clear management direction.",
        "I don't mind going to dad's if I can take my Xbox.",
    ],
)
def test_the_testers_false_alarms_pass(scanner: Scanner, text: str) -> None:
    assert scanner.scan_text(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chelsea told her guardian that she was frightened at night.", "Chelsea"),
        ("The McDonald family moved to the area last year.", "McDonald"),
        ("After contact at McDonald's, Mr Sainsbury drove the children home.", "Sainsbury"),
        ("The guardian saw Keeley and Alexa together at the contact centre.", "Alexa"),
        ("Cllr Hughes said that Kayleigh had been placed with her aunt.", "Kayleigh"),
    ],
)
def test_names_behind_brands_are_still_names(scanner: Scanner, text: str, name: str) -> None:
    assert name in [t for _kind, t in scanner.scan_text(text)]


def test_no_given_name_is_listed_alone_as_an_everyday_word() -> None:
    """A child called Chelsea or Alexa must stay a name: the list holds no given name
    alone, and a brand named after a surname only with its 's."""
    given = load().given_names
    alone = [line for line in _lines("everyday.txt") if " " not in line]
    assert alone and not [w for w in alone if w in given]
    assert "McDonald" in brand_possessives() and "McDonald" not in alone
