"""Three details the check let through into the CSV export (tester 17, F11): where a
parent works when words stand between the verb and the employer ("works on the tills
at" a supermarket in a named town), a nickname of any shape after the words that give
one ("calls himself KJ", "known to everyone at home as Con-Con"), and the town a child
is placed or lives in.  Ordinary sentences with the same words stay clean.  Sentences,
names and places written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.export.scanned import scanned
from tests.team.helpers import listed_file

LIST = (
    "Case number,Service area,Law type,Case type,Stage,Child name\n"
    "KT/26/0711,Area 2 - North West,Private,Child arrangements,First hearing,Reuben Hale\n"
    "KT/26/0712,Area 2 - North West,Public,Care order,Issue,Skye Marsden\n"
)
FOUND = [
    # A chain's name is no workplace on its own ("works at Asda"); with its town it is.
    ("Dad works three nights a week at the Asda in Wigan.", "workplace", "Asda in Wigan"),
    ("Mum works on reception at the Co-op in Garstang.", "workplace", "Co-op in Garstang"),
    ("Reuben, who calls himself RJ, drew his house.", "name", "RJ"),
    ("She is known to her friends at school as Skye-Bee.", "name", "Skye-Bee"),
    ("The baby goes by 'Peanut' at nursery.", "name", "Peanut"),
    ("Nicknamed TJ by his brothers, he is the youngest.", "name", "TJ"),
    ("Placed with kinship carers in Morecambe since the interim order.", "jigsaw", "Morecambe"),
    ("The family moved to Skegness in the summer holidays.", "jigsaw", "Skegness"),
]
CLEAN = [
    "The FCA works closely with the local authority at every hearing.",
    "She is known as a quiet child who likes drawing.",
    "The children call her Nan and see her every Sunday.",
    "The guardian is known as the FCA in private law cases.",
    "He lives with his mother in the North West.",
    "The plan is for the child to live in a stable home near school.",
    "The manager works well with the court and the local authority.",
    "Mum works at Asda and fits contact around her shifts.",
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return listed_file(tmp_path_factory.mktemp("nick"), LIST, "cafcass-2021", "Wigan visit")


@pytest.mark.parametrize(("text", "kind", "detail"), FOUND)
def test_the_detail_is_a_hit(db: Path, text: str, kind: str, detail: str) -> None:
    hits = scanned(db, text)
    assert any(h.kind == kind and detail in (h.text + h.note) for h in hits), hits


@pytest.mark.parametrize("text", CLEAN)
def test_ordinary_sentences_are_clean(db: Path, text: str) -> None:
    assert scanned(db, text) == []
