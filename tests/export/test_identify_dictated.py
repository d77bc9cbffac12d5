"""Notes dictated and pasted from speech-to-text (no capitals, numbers said as words,
"full stop" typed out): the numbers, dates, postcodes, streets, case numbers and the
protected names that are also words, found on the words said; the same words in their
ordinary senses left alone.  Sentences written for this test, not a corpus's."""

from __future__ import annotations

import pytest

from exporters.identify import Scanner
from exporters.identify.spoken import written

PEOPLE = [
    ("Summer Pike", "child"),
    ("Rose Hale", "child"),
    ("Hope Marsh", "child"),
    ("Ray Pike", "parent"),
    ("Kerys Hale", "parent"),
    ("Tamsin Marsh", "carer"),
    ("Will Marsh", "parent"),
    ("Isabella Young", "child"),
    ("Jan Hale", "carer"),
]


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(
        people=PEOPLE,
        case_refs=["FW-2231"],
        allowed_dates=["2026-12-01", "2026-12-04"],
        staff=["Ruth Okafor"],
        areas=["South West"],
        own_text=["Inspection of the family court service"],
    )


def _hits(scanner: Scanner, text: str) -> list[tuple[str, str]]:
    return scanner.scan_text(text)


PLANTED = [
    # Phones said digit by digit, with "oh", "double" and "treble".
    (
        "dad gave his number as oh seven nine eight three treble four one two six full stop",
        "phone",
        "oh seven nine eight three treble four one two six",
    ),
    (
        "kerys said the landline is oh one two two five double seven six four three one",
        "phone",
        "oh one two two five double seven six four three one",
    ),
    (
        "Mum gave her mobile as oh seven seven one two three four five six seven eight.",
        "phone",
        "oh seven seven one two three four five six seven eight",
    ),
    # An NHS number after its cue spelled out.
    (
        "her n h s number is nine four three four seven six five nine one nine",
        "nhs-number",
        "nine four three four seven six five nine one nine",
    ),
    # Dates of birth with the day as an ordinal and the year as people say it.
    (
        "his date of birth is the twenty third of may twenty nineteen",
        "date-of-birth",
        "the twenty third of may twenty nineteen",
    ),
    (
        "the baby was born on the eleventh of october two thousand and eighteen full stop",
        "date-of-birth",
        "the eleventh of october two thousand and eighteen",
    ),
    (
        "dob second march twenty seventeen and she is in reception",
        "date-of-birth",
        "second march twenty seventeen",
    ),
    ("the younger one was born in twenty fifteen", "date-of-birth", "twenty fifteen"),
    (
        "Visit to the home full stop Dad said the birthday is ninth of july full stop",
        "date-of-birth",
        "ninth of july",
    ),
    # A postcode spelled letter by letter, a street with its number in words.
    (
        "the new address ends s k one four two q d comma near the park",
        "postcode",
        "s k one four two q d",
    ),
    ("they moved to nineteen orchard close last week", "street-address", "nineteen orchard close"),
    ("nan lives at 7 tanners lane now", "street-address", "7 tanners lane"),
    # A court's case number spelled out.
    (
        "the court case number is m a two five c zero zero one eight seven",
        "case-number",
        "m a two five c zero zero one eight seven",
    ),
    # Said with a country code, in groups with commas, as an email, with slashes.
    (
        "dad is on plus four four seven nine eight three treble four one two six",
        "phone",
        "plus four four seven nine eight three treble four one two six",
    ),
    (
        "nan gave oh one two two five, double seven six, four three one as her number",
        "phone",
        "oh one two two five, double seven six, four three one",
    ),
    (
        "her email is kerys dot hale at hotmail dot co dot uk full stop",
        "email",
        "kerys dot hale at hotmail dot co dot uk",
    ),
    (
        "date of birth four slash two slash twenty sixteen",
        "date-of-birth",
        "four slash two slash twenty sixteen",
    ),
    # A school or a hospital named by a word no common word.
    ("she goes to westwood primary school and likes it", "school", "westwood primary school"),
    ("seen at pennfold hospital after the fall full stop", "hospital", "pennfold hospital"),
    ("summer has a place at oakfield nursery from june", "school", "oakfield nursery"),
    # Speech-to-text that capitals each sentence's first word and nothing else.
    (
        "Spoke to summer at school. She was quiet but said she felt safe.",
        "protected-name",
        "summer",
    ),
    (
        "Date of birth fourth of february twenty sixteen. Seen at home with her nan.",
        "date-of-birth",
        "fourth of february twenty sixteen",
    ),
    # Protected names that are words, standing as a person.
    ("spoke to summer at school about the move", "protected-name", "summer"),
    ("rose said she wants to stay with her nan", "protected-name", "rose"),
    ("summer's dad came to the door full stop", "protected-name", "summer"),
    ("met ray at the contact centre", "protected-name", "ray"),
    ("her sister hope was there for part of it", "protected-name", "hope"),
    ("leah and summer both said they felt safe", "protected-name", "summer"),
    ("visit with rose and the worker", "protected-name", "rose"),
    ("mrs marsh was not at home", "protected-name", "marsh"),
    ("summer is nine and in year four full stop", "protected-name", "summer"),
    ("took summer to school on the bus", "protected-name", "summer"),
    ("nan is worried about rose full stop", "protected-name", "rose"),
    ("gave rose a card from the team", "protected-name", "rose"),
    ("the worker read it to hope slowly", "protected-name", "hope"),
    ("spoke to will after the hearing", "protected-name", "will"),
    ("a card from isabella was on the wall", "protected-name", "isabella"),
    ("summer pike said she was fine", "protected-name", "summer pike"),
]


