"""Solicitors' firms named after the people who work there (tester 22, F10; tester 23,
F6): "a solicitor from Irwin Mitchell", "solicitors at Khan & Partners" name a firm, not
a person, with or without "LLP" after it; and a judge's title before a name that is
also a family's ("HHJ Carlton") names the judge, as a practitioner's role with an
article does ("the guardian, Ms Okafor,"; not "her guardian", nor a special guardian).  The same words around a child's name,
a parent's partner or a parent's job are still hits.  Sentences and names written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.export.scanned import scanned
from tests.team.helpers import listed_file

LIST = (
    "Case number,Service area,Law type,Case type,Stage,Child name,Applicant\n"
    "FM/26/0201,Area 2 - North East,Private,Child arrangements,First hearing,Tilly Jones,"
    "Carl Jones\n"
    "FM/26/0202,Area 2 - North East,Private,Child arrangements,First hearing,Carlton Khan,"
    "Hope Carlton\n"
    "FM/26/0203,Area 2 - North East,Public,Care order,Issue,Remi Okafor,Grace Okafor\n"
    "FM/26/0204,Area 2 - North East,Public,Care order,Issue,Will Dace,Mark Dace\n"
    "FM/26/0205,Area 2 - North East,Private,Child arrangements,First hearing,William Pryce,"
    "Tess Pryce\n"
)
CLEAN = [
    "A solicitor from Hodge Smith & Allen said guardians in London are well prepared.",
    "Partners at Irwin Mitchell and at Bindmans LLP said reports are fair.",
    "A solicitor at Irwin Mitchell said reports arrive on time.",
    "Solicitors from Russell Cooke told us the FCAs are thorough.",
    "Solicitors at Okonjo Ferreira said the FCA was thorough.",
    "Duncan Lewis solicitors praised the duty FCA.",
    "Partners at Fieldfisher said the analysis in reports is sharp.",
    "Solicitors at Khan & Partners said the guardian rarely returns calls.",
    "HHJ Carlton said reports from the coastal team are routinely late.",
    "District Judge Khan praised the safety analysis.",
    "The guardian, Ms Okafor, visited the placement and saw the child alone.",
    "An experienced FCA, Mrs Okafor, wrote the section 7 report.",
    "Morale is low; Will, the duty senior, said 'that is just how it is here'.",
    "Will, the duty senior, said 'that is just how it is here'.",
    "Will the new plan be ready, the guardian asked.",
]
FOUND = [
    ("A solicitor from Leeds said Kayleigh was frightened of contact.", "name", "Kayleigh"),
    ("The children's solicitor from Ashworth said Tyrone wants to go home.", "name", "Tyrone"),
    ("She met her partner at Darren and Kelly's wedding.", "name", "Darren and Kelly"),
    ("Mum's solicitor from Darren's old firm was at court.", "name", "Darren"),
    ("Her dad is a solicitor at Irwin Mitchell in Leeds.", "workplace", "Irwin Mitchell in Leeds"),
    # A protected surname inside a firm's name is still asked about: the check cannot
    # tell the firm's Jones from the family's.
    ("A solicitor from Hodge Jones & Allen said reports are fair.", "protected-name", "Jones"),
    ("Carlton told the FCA he wants to live with his nan.", "protected-name", "Carlton"),
    ("HHJ Tolson asked Hope what she wanted.", "protected-name", "Hope"),
    ("Her guardian, Mrs Okafor, brings her to contact.", "protected-name", "Okafor"),
    ("The special guardian, Mrs Okafor, asked for more help.", "protected-name", "Okafor"),
    ("The FCA met Grace Okafor at home.", "protected-name", "Grace Okafor"),
    ("The FCA saw Will, the eldest, at school.", "protected-name", "Will"),
    ("Will, the guardian of his sister, attended.", "protected-name", "Will"),
    ("Will, the eldest, wants to stay with his dad.", "protected-name", "Will"),
    ("Will, her younger brother, was not seen.", "protected-name", "Will"),
    ("Will, the youngest child, was not seen at all.", "protected-name", "Will"),
]  # fmt: skip


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return listed_file(tmp_path_factory.mktemp("firms"), LIST, "cafcass-2018", "Firms visit")


@pytest.mark.parametrize("text", CLEAN)
def test_a_firm_after_who_works_there_is_no_person(db: Path, text: str) -> None:
    assert scanned(db, text) == []


@pytest.mark.parametrize(("text", "kind", "detail"), FOUND)
def test_the_same_words_around_a_person_are_still_hits(
    db: Path, text: str, kind: str, detail: str
) -> None:
    hits = scanned(db, text)
    assert any(h.kind == kind and h.text == detail for h in hits), hits


SHORT_FORM_LIST = (
    "Case number,Service area,Law type,Case type,Stage,Child name,Applicant\n"
    "FM/26/0301,Area 2 - North East,Private,Child arrangements,First hearing,William Pryce,"
    "Tess Pryce\n"
)


@pytest.fixture(scope="module")
def short_form_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return listed_file(tmp_path_factory.mktemp("will"), SHORT_FORM_LIST, "cafcass-2018", "Will")


@pytest.mark.parametrize(
    "text",
    [
        "Will, the eldest, said he wants to stay with his mum.",
        "Will, her younger brother, was not seen.",
        "Will, the youngest child, was not seen at all.",
    ],
)
def test_a_short_form_opening_a_sentence_before_who_he_is_is_a_hit(
    short_form_db: Path, text: str
) -> None:
    """Tester 23, F11: 'Will' (short for a protected William) passed there."""
    hits = scanned(short_form_db, text)
    assert [(h.kind, h.text) for h in hits] == [("protected-name", "Will")], hits


def test_the_short_form_as_a_practitioner_or_the_verb_is_clean(short_form_db: Path) -> None:
    assert scanned(short_form_db, "Will, the duty senior, said it is how it is here.") == []
    assert scanned(short_form_db, "Will the plan be ready, the guardian asked.") == []
