"""The scanner's known misses of the third session (issue 14), each with sentences
written for this test, not from the demo: a short name in capitals where a person is
the object ("seen by KEZ"), a setting that speaks with no setting word ("Little Acorns
said"), a place's name standing as a person's ("NOT CARLTON", "Mr Whitby"), an unlisted
double-barrelled surname of two places; and, beside each, the sentences of the same
shape that must stay clean."""

from __future__ import annotations

import pytest

from exporters.identify import Scanner
from tests.export.corpus import PROTECTED_KINDS, corpus_scanner, measure


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return corpus_scanner()


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        # A short unknown name in capitals where a person is the object.
        ("The child was seen by KEZ on the Tuesday.", "name", "KEZ"),
        ("She spoke to KEZ and then to her mother.", "name", "KEZ"),
        ("SEEN BY KEZ AT HOME.", "name", "KEZ"),
        ("Home visit: saw BEX and her mum in the kitchen.", "name", "BEX"),
        ("The FCA met with JOJO at the contact centre.", "name", "JOJO"),
        ("She lives with TY and her mother's partner.", "name", "TY"),
        ("Contact between ROZ and his father is weekly.", "name", "ROZ"),
        ("The boy visited TAZ over half term.", "name", "TAZ"),
        # A setting named with no setting word, speaking.
        ("Little Acorns said the child was settled and eating well.", "school", "Little Acorns"),
        ("Staff at Busy Bees reported no concerns about bruising.", "school", "Busy Bees"),
        ("The FCA noted that Rainbow Corner told the social worker about the injury.",
         "school", "Rainbow Corner"),
        # A place's name standing as a person's.
        ("The child's words: I WANT TO LIVE WITH MY NAN NOT CARLTON.", "name", "CARLTON"),
        ("I want to stay with my nan, not Carlton.", "name", "Carlton"),
        ("MRS WHITBY SAID SHE WOULD NOT ATTEND.", "name", "WHITBY"),
        ("Mr Preston-Kendal was not assessed as a carer.", "name", "Preston-Kendal"),
        ("Her uncle Whitby offered to have the children.", "name", "Whitby"),
        ("Mum and Kendal both attended the hearing.", "name", "Kendal"),
        # An unlisted double-barrelled surname of two places.
        ("Fenella Stroud-Whitby was the children's paternal grandmother.", "name",
         "Fenella Stroud-Whitby"),
        ("The report was shared with Harriet Preston-Kendal in May.", "name",
         "Harriet Preston-Kendal"),
    ],
)  # fmt: skip
def test_each_known_miss_is_a_hit(scanner: Scanner, text: str, kind: str, found: str) -> None:
    assert (kind, found) in scanner.scan_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "The plan was agreed with LA and the SGO assessment was filed.",
        "She was seen by SALT and CAMHS within the month.",
        "The FCA spoke to the IRO and to EDT that evening.",
        "The guardian met with SENCO staff and the DSL.",
        "The FCA spoke to ICO and SGO colleagues about the guidance.",
        "She told FCA and IRO colleagues that the plan had changed.",
        "SEEN BY FCA AT HOME WITH IRO.",
        "The hearing at Preston was adjourned to the Carlisle list.",
        "She moved between Leeds and Bradford with her mother.",
        "The Leeds-Bradford team and the Stroud office share a manager.",
        "Mum and the Stroud team met in Kendal.",
        "Senior Leaders said the plan was agreed.",
        "Social Workers told inspectors that caseloads had fallen.",
        "Public Health said the pathway would be reviewed.",
        "Citizens Advice said the wait for an appointment was three weeks.",
        "Early Help reported that referrals had risen.",
        "Family Hubs said they could offer a parenting course.",
        "Legal Aid said the application had been refused.",
        "Mental Health Services said the waiting list was long.",
        "The Family Court said the timetable must be kept.",
        "Overall, Good Practice Guidance says that plans should be reviewed.",
    ],
)
def test_the_same_shapes_without_a_person_are_clean(scanner: Scanner, text: str) -> None:
    assert scanner.scan_text(text) == []


