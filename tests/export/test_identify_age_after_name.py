"""A protected child's first name that is also an English word (a season, a virtue)
opening a sentence is a name where the text gives the person's age or birth after it:
"Summer (born 30/03/2014) attends ...", "Summer, 12, lives ..." (tester 15, F5: the
child's own first name was no hit; the date of birth stopped that export by chance).
The season itself stays a word.  The list and the notes are written here by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.export.scanned import scanned
from tests.team.helpers import listed_file

LIST = (
    "Case number,Service area,Law type,Case type,Stage,Case name\n"
    "SW/26/0301,Area 3,Private,Child arrangements,First hearing,Summer Oduya\n"
    "SW/26/0302,Area 3,Public,Care order,Issue,Autumn Reid\n"
    "SW/26/0303,Area 3,Private,Child arrangements,First hearing,Faith Mensah\n"
)
NAMED = [
    ("Summer (born 30/03/2014) attends the local primary.", "Summer"),
    ("Summer, 12, lives with her maternal grandmother.", "Summer"),
    ("Summer, now 12, attends the local primary.", "Summer"),
    ("Summer (12) was seen alone at school.", "Summer"),
    ("Autumn (aged 9) has moved to long-term foster carers.", "Autumn"),
    ("Faith, aged 7, wants to see her dad at weekends.", "Faith"),
]
PLAIN = [
    "Summer holidays were difficult for the family.",
    "Autumn 2025 saw the backlog fall in this area.",
    "Summer (2025) brought a rise in applications.",
    "Faith groups were asked about their work with families.",
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return listed_file(tmp_path_factory.mktemp("ages"), LIST, "cafcass-2021", "South West visit")


@pytest.mark.parametrize(("text", "name"), NAMED)
def test_a_name_with_an_age_after_it_is_a_hit(db: Path, text: str, name: str) -> None:
    hits = scanned(db, text)
    assert name in [h.text for h in hits if h.kind in ("protected-name", "name")], hits


@pytest.mark.parametrize("text", PLAIN)
def test_the_word_itself_is_not(db: Path, text: str) -> None:
    hits = scanned(db, text)
    assert [h.text for h in hits if h.kind in ("protected-name", "name")] == [], hits


@pytest.mark.parametrize(
    ("text", "name"),
    [("Spoke to Summer at school about the move.", "Summer"),
     ("Met Autumn at the contact centre with her brother.", "Autumn"),
     ("Visited Summer at home after school.", "Summer"),
     ("Saw Faith and her mother at the office.", "Faith")],
)  # fmt: skip
def test_a_season_standing_as_a_name_is_said_as_the_protected_childs(
    db: Path, text: str, name: str
) -> None:
    """A season standing as a person's name that is a protected child's first name is
    said as the protected child's name, so the lead knows whose it is (tester 15: it
    was labelled only "a day, month or season standing as a person's name"); and so
    after a verb opening the sentence ("Met Autumn at the contact centre" was no hit at
    all)."""
    hits = scanned(db, text)
    (hit,) = [h for h in hits if h.text == name]
    assert hit.kind == "protected-name", hits
    assert "protected child" in hit.note, hit
