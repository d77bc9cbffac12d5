"""The eleventh held-out pair (session 33): the East and West Midlands, Lincolnshire and
the Fens, the Nottinghamshire coalfield and the Kent coast (Gujarati, Jain, Mirpuri,
Yemeni, Sikh, Somali, Lithuanian, Latvian, Romanian, Bulgarian, Portuguese, Roma and
Vietnamese families, children seeking asylum), written by a writer who had not seen the
scanner's rules, scanned with its own case list (`listed_people`).

Its first scan: 327 of 346 caught (0.945), protected names and variants 0.972, and false
alarms in 18 of 114 clean paragraphs (15.8%): faiths and peoples ("Jain", "Kashmiri",
"Danish", "Scandinavian", "Eastern European"), festivals ("Tết", "Paryushan"), NHS trusts
("... Healthcare NHS Foundation Trust"), a charity and a helpline ("ECPAT", "Modern
Slavery and Exploitation Helpline"), seaside towns the places list lacked ("Mablethorpe"),
and lists of countries families come from read as one family's tie abroad.

The rules written to it are below, each with sentences of the same shape.  After them:
0.965 recall, protected names and variants 0.989 (every whole and first name caught),
three false alarms kept and named in the test (a short Vietnamese quote's first word,
"India" in a list of countries, a given name left out of the countries on purpose, and
a helpline's public numbers).  Left: a Dutch-Somali short form and a nickname written in
lower case ("diti"), a shift at a plant named five words after "does nights", streets as
notes shorten them after "hv" ("Pear Tree St"), a flat in a named house with no street
word, reception centres and family hubs named by their town, a month and year in a
sentence about a poster, and a mother recognisable from a local news story."""

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
    return corpus_scanner(*listed_people(16))


def test_eleventh_held_out_pair_after_its_rules(scanner: Scanner) -> None:
    rates = measure(scanner, held_out=16)
    print(rates.table())
    assert sum(rates.total.values()) >= 340 and rates.clean_paragraphs >= 110
    assert rates.caught["protected"] == rates.total["protected"]
    assert rates.recall(PROTECTED_KINDS) >= 0.985
    assert rates.recall() >= 0.96
    assert [para[:30] for para, _ in rates.false_alarms] == [
        "A young person said in Vietnam",
        "Several cases involved propose",
        "Letters to families affected b",
    ]


@pytest.fixture(scope="module")
def plain() -> Scanner:
    """The corpora's inspection, with a family of its own: Hamza Mahmood and Ștefan Popescu."""
    return corpus_scanner(("Hamza Mahmood", "Ștefan Popescu"), ("EM-0133",))


@pytest.mark.parametrize(
    "text",
    [
        # Faiths, peoples, festivals, trusts, charities and helplines
        "Many Jain families in the city keep a strict diet during Paryushan.",
        "Kashmiri and Mirpuri families make up much of the ward's population.",
        "Records from Danish and Scandinavian schools spell names differently.",
        "Several Eastern European community groups ran drop-in sessions.",
        "Tết fell in the week of the final hearings this year.",
        "Lincolnshire Partnership Healthcare NHS Foundation Trust runs the CAMHS service.",
        "ECPAT UK trained the team on trafficking.",
        "The Modern Slavery and Exploitation Helpline number was in every pack.",
        # Towns and districts where many families live
        "Caravan parks between Mablethorpe and Ingoldmells fill up every summer.",
        "Families in Sparkhill, Alum Rock and Balsall Heath use the same mosque school.",
        # A list of countries is where families come from in general
        "Workers in the packhouses come from Lithuania, Latvia, Romania and Bulgaria.",
        "Children in the sample came from Albania, Sudan, Eritrea and Afghanistan.",
        # A city as the family's language writes it
        'He said "Chcę wrócić do Londynu" and then nothing more.',
        # Ramadan without a day is a month of the year, no date
        "Hearings in Ramadan were moved to the mornings.",
    ],
)  # fmt: skip
def test_sentences_of_the_same_shape_stay_clean(plain: Scanner, text: str) -> None:
    assert plain.scan_text(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        # A protected first name that is also a rare dictionary word, opening a sentence
        ("Hamza keeps wicket on Sundays.", "protected-name", "Hamza"),
        # A name with a letter of Latin Extended-B (S with a comma below)
        ("The school roll has Ștefan with the comma.", "protected-name", "Ștefan"),
        # A date of birth in the Islamic, Hebrew or Ethiopian calendar
        ("Mum gave his dob as 12 Ramadan 1443.", "date-of-birth", "12 Ramadan 1443"),
        ("Born 3 Tishrei 5772 by the family's account.", "date-of-birth", "3 Tishrei 5772"),
        ("Dob given as 14 Meskerem 2009.", "date-of-birth", "14 Meskerem 2009"),
        # A cricket side by its age group, whatever its town's name
        ("Opens the batting for Saltley Stallions CC under-15s.", "club",
         "Saltley Stallions CC"),
        # A case event with no subject, as notes write it
        ("Found working at a car wash on 3 March 2026.", "date", "3 March 2026"),
        # A hospital and its ward after a health assessment or admissions
        ("Health assessment done at Pilgrim Hospital, Boston, Amber ward.", "hospital", None),
        ("Three admissions to King's Mill Hospital, children's ward 25, with asthma.",
         "hospital", None),
        # A shift pattern before where a parent works
        ("Dad works 4 on 4 off, 6 till 6, at the Sports Direct warehouse in Shirebrook.",
         "workplace", "Sports Direct warehouse in Shirebrook"),
        # One family tied to a place abroad still counts
        ("Dad wants to take the boy to Pakistan for the summer.", "jigsaw", None),
    ],
)  # fmt: skip
def test_each_rule_finds_what_it_is_for(
    plain: Scanner, text: str, kind: str, found: str | None
) -> None:
    hits = plain.scan_text(text)
    assert found_in(hits, kind, found), hits
