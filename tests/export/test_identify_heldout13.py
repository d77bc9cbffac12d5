"""The thirteenth held-out pair (session 35): the East of England and the South East
(Gurkha Nepali families in Aldershot, Timorese and Madeiran families in Thetford and Great
Yarmouth, Lithuanian and Latvian workers in the Fens, Roma families in Peterborough,
Mirpuri and Pakistani families in Luton and Slough, Afghan families resettled in Milton
Keynes, Showmen near Ipswich, airport workers, boarders, children online), written by a
writer who had not seen the scanner's rules, scanned with its own case list
(`listed_people`).

Its first scan: recall 0.940, protected names and variants 0.931, and false alarms in 42
of 121 clean paragraphs (34.7%): districts, peoples, languages, calendars and festivals
the lists lacked (Breckland, Tendring, Rushmoor, Timorese, Tetum, Magar, Tamang,
Gregorian, Bikram Sambat, Dashain, Jāņi), historical figures named in general sentences
("Thomas Clarkson, the campaigner against the slave trade, is commemorated ..."), a
festival's day ("Iqbal Day on 9 November"), and national helplines in brackets after
their names ("Karma Nirvana (0800 ...)", "Shelter's helpline, 0808 ...").  Missed:
handles written before "on" a platform ("r0dri_gy14 on PlayStation"), the one who speaks
a quoted line ("Hunts: \\"...\\""), a name a child goes by in one place ("Babu at home"),
a photo in the local paper and an honour (an MBE), an injury's date seen in hospital.

The rules written to it are below, each with sentences of the same shape in other
words.  After them: recall 0.967, protected names and variants 0.968, false alarms 20
of 121 (16.5%), named in the test: most are protected names used as words or as other
people's names ("Amber is washed up ...", "Bibi and Begum are common ...", Gurung as a
people, "Allama Iqbal", "James Paget" in a hospital's name): a protected name is never
let pass on a guess.  Others: given names discussed as names ("Kwabena", "Fereshteh"),
"Harlow" and "Heather" opening a sentence, "Airport and Stansted", Alan Turing with no
role beside him, and "in the papers" (court papers) read as the news.  Left: a
relative's pet name after "Nanny" in lower-case notes ("nanny trace"), a workplace told
by what the parent does there ("a deckhand on the crew transfer boats"), a bridging
hotel by its road, a date converted from another calendar."""

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
    return corpus_scanner(*listed_people(18))


def test_thirteenth_held_out_pair_after_its_rules(scanner: Scanner) -> None:
    rates = measure(scanner, held_out=18)
    print(rates.table())
    assert sum(rates.total.values()) >= 410 and rates.clean_paragraphs >= 120
    assert rates.caught["protected"] == rates.total["protected"]
    assert rates.recall(PROTECTED_KINDS) >= 0.96
    assert rates.recall() >= 0.96
    assert [para[:30] for para, _ in rates.false_alarms] == [
        "Nepali families, many of them ",
        "Honorifics are common in Nepal",
        "Nepali was the language most o",
        "Dashain and Tihar, in October ",
        "Amber is washed up on the Norf",
        "James Paget, the Victorian sur",
        "Austėja, in Lithuanian folklor",
        "Queenies, the small queen scal",
        "Bibi and Begum are common in P",
        "Allama Iqbal, the poet-philoso",
        "Luton Airport and Stansted are",
        "Slough is one of the most dive",
        "Milton Keynes takes its name f",
        "Some older Afghan parents talk",
        "Fereshteh, or freshta as it is",
        "Farid, in Sufi tradition, reca",
        "In Akan naming, a child has a ",
        "Harlow was built as a new town",
        "Heather and gorse cover the Br",
        "Acute care for children in the",
        "A guardian in Essex told inspe",
    ]


@pytest.fixture(scope="module")
def plain() -> Scanner:
    """The corpora's inspection, with a family of its own: Ruby and Jayden Tindall."""
    return corpus_scanner(("Ruby Tindall", "Jayden Tindall"), ("NE-0412",))


@pytest.mark.parametrize(
    "text",
    [
        # Historical figures, with a role or title and a sign of history
        "Elizabeth Fry, the prison reformer, is commemorated on a plaque in Norwich.",
        "Octavius Brandt, the Victorian engineer, gave his name to the old swing bridge.",
        "Children heard about the astronomer Caroline Lucretia Herschel, who discovered comets.",
        "Matthew Hopkins, born in Suffolk in 1620, is remembered by a local museum.",
        "President Daoud's government fell in 1978, and several grandparents left then.",
        # A festival's day, every year's
        "Vaisakhi Day on 14 April was marked in Southall and Slough with processions.",
        "Tihar, the festival of lights on 1 and 2 November, kept some families busy.",
        # National helplines, named before their numbers
        "An FCA gave the mother the number of Respect (0808 802 4040) for her partner.",
        "Childline's helpline, 0800 1111, was on the leaflet every child was given.",
        # Peoples, languages, calendars and districts the lists lacked
        "Interpreters for Tetum were booked through the Timorese community association.",
        "Many Magar and Tamang families settled in Rushmoor after 2009.",
        "Dates in the Bikram Sambat calendar were converted to the Gregorian one.",
        "Breckland and Tendring councils both took part in the pilot.",
    ],
)  # fmt: skip
def test_sentences_of_the_same_shape_stay_clean(plain: Scanner, text: str) -> None:
    assert plain.scan_text(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        # A handle before "on" a platform, holding a digit or an underscore
        ("Jayden plays as dragon_b0y7 on Roblox most evenings.", "name", "dragon_b0y7"),
        ("She is kittyx_22 on Snapchat and posts most nights.", "name", "kittyx_22"),
        # A group or server called by its name
        ("He joined a server called 'Westgate Lads' where the older boys posted.", "club",
         "Westgate Lads"),
        # The one who speaks a quoted line
        ('Tilly: "I only want to see Dad at Nana\'s house."', "name", "Tilly"),
        ('Bear to the FCA, quietly: "Mum cries when he phones."', "name", "Bear"),
        # A name a child goes by in one place
        ("The younger boy is Bubbles at nursery and to his nan.", "name", "Bubbles"),
        # A photo in the paper, an honour
        ("Her father was pictured with the chief constable after the rescue.", "jigsaw", None),
        ("His grandmother got an MBE last year for the food bank.", "jigsaw", None),
        # An injury's date, seen in hospital
        ("Seen at Ipswich Hospital on 3 March 2026 with bruising to both arms.", "date",
         "3 March 2026"),
        # A helpline's number where it leads to one place is still a hit
        ("Mum rang the refuge at Halton (0800 123 4567) twice that night.", "phone", None),
    ],
)  # fmt: skip
def test_each_rule_finds_what_it_is_for(
    plain: Scanner, text: str, kind: str, found: str | None
) -> None:
    hits = plain.scan_text(text)
    assert found_in(hits, kind, found), hits


@pytest.mark.parametrize(
    "text",
    [
        # A family's friend by their job, or anyone in a sentence about a family
        "Mum's friend Carl Denton, the writer, babysits on Fridays.",
        "Gary Coyle, the singer, was at the memorial service for her nan.",
        # A day near a festival that is a day of the case
        "At the festival on 3 August dad hit her in front of the children.",
    ],
)
def test_a_person_or_a_day_of_the_case_is_still_a_hit(plain: Scanner, text: str) -> None:
    assert plain.scan_text(text), text
