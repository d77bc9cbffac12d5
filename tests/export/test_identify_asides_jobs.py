"""Details the check let through (tester 18, F8): a protected child's name that is
also a word ("Mason") before a bracketed aside; a nickname in brackets said of whom it
is used by ("(Nay-Nay to her nan)") or alone after the name ("Mason (Mace)"); a carer's
full name after a practitioner named earlier in the sentence ("seen by the guardian at the foster home of Mrs ..."), which
was taken for the practitioner's own name; a parent's job with where they do it ("a
police sergeant in Reading"); "the only" such case from a place that is part of an
area's name.  Ordinary sentences with the same words stay clean.  Sentences, names,
places and areas written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.export.scanned import scanned
from tests.team.helpers import listed_file

LIST = (
    "Case number,Service area,Law type,Case type,Stage,Child name\n"
    'SO/26/0311,"Area 12 - Hampshire, Isle of Wight and Dorset",Private,'
    "Child arrangements,First hearing,Mason Green\n"
    'SO/26/0312,"Area 12 - Hampshire, Isle of Wight and Dorset",Public,Care order,'
    "Issue,Renée Taylor\n"
    "SO/26/0340,Area 11 - Thames Valley,Public,Secure accommodation,Issue,Kyle Barr\n"
)
FOUND = [
    ("Mason (Mace to his friends) was clear he wants to live with his dad.",
     "protected-name", "Mason"),
    ("Mason (Mace to his friends) was clear.", "name", "Mace"),
    ("Seen at college. Mason (calls himself Mace) drew his house.", "protected-name", "Mason"),
    ("The child (Nay-Nay to her nan) was seen by the guardian.", "name", "Nay-Nay"),
    ("Mason (Mace) was seen alone.", "name", "Mace"),
    ("The child, Renée (Nay-Nay), was seen at school.", "name", "Nay-Nay"),
    ("Kyle ('Bubba' to his brothers) was seen alone.", "name", "Bubba"),
    ("Seen by the guardian at the foster home of Mrs Joan Whitlock in Lymington five times.",
     "name", "Joan Whitlock"),
    ("Her mother is a police sergeant at Reading.", "workplace", "Reading"),
    ("Father works as a GP in Lymington, near the family home.", "workplace", "Lymington"),
    ("The only secure order for a child from the Isle of Wight this year.", "jigsaw",
     "The only secure order"),
]  # fmt: skip
CLEAN = [
    "The guardian at the family centre of Area 12, Ms Priya Shah, saw the child twice.",
    "The family court adviser for Thames Valley, Priya Shah, wrote the report.",
    "Timeliness in Thames Valley is the only weakness the child's file shows.",
    "The plan (agreed to the letter by the court) was late.",
    "Guidance (Practice Direction 12J) was applied to the risk assessment.",
    "The manager is a practice supervisor in Thames Valley and countersigns reports.",
    "Mother works in the evenings and fits contact around her shifts.",
    "(Lead and inspector agreed: the gap is in recording and analysis.)",
    "Kent (Medway) has a new service manager.",
    "Practice Direction (Domestic Abuse) was followed in the report.",
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return listed_file(tmp_path_factory.mktemp("aside"), LIST, "cafcass-2018", "Wessex visit")


@pytest.mark.parametrize(("text", "kind", "detail"), FOUND)
def test_the_detail_is_a_hit(db: Path, text: str, kind: str, detail: str) -> None:
    hits = scanned(db, text)
    assert any(h.kind == kind and detail in (h.text + h.note) for h in hits), hits


@pytest.mark.parametrize("text", CLEAN)
def test_ordinary_sentences_are_clean(db: Path, text: str) -> None:
    assert scanned(db, text) == []
