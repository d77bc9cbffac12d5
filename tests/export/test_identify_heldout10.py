"""The tenth held-out pair (session 32): inner-city London and the urban north
(Bangladeshi, Somali, Eritrean, Orthodox Jewish, Irish Traveller, Pakistani, Kurdish and
Turkish, Polish, Romanian, Black British and Sikh families), written by a writer who had
not seen the scanner's rules, scanned with its own case list (`listed_people`).

Its first scan: 257 of 277 caught (0.928), protected names and variants 0.965 (all 84
whole and first names caught), and false alarms in 19 of 118 clean paragraphs (16.1%):
languages and scripts ("Kurmanji", "Sorani", "Pahari-Pothwari", "Gurmukhi"), festivals
("Gurpurab", "Timkat", "Newroz", "Wigilia", "Appleby Horse Fair"), words for parents and
grandparents ("Aabo", "Hooyo", "Dadi and Nani"), districts and stations ("Moss Side and
Longsight", "Harehills", "Turnpike Lane"), hospitals in a list, the Elizabeth line, a
national helpline, the Hague Convention, a dialect "spoken by families from Turkey" read
as one family's tie abroad, and "the Sikh calendar" read as a place.

The rules written to it are below, each with sentences of the same shape.  After them:
0.935 recall, three false alarms kept and named in the test (a Polish word opening a
child's words, "Angel" the station, a given name left out of the places list on
purpose, and Great Ormond Street in a list of hospitals, which a sentence about a child
needs found).  Tester 32's rules the same day (`test_identify_london_notes.py`: a named
estate, a child's words quoted in another language) took it to 0.939 with two false
alarms.  Left: a Somali Saturday school with no school word before "supplementary",
dates of events in the inspection's own year, rare conditions and a relative's standing
in a community with no place word, a Polish short form ("Aga"), a young person's
initials and rap name, a cricket club written "CC" (after a place alone it is a county
council), and a hospital named "General"."""

from __future__ import annotations

import pytest

from exporters.identify import Scanner
from tests.export.corpus import (
    PROTECTED_KINDS,
    corpus_scanner,
    found_in,
    listed_people,
    measure,
)


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return corpus_scanner(*listed_people(15))


def test_tenth_held_out_pair_after_its_rules(scanner: Scanner) -> None:
    rates = measure(scanner, held_out=15)
    print(rates.table())
    assert sum(rates.total.values()) >= 270 and rates.clean_paragraphs >= 110
    assert rates.recall(PROTECTED_KINDS) >= 0.96
    assert rates.caught["protected"] == rates.total["protected"]
    assert rates.recall() >= 0.935
    assert [para[:30] for para, _ in rates.false_alarms] == [
        "Victoria, Bank and Angel are n",
        "The Royal London, Homerton, Ki",
    ]


@pytest.fixture(scope="module")
def plain() -> Scanner:
    """The corpora's inspection, with a family of its own: Sadia and Tariq Mahmood."""
    return corpus_scanner(("Sadia Mahmood", "Tariq Mahmood"), ("LN-0421",))


@pytest.mark.parametrize(
    "text",
    [
        # Languages and scripts, festivals, words for family members
        "Several parents spoke Sorani or Kurmanji, and interpreters were hard to book.",
        "Children learned Gurmukhi at the gurdwara and Shahmukhi at home.",
        "Newroz and Nowruz fell in the same week as the final hearings.",
        "Hooyo and Aabo are what many Somali children call their parents.",
        "Notting Hill Carnival weekend made contact handovers hard to arrange.",
        # Districts, stations, the lines and public services
        "Families in Longsight, Rusholme and Levenshulme use the same contact centre.",
        "The office is near Seven Sisters, a short walk from Turnpike Lane station.",
        "Staff travel on the Elizabeth line and the Overground to court.",
        "The National Domestic Abuse Helpline number was in every safety plan.",
        # Families in general, and a faith's calendar
        "Tigrinya is spoken by families from Eritrea in Lewisham and Croydon.",
        "Hearings were moved for the Sikh calendar, so the child could attend Gurpurab.",
    ],
)  # fmt: skip
def test_sentences_of_the_same_shape_stay_clean(plain: Scanner, text: str) -> None:
    assert plain.scan_text(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        # A place of worship named with its word first, or with a word the list lacked
        ("The family worship at Biserica Harul Bradford every Sunday.", "club",
         "Biserica Harul Bradford"),
        ("Gran leads the choir at New Life Tabernacle on Sundays.", "club",
         "New Life Tabernacle"),
        # A club written by its abbreviation, and a cricketer's club
        ("Tariq trains at Old Trafford Lions ABC twice a week.", "club", "Old Trafford Lions ABC"),
        ("Sadia bowls for Heaton Moor Ladies on Saturdays.", "club", "Heaton Moor Ladies"),
        # A numbered ward in lower case; a clinic a child is followed up at
        ("Tariq was admitted to the children's ward 4B with a fracture.", "hospital",
         "children's ward 4B"),
        ("Followed up at the Evelina every six weeks.", "hospital", "Evelina"),
        # One family tied to a place still counts
        ("The family moved to Longsight after the fire at their flat.", "jigsaw", None),
        # Our own case reference
        ("LN-0421 was dip-sampled only.", "case-reference", "LN-0421"),
    ],
)  # fmt: skip
def test_each_rule_finds_what_it_is_for(
    plain: Scanner, text: str, kind: str, found: str | None
) -> None:
    hits = plain.scan_text(text)
    assert found_in(hits, kind, found), hits
