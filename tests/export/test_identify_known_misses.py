"""The scanner's known misses of the third session (issue 14), each with sentences
written for this test, not from the demo: a short name in capitals where a person is
the object ("seen by KEZ"), a setting that speaks with no setting word ("Little Acorns
said"), a place's name standing as a person's ("NOT CARLTON", "Mr Whitby"), an unlisted
double-barrelled surname of two places; and, beside each, the sentences of the same
shape that must stay clean."""

from __future__ import annotations

import pytest

from exporters.identify import Scanner
from tests.export.corpus import corpus_scanner


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
