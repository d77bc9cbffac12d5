"""The rules written to the fourteenth held-out pair's first scan (session 36: the South
West and the Welsh Marches), each on sentences of the same shape in other words: what
must be a hit, and what must not."""

from __future__ import annotations

import pytest

from exporters.identify import Scanner
from tests.export.corpus import corpus_scanner, found_in


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return corpus_scanner(("Tegan Marsh", "Osian Marsh", "Bryony Marsh"), ("GL-3310",))


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        # A workplace told by its kind and where it is, after a job or a verb of working.
        ("Mum is a cleaner at the care home in Backwell.", "workplace", "care home in Backwell"),
        ("Dad does nights at the frozen food factory in Kingsteignton.", "workplace",
         "frozen food factory in Kingsteignton"),
        ("Stepdad drives a lorry for the quarry at Cheddar.", "workplace", "quarry at Cheddar"),
        # A numbered ward where the sentence names a protected person.
        ("Osian to Musgrove Park, ward 7 on 3 May, burns to the hand.", "hospital", "ward 7"),
        # A street with a compass word after its street word.
        ("Bryony now lives at 9 Church Lane North with nan.", "street-address",
         "9 Church Lane North"),
        # A nickname after the first ("X at home, Y to friends"; "Y on the estate").
        ("Tegan is Teggy at home, Tigs to friends.", "name", "Tigs"),
        ("Osian, Ozzy on the estate, was picked up by police twice.", "name", "Ozzy"),
    ],
)  # fmt: skip
def test_found(scanner: Scanner, text: str, kind: str, found: str) -> None:
    hits = scanner.scan_text(text)
    assert found_in(hits, kind, found), hits


@pytest.mark.parametrize(
    "text",
    [
        # Historical figures beside a work or memorial of theirs, a campaign they led, a
        # title: no one in a case.
        "The statue of Robert Milligan outside the museum was taken down in 2020.",
        "The novels of Elizabeth Goudge, set in the cathedral cities of the last century, are still read.",
        "The Newport rising of 1839, led by John Frost, Zephaniah Hughes and others, is remembered each November.",
        "The chapel is named after Pope Gregory the Great.",
        # A saint's name in a hospital's or church's name.
        "The trust also runs St Aldhelm's Hospital and its minor injuries unit.",
        # Groups in general: many of them live somewhere; a custom that is celebrated.
        "Filipino nurses were recruited in large numbers in the 2000s, and many live in Taunton and Yeovil.",
        "Vaisakhi is celebrated in April in Gloucester with a procession from the gurdwara.",
        # A year after "before" is a cut-off, not a year of birth.
        "Children born before 2003 in the county were offered the older vaccine.",
        # A historical figure's home, dated before 1900.
        "Samuel Taylor Coleridge lived in Bristol from 1795 to 1797.",
    ],
)  # fmt: skip
def test_not_found(scanner: Scanner, text: str) -> None:
    assert scanner.scan_text(text) == []


def test_a_campaigner_s_name_beside_a_family_is_still_a_name(scanner: Scanner) -> None:
    """The figure rules need a sign of history and no family member: a relative "led by"
    someone is still a name."""
    hits = scanner.scan_text("Mum was led by Kieran Doyle to the car park after the hearing.")
    assert found_in(hits, "name", "Kieran Doyle"), hits
