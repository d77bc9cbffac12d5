"""A child's words in another language, as the child's-words field holds them or quoted in
a note, are no one's name where a sentence of them opens with a capital (tester 36, F3:
"Chcem" and "Ocko" of a Slovak child's words were flagged as names); a protected name in
them is still a hit, and so is an unknown name opening an English sentence.  And
Appleby, a market town, is a place."""

from __future__ import annotations

import pytest

from exporters.identify import Scanner
from tests.export.corpus import corpus_scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return corpus_scanner(("Marek Horváth", "Denisa Horváthová"), ("SH-7712",))


@pytest.mark.parametrize(
    "words",
    [
        "Nechcem ísť k otcovi. Mamka ma vždy objíme. (I don't want to go to dad's. Mummy always hugs me.)",
        "Bojím sa, keď pije. Babka varí polievku. (I'm scared when he drinks. Granny makes soup.)",
        'She said: "Chtěla bych bydlet s maminkou. Tatínek pořád křičí." The FCA wrote it down.',
    ],
)
def test_a_sentence_of_a_child_s_words_in_another_language_is_no_name(
    scanner: Scanner, words: str
) -> None:
    assert scanner.scan(words, field="child_words") == []


def test_a_protected_name_in_them_is_still_a_hit(scanner: Scanner) -> None:
    hits = scanner.scan("Chcem ísť domov. Denisa plače každý deň.", field="child_words")
    assert [(h.kind, h.text) for h in hits] == [("protected-name", "Denisa")]


def test_an_unknown_name_opening_an_english_sentence_is_still_a_name(scanner: Scanner) -> None:
    hits = scanner.scan("Seen at home with mum. Kieran shouted from upstairs.")
    assert [(h.kind, h.text) for h in hits] == [("name", "Kieran")]


def test_a_market_town_is_a_place(scanner: Scanner) -> None:
    assert scanner.scan("Romany families near Appleby and Darlington were wary of services.") == []


def test_the_inspectorate_s_shorthand_for_a_grade_is_no_name(scanner: Scanner) -> None:
    assert scanner.scan("Harm disclosed at school not referred on: inadequate, not RI.") == []