def test_third_held_out_pair_every_kind(scanner: Scanner) -> None:
    """43 planted details of 16 kinds (nicknames, initials with surnames, schools,
    clubs, hospitals, a surgery, streets, birthdays, phones, postcodes, siblings' and a
    pet's names) and 35 clean paragraphs dense with acronyms, courts, councils, roles and
    places.  Written after the four rules above; its first scan caught 36 of 43 (0.837)
    with one false alarm ("Barnardo's"), which led to these fixes (a nickname after
    "known to everyone as", an initial before a surname, a club in apposition, hospitals
    and surgeries beside a person, a pet's name, a first name in capitals where a person
    is the object, a lexicon word with a possessive), so it is no longer unseen."""
    rates = measure(scanner, held_out=6)
    print(rates.table())
    assert sum(rates.total.values()) >= 40
    assert rates.recall() == 1.0
    assert rates.false_alarms == []


def test_fourth_held_out_pair_scanned_after_the_fixes(scanner: Scanner) -> None:
    """Written after the third pair's fixes.  Its first scan caught 29 of 33 (0.879),
    with 2 false alarms in 30 clean paragraphs ("Women's Aid", "Designated Safeguarding
    Lead", both older than this session); the club, the setting that spoke after
    ", which", a nickname after "Dear" and the two false alarms were then fixed.  The
    last miss, "BIG MAL" (a nickname of two English words in capitals), was fixed in the
    fifth session (`test_identify_fifth.py`)."""
    rates = measure(scanner, held_out=7)
    print(rates.table())
    assert sum(rates.total.values()) >= 30
    assert rates.recall(PROTECTED_KINDS) == 1.0
    assert rates.missed == []
    assert rates.false_alarms == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Mum told the guardian that K. Lister from next door had the children.", "Lister"),
        ("The child's dog, Biscuit, came up in every wishes and feelings sheet.", "Biscuit"),
        ("The FCA spoke to TILLY-ANN alone at school.", "TILLY-ANN"),
        ("His older brother, known to everyone as DEZ, said he wanted to stay.", "DEZ"),
        ("The baby was born at Wexham Park Hospital and the midwife referred.",
         "Wexham Park Hospital"),
        ("Her GP practice, Hollins Lane Surgery, recorded missed appointments.",
         "Hollins Lane Surgery"),
        ("Her swimming club, Otters, raised the first concern.", "Otters"),
        ("The boy goes to Scorpions Boxing Club three evenings a week.",
         "Scorpions Boxing Club"),
        ("She attended Tiny Treasures, which told the FCA she was often hungry.",
         "Tiny Treasures"),
        ('The FCA\'s letter to her began "Dear Pickle", the name her nan uses.', "Pickle"),
    ],
)  # fmt: skip
def test_what_the_held_out_pairs_led_to(scanner: Scanner, text: str, found: str) -> None:
    assert found in [t for _k, t in scanner.scan_text(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The plan was option B. Managers said it had worked.",
        "See Appendix A. The team said the audit was late.",
        "She needs vitamin D. Staff said she eats well.",
        "Inspectors met health partners at Stepping Hill Hospital.",
        "She goes to Boxing Club and Homework Club on Fridays.",
        "NYAS and Barnardo's both told inspectors they value the forum.",
        "The NSPCC and Women's Aid said Cafcass listens to children.",
        "The Designated Safeguarding Lead told the FCA about the referral.",
        "SEEN BY NEW IRO. THE FCA SAW THE LA TEAM.",
        "Mr Justice Cobb gave guidance on domestic abuse, which FCAs follow.",
        "HHJ Tolson said the report was clear; Recorder Singh agreed.",
        "Dear Sir or Madam, the report is late. Dear Colleague, thank you.",
        "The FCA wrote a letter beginning Dear Judge and one beginning Dear Young Person.",
    ],
)
def test_what_the_held_out_pairs_led_to_stays_clean(scanner: Scanner, text: str) -> None:
    assert scanner.scan_text(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A dictionary word nobody uses, capitalised inside a sentence before a verb
        # (the sixth session's reader: "She said Tez is mean" went through).
        ("She said Tez is mean to her when mum is at work.", "Tez"),
        ("Mum said Ria was not at home when the police came.", "Ria"),
        ("The boy told the FCA that Tez said he would hurt the dog.", "Tez"),
    ],
)
def test_a_rare_word_capitalised_as_a_name_is_a_hit(
    scanner: Scanner, text: str, found: str
) -> None:
    assert found in [t for _k, t in scanner.scan_text(text)]


@pytest.mark.parametrize(
    "text",
    [
        "She said Contact is boring and she wants to play instead.",
        "The report said Mum was not protective and Dad is calmer now.",
        "He said School was fine and Court was scary.",
    ],
)
def test_common_words_capitalised_inside_a_sentence_stay_clean(scanner: Scanner, text: str) -> None:
    assert scanner.scan_text(text) == []