@pytest.mark.parametrize(("text", "kind", "said"), PLANTED)
def test_dictated_detail_found_on_the_words_said(
    scanner: Scanner, text: str, kind: str, said: str
) -> None:
    """Each detail is found, and the hit shows the words as dictated."""
    assert (kind, said) in _hits(scanner, text), _hits(scanner, text)


CLEAN = [
    "over the summer holidays the family went camping full stop",
    "the children planted a rose garden at the back of the house",
    "we hope to see them next week full stop",
    "last summer the school changed its head teacher",
    "during the summer term two or three visits were missed",
    "she had an x ray at the hospital after the fall",
    "it is a five minute walk from the school gate",
    "one of the three children said he was happy full stop",
    "the team read forty two files over three days",
    "hope and resilience came up often in what the children said",
    "the only ray of light was the new school",
    "twenty twenty was a hard year for the service",
    "he is in the sixth form and wants to go to college",
    "the first of many visits went well comma and the next is booked",
    "the panel sat on the first of december for moderation",
    "page one two of the plan sets out the two goals",
    "the rose bush by the door had been cut back",
    "one, two, three, four of them were seen alone",
    "the hope is that things improve by the review",
    "she loves summer and the beach",
    "mum will ring back at two full stop her mum will come too",
    "dad rose early and the visit went well",
    "we spoke to young people at the group on the third of jan",
    "The plan was reviewed over the summer. I think it helped the family.",
    "she goes to the local primary school and the after school club",
    "forest school on fridays is her favourite full stop",
    "the cafcass academy course was useful for the new workers",
    "Rcvd nursery letter on the day. Read it with the worker.",
    "we met at the office at ten dot thirty to read files",
]


@pytest.mark.parametrize("text", CLEAN)
def test_ordinary_words_in_a_dictated_note_are_left(scanner: Scanner, text: str) -> None:
    assert _hits(scanner, text) == []


def test_the_written_form_maps_back_to_the_words_said() -> None:
    text = "they live at forty two mill lane b a two three q z full stop next"
    read = written(text, frozenset({"lane", "road"}))
    assert read is not None
    assert read.text == "they live at 42 Mill Lane BA23QZ. next"
    start = read.text.index("BA23QZ")
    a, b = read.span(start, start + 6)
    assert text[a:b] == "b a two three q z"
    a, b = read.span(read.text.index("42"), read.text.index(" BA"))
    assert text[a:b] == "forty two mill lane"


def test_a_note_with_capitals_and_no_spoken_number_is_not_read_again(scanner: Scanner) -> None:
    """A typed note keeps its ordinary reading: a name in lower case that is also a word
    is read as a person only where the whole note is in lower case (dictated)."""
    assert _hits(scanner, "Spoke to summer at School.") == []
    assert _hits(scanner, "Met ray at the Centre.") == []
