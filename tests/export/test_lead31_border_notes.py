"""Tester 31's border inspection (Wrexham, Mold, Oswestry): a junior rugby team with its
town went unflagged (F3); a Welsh road, farm or house name was flagged as a person, with
a person's advice (F4); "Yp" and Welsh words in a child's own words were flagged as names
(F2, F13); a Welsh-medium school and a school or chapel named in Welsh (F13, planted
#1 and #2) were read as people.  The notes here are written for this test, in the shapes the tester typed."""

from __future__ import annotations

import pytest

from exporters.identify import Scanner
from tests.export.corpus import corpus_scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return corpus_scanner(("Cadi Roberts", "Iolo Roberts"))


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("Went to watch him play for Ruthin RFC under-12s on Saturday.", "club", "Ruthin RFC"),
        ("She wants to train with Wrexham AFC girls next season.", "club", "Wrexham AFC"),
        ("He boxes for Rhyl ABC twice a week.", "club", "Rhyl ABC"),
        # A note's shorthand with no subject, as the tester's re-test typed it
        ("Plays for Corwen AAA FC juniors.", "club", "Corwen AAA FC"),
        ("Plays for Ruthin RFC under-11s on Saturdays.", "club", "Ruthin RFC"),
        ("Member of Llanfyllin Young Farmers Club.", "club", "Llanfyllin Young Farmers Club"),
        ("Home visit to Fferm Pen Isa, mum and Iolo present.", "street-address", "Fferm Pen Isa"),
        ("Dad now lives on Heol y Bryn with his partner.", "street-address", "Heol y Bryn"),
        ("Family moved to Maes Hyfryd in the spring.", "street-address", "Maes Hyfryd"),
        ("Cadi stays at Tŷ Gwyn with her nain at weekends.", "street-address", "Tŷ Gwyn"),
        ("Ty said he likes his new school.", "name", "Ty"),
        ("Seen at Ysgol Bryn Alyn on Monday with Iolo.", "school", "Ysgol Bryn Alyn"),
        ("Iolo goes to Ysgol Gymraeg Bro Alun.", "school", "Ysgol Gymraeg Bro Alun"),
        ("Cadi sings at Capel Seion in Rhos on Sundays.", "club", "Capel Seion"),
        ("She won the Urdd Eisteddfod recitation last spring.", "jigsaw",
         "She won the Urdd Eisteddfod recitation last spring."),
    ],
)  # fmt: skip
def test_what_identifies_a_child_at_the_border_is_found_as_what_it_is(
    scanner: Scanner, text: str, kind: str, found: str
) -> None:
    assert (kind, found) in scanner.scan_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "Yp seen alone x3, views clear.",
        '"Dw i isio aros efo Nain a Taid yn y tŷ," she said.',
        "Letter ended Diolch am wrando and was in both languages.",
        "Handover happens on the Maes in Mold, in public, at 4pm.",
        "He wants to play for Wales one day.",
        "The children play with Lego during contact.",
        "Seen at school (Welsh-medium) on Monday, settled.",
        "She goes to a Welsh-medium school in the town.",
        "FCAs in Welshpool team said caseloads are high.",
        "FCAs in Ruabon and Chirk said caseloads are high.",
        "Many children compete in the Urdd Eisteddfod.",
        "Young Farmers' Clubs are at the heart of rural life.",
        "Attends the Catholic Church with her nain.",
        "I want to stay at Nain's, she said.",
        "Dw i isio mynd i'r Urdd bob wythnos.",
    ],
)  # fmt: skip
def test_ordinary_border_words_stay_clean(scanner: Scanner, text: str) -> None:
    assert scanner.scan_text(text) == []
